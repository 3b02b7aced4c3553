import { z } from 'zod';
import { ClaimSchema } from './claim.js';
import { DiagnosticSchema } from './common.js';
import { DocumentInfoSchema } from './document.js';
import { SpeakerSchema } from './speaker.js';
import { StatementSchema } from './statement.js';

/**
 * What `analyze` returns for one article.
 * @example
 * const { document, quotes, speakers, claims, diagnostics } = analyze(text);
 */
export const AnalysisSchema = z.object({
  version: z.literal(1),
  document: DocumentInfoSchema,
  quotes: z.array(StatementSchema),
  speakers: z.array(SpeakerSchema),
  claims: z.array(ClaimSchema),
  diagnostics: z.array(DiagnosticSchema),
});
/** @example const r: Analysis = analyze(text); */
export type Analysis = z.infer<typeof AnalysisSchema>;
