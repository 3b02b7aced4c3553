// npm run fit:confidence -- [--data FILE]
// Fits the confidence models shipped in src/claims/confidence-model.json on the PolNeAR train split:
// logistic regressions over the statement's trace features, one per target (end-to-end correct as
// score_quotes.py counts it, content span exact, speaker span right). Check the result on dev with npm run eval.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/index.js';
import { greedy, ov, trim, type GoldDoc } from './score.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const dataFile = args.includes('--data') ? args[args.indexOf('--data') + 1] : join(process.env.QUOTECHECK_DATA ?? resolve(here, '../../../shared/data'), 'quotes/polnear.train.jsonl');
if (!existsSync(dataFile)) {
  console.error(`No training data at ${dataFile}`);
  process.exit(2);
}
const STATEMENTS = new Set(['direct', 'partial', 'indirect']);
type Row = { f: string[]; y: { statement: number; content: number; speaker: number } };
const rows: Row[] = [];
let docs = 0;
for (const line of readFileSync(dataFile, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const g = JSON.parse(line) as GoldDoc & { date?: string };
  docs++;
  const r = analyze(g.text, { format: 'text', ...(g.date && /^\d{4}-\d{2}-\d{2}$/.test(g.date) ? { publishedDate: g.date } : {}) });
  const qs = r.quotes.filter((q) => STATEMENTS.has(q.kind));
  const pq = qs.map((q) => ({ start: q.content.start, end: q.content.end }));
  const pairs = greedy(g.quotes, pq, (a, b) => ov(a.start, a.end, b.start, b.end) / Math.max(1, a.end - a.start), 0.3);
  const exact = new Set(g.quotes.map((q) => trim(g.text, q.start, q.end)));
  qs.forEach((q, i) => {
    const pair = pairs.find(([, pi]) => pi === i);
    const gold = pair ? g.quotes[pair[0]] : null;
    let speakerOk = false;
    if (gold) {
      speakerOk = gold.speakerStart == null ? !q.source : !!q.source && ov(gold.speakerStart, gold.speakerEnd!, q.source.start, q.source.end) > 0;
    }
    rows.push({ f: q.trace, y: { statement: gold && speakerOk ? 1 : 0, content: exact.has(trim(g.text, q.content.start, q.content.end)) ? 1 : 0, speaker: speakerOk ? 1 : 0 } });
  });
}

// Features seen often enough to learn a weight; the rest carry none.
const counts = new Map<string, number>();
for (const r of rows) for (const f of r.f) counts.set(f, (counts.get(f) ?? 0) + 1);
const MIN_COUNT = 20;
const features = [...counts].filter(([, n]) => n >= MIN_COUNT).map(([f]) => f).sort();
const index = new Map(features.map((f, i) => [f, i]));
const X = rows.map((r) => r.f.map((f) => index.get(f)).filter((i): i is number => i !== undefined));

function fit(y: number[], l2 = 1e-3, epochs = 400, lr = 0.5) {
  const w = new Float64Array(features.length);
  let b = 0;
  const n = y.length;
  for (let e = 0; e < epochs; e++) {
    const gw = new Float64Array(features.length);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let z = b;
      for (const j of X[i]) z += w[j];
      const err = 1 / (1 + Math.exp(-z)) - y[i];
      gb += err;
      for (const j of X[i]) gw[j] += err;
    }
    b -= (lr * gb) / n;
    for (let j = 0; j < w.length; j++) w[j] -= lr * (gw[j] / n + l2 * w[j]);
  }
  const weights: Record<string, number> = {};
  features.forEach((f, j) => {
    if (Math.abs(w[j]) > 1e-4) weights[f] = Number(w[j].toFixed(4));
  });
  return { bias: Number(b.toFixed(4)), weights };
}

const models = {
  statement: fit(rows.map((r) => r.y.statement)),
  content: fit(rows.map((r) => r.y.content)),
  speaker: fit(rows.map((r) => r.y.speaker)),
};
const out = {
  provenance: `Fitted by test/eval/fit-confidence.ts on ${dataFile.split('/').slice(-2).join('/')} (${docs} documents, ${rows.length} predicted statements), the PolNeAR train split (Newell, Margolin & Ruths, LREC 2018); logistic regression, L2 1e-3, features seen at least ${MIN_COUNT} times. Targets: end-to-end correct as score_quotes.py counts it; content span exact after its trimming; speaker span overlapping the gold one. Checked on the dev split with npm run eval.`,
  models,
};
const target = resolve(here, '../../src/claims/confidence-model.json');
writeFileSync(target, JSON.stringify(out, null, 1) + '\n');
const base = (k: keyof Row['y']) => (rows.reduce((s, r) => s + r.y[k], 0) / rows.length).toFixed(3);
console.log(`${rows.length} statements from ${docs} documents, ${features.length} features; base rates: statement ${base('statement')}, content ${base('content')}, speaker ${base('speaker')}`);
console.log(`wrote ${target}`);
