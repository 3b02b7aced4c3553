// Build step (run by tsup after bundling): writes one JSON Schema file per public object into dist/schema.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AnalysisSchema, AnalyzeOptionsSchema, ClaimSchema, DiagnosticSchema, SpeakerSchema, StatementSchema } from './index.js';

const dir = join(process.cwd(), 'dist', 'schema');
mkdirSync(dir, { recursive: true });
const schemas = { analysis: AnalysisSchema, statement: StatementSchema, speaker: SpeakerSchema, claim: ClaimSchema, diagnostic: DiagnosticSchema, options: AnalyzeOptionsSchema };
for (const [name, schema] of Object.entries(schemas)) {
  const json = z.toJSONSchema(schema, { io: name === 'options' ? 'input' : 'output', unrepresentable: 'any' });
  writeFileSync(join(dir, `${name}.schema.json`), JSON.stringify({ $id: `quotecheck/${name}.schema.json`, ...json }, null, 2) + '\n');
}
