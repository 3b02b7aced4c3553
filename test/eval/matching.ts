// npm run eval:matching -- [--queries FILE] [--claims FILE] [--predictions OUT]
// Ranks verified claims for each query (CLEF CheckThat! 2020 Task 2 format) and prints MAP@5 and
// recall@5, the index build time and the median query time.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFactCheckIndex } from '../../src/factcheck/index.js';
import { loadFactChecks } from '../../src/factcheck/records.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (n: string) => (args.indexOf(n) >= 0 ? args[args.indexOf(n) + 1] : undefined);
const base = join(process.env.QUOTECHECK_DATA ?? resolve(here, '../../../shared/data'), 'claim-retrieval/clef2020-t2');
const claimsFile = flag('--claims') ?? join(base, 'vclaims.jsonl');
const queriesFile = flag('--queries') ?? join(base, 'queries.dev.jsonl');
for (const f of [claimsFile, queriesFile]) if (!existsSync(f)) {
  console.error(`no data at ${f}`);
  process.exit(2);
}
const { records, problems } = loadFactChecks(readFileSync(claimsFile, 'utf8'));
const t0 = performance.now();
const index = createFactCheckIndex(records);
const buildMs = performance.now() - t0;
const queries = readFileSync(queriesFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string; relevantIds: string[] });
const times: number[] = [];
let map = 0;
let recall = 0;
const out: string[] = [];
for (const q of queries) {
  const s = performance.now();
  const ranked = index.match(q.text, { limit: 5, threshold: 0 }).map((m) => m.record.id);
  times.push(performance.now() - s);
  out.push(JSON.stringify({ id: q.id, ranked }));
  const rel = new Set(q.relevantIds);
  let hits = 0;
  let ap = 0;
  ranked.forEach((id, k) => {
    if (rel.has(id)) {
      hits++;
      ap += hits / (k + 1);
    }
  });
  map += ap / Math.min(rel.size, 5);
  recall += hits / rel.size;
}
// The VM's speed drifts: two more rounds, and each query's fastest time is its time.
for (let round = 0; round < 2; round++) {
  queries.forEach((q, k) => {
    const s = performance.now();
    index.match(q.text, { limit: 5, threshold: 0 });
    times[k] = Math.min(times[k], performance.now() - s);
  });
}
times.sort((a, b) => a - b);
console.log(`${records.length} fact-checks (${problems.length} skipped), ${queries.length} queries from ${queriesFile.split('/').pop()}`);
console.log(`MAP@5 ${(map / queries.length).toFixed(4)}, recall@5 ${(recall / queries.length).toFixed(4)}`);
console.log(`index built in ${(buildMs / 1000).toFixed(2)} s; median query ${times[Math.floor(times.length / 2)].toFixed(2)} ms (fastest of 3 rounds per query), p90 ${times[Math.floor(times.length * 0.9)].toFixed(2)} ms`);
const pred = flag('--predictions');
if (pred) writeFileSync(pred, out.join('\n') + '\n');
if (args.includes('--gate')) {
  const floor = (JSON.parse(readFileSync(join(here, 'floors.json'), 'utf8')) as { matching: { map5: number } }).matching.map5;
  const value = map / queries.length;
  console.log(`${value >= floor ? 'ok  ' : 'FAIL'} matching MAP@5 = ${value.toFixed(4)} (floor ${floor})`);
  if (value < floor) process.exit(1);
}
