// npm run eval -- [--data FILE] [--predictions OUT] [--kinds direct,mixed] [--overlap 0.3] [--span-model] [--gate] [--json]
// --span-model scores analyze with the trained span model on (spanModel: true); the gate then reads the floors under "model:".
// Runs the analysis over a quotes JSONL file (PolNeAR format), writes the predictions it scored and
// prints the reference scorer's metrics. With --gate, fails when a figure falls below test/eval/floors.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { predict } from './predict.js';
import { score, type GoldDoc, type PredDoc, type Scores } from './score.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = process.env.QUOTECHECK_DATA ?? resolve(here, '../../../shared/data');
const dataFile = flag('--data') ?? join(dataDir, 'quotes/polnear.dev.jsonl');
if (!existsSync(dataFile)) {
  console.error(`No evaluation data at ${dataFile}: pass --data FILE or set QUOTECHECK_DATA to the shared data folder.`);
  process.exit(2);
}
const gold = new Map<string, GoldDoc & { date?: string }>();
for (const line of readFileSync(dataFile, 'utf8').split('\n')) if (line.trim()) {
  const d = JSON.parse(line);
  gold.set(d.id, d);
}
const t0 = performance.now();
const pred = new Map<string, PredDoc>();
const spanModel = args.includes('--span-model');
for (const d of gold.values()) pred.set(d.id, predict(d, spanModel));
const seconds = (performance.now() - t0) / 1000;
const out = flag('--predictions');
const thr = Number(flag('--overlap') ?? 0.3);
const kindSets: (Set<string> | null)[] = flag('--kinds') ? [new Set(flag('--kinds')!.split(','))] : [new Set(['direct', 'mixed']), null];
// A per-kind evaluation scores the statements we give those kinds: our direct = gold direct, our partial
// (quoted words in a reported clause) = gold mixed, our indirect = gold indirect. Both sides are filtered.
const OURS: Record<string, string> = { direct: 'direct', mixed: 'partial', indirect: 'indirect' };
const forKinds = (k: Set<string> | null) => {
  if (!k) return pred;
  const keep = new Set([...k].map((x) => OURS[x] ?? x));
  return new Map([...pred].map(([id, p]) => [id, { ...p, quotes: p.quotes.filter((q) => keep.has(q.kind ?? '')) }]));
};
const results: Scores[] = kindSets.map((k) => score(gold, forKinds(k), k, thr));

if (out) {
  // With --kinds, the file holds the predictions scored for those kinds, so score_quotes.py --kinds agrees.
  const written = flag('--kinds') ? forKinds(kindSets[0]) : pred;
  writeFileSync(out, [...written.values()].map((p) => JSON.stringify(p)).join('\n') + '\n');
}

const precisionAt = (s: Scores, t: number) => {
  const kept = s.calibration.filter(([c]) => c >= t);
  const ok = kept.filter(([, y]) => y).length;
  return { precision: kept.length ? ok / kept.length : 0, kept: kept.length, recall: s.gold ? ok / s.gold : 0 };
};

if (args.includes('--json')) {
  console.log(JSON.stringify(results.map(({ calibration, ...r }) => r)));
} else {
  console.log(`${gold.size} documents from ${dataFile} in ${seconds.toFixed(1)} s (${spanModel ? 'rules and span model' : 'rules only'})`);
  for (const s of results) {
    console.log(`\ngold quotes ${s.gold}, predicted ${s.predicted} (kinds=${s.kinds})`);
    for (const k of ['content_overlap', 'content_jaccard50', 'content_exact', 'source_exact', 'cue_exact', 'end_to_end'] as const)
      console.log(`${k.padEnd(18)} P=${s[k].P.toFixed(3)} R=${s[k].R.toFixed(3)} F1=${s[k].F1.toFixed(3)}`);
    console.log(`speaker acc ${s.speaker_acc}, speaker string acc ${s.speaker_string_acc}`);
    if (s.ece !== undefined) console.log(`ECE ${s.ece.toFixed(4)} over ${s.with_confidence} predictions with confidence`);
    const p9 = precisionAt(s, 0.9);
    console.log(`confidence >= 0.9: precision ${p9.precision.toFixed(3)} on ${p9.kept} statements, recall left ${p9.recall.toFixed(3)}`);
  }
}

if (args.includes('--gate')) {
  const floors = JSON.parse(readFileSync(join(here, 'floors.json'), 'utf8')) as Record<string, Record<string, number>>;
  let failed = false;
  for (const s of results) {
    const key = (spanModel ? 'model:' : '') + (s.kinds === 'all' ? 'all' : s.kinds.join(','));
    for (const [metric, floor] of Object.entries(floors[key] ?? {})) {
      const [name, part] = metric.split('.');
      const value = part ? (s as unknown as Record<string, Record<string, number>>)[name][part] : (s as unknown as Record<string, number>)[name];
      const ok = name === 'ece' ? value <= floor : value >= floor;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${key} ${metric} = ${value} (floor ${floor})`);
      if (!ok) failed = true;
    }
  }
  if (failed) process.exit(1);
}
