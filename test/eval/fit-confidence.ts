// npm run fit:confidence -- [--data FILE]
// Fits the confidence models shipped in src/claims/confidence-model.json on the PolNeAR train split:
// logistic regressions over the statement's trace features, one per target (end-to-end correct as
// score_quotes.py counts it, content span exact, speaker span right). Check the result on dev with npm run eval.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { confidenceLogits, toProbability } from '../../src/claims/confidence.js';
import { doubtedNested, setNestedFilter, shownConfidence } from '../../src/claims/index.js';
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
type Labels = { statement: number; content: number; speaker: number };
type Row = { f: string[]; y: Labels };
type Candidate = { kind: string; headline: boolean; content: [number, number]; source: [number, number] | null; f: string[] };
const rows: Row[] = [];
const documents: { gold: GoldDoc; statements: Candidate[] }[] = [];

/** Each statement's targets as score_quotes.py counts them, against the gold relations of its document. */
function labels(g: GoldDoc, qs: readonly Candidate[]): Labels[] {
  const pq = qs.map((q) => ({ start: q.content[0], end: q.content[1] }));
  const pairs = greedy(g.quotes, pq, (a, b) => ov(a.start, a.end, b.start, b.end) / Math.max(1, a.end - a.start), 0.3);
  const exact = new Set(g.quotes.map((q) => trim(g.text, q.start, q.end)));
  return qs.map((q, i) => {
    const pair = pairs.find(([, pi]) => pi === i);
    const gold = pair ? g.quotes[pair[0]] : null;
    let speakerOk = false;
    if (gold) speakerOk = gold.speakerStart == null ? !q.source : !!q.source && ov(gold.speakerStart, gold.speakerEnd!, q.source[0], q.source[1]) > 0;
    return { statement: gold && speakerOk ? 1 : 0, content: exact.has(trim(g.text, q.content[0], q.content[1])) ? 1 : 0, speaker: speakerOk ? 1 : 0 };
  });
}

// The models score every candidate statement, so they are fitted with the nested-statement filter off.
setNestedFilter(false);
for (const line of readFileSync(dataFile, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const g = JSON.parse(line) as GoldDoc & { date?: string };
  const r = analyze(g.text, { format: 'text', ...(g.date && /^\d{4}-\d{2}-\d{2}$/.test(g.date) ? { publishedDate: g.date } : {}) });
  const qs: Candidate[] = r.quotes
    .filter((q) => STATEMENTS.has(q.kind))
    .map((q) => ({ kind: q.kind, headline: q.headline, content: [q.content.start, q.content.end], source: q.source ? [q.source.start, q.source.end] : null, f: q.trace }));
  documents.push({ gold: g, statements: qs });
  labels(g, qs).forEach((y, i) => rows.push({ f: qs[i].f, y }));
}
const docs = documents.length;

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
// The statements a user sees are those the nested-statement filter keeps, judged against the gold
// relations without the dropped ones: each model's log-odds are Platt-scaled on them.
const sig = (x: number) => 1 / (1 + Math.exp(-x));
const keptRows: { z: Labels; y: Labels }[] = [];
for (const { gold, statements } of documents) {
  const screen = (q: Candidate) => shownConfidence(q, toProbability(confidenceLogits(q.f, models).statement));
  const dropped = doubtedNested(statements.map((q) => ({ ...q, trace: q.f, screen: screen(q) })));
  const kept = statements.filter((_, i) => !dropped.has(i));
  labels(gold, kept).forEach((y, i) => keptRows.push({ y, z: confidenceLogits(kept[i].f, models) }));
}
function platt(z: number[], y: number[]): { a: number; b: number } {
  let a = 1;
  let b = 0;
  for (let e = 0; e < 2000; e++) {
    let ga = 0;
    let gb = 0;
    for (let i = 0; i < z.length; i++) {
      const err = sig(a * z[i] + b) - y[i];
      ga += err * z[i];
      gb += err;
    }
    a -= (0.5 * ga) / z.length;
    b -= (0.5 * gb) / z.length;
  }
  return { a: Number(a.toFixed(4)), b: Number(b.toFixed(4)) };
}
const kept = Object.fromEntries((['statement', 'content', 'speaker'] as const).map((t) => [t, platt(keptRows.map((r) => r.z[t]), keptRows.map((r) => r.y[t]))]));
const out = {
  provenance: `Fitted by test/eval/fit-confidence.ts on ${dataFile.split('/').slice(-2).join('/')} (${docs} documents, ${rows.length} predicted statements, ${keptRows.length} kept by the nested-statement filter), the PolNeAR train split (Newell, Margolin & Ruths, LREC 2018); logistic regression, L2 1e-3, features seen at least ${MIN_COUNT} times, fitted on every candidate statement (the filter reads it); then each model's log-odds Platt-scaled (kept) on the statements the filter keeps. Targets: end-to-end correct as score_quotes.py counts it; content span exact after its trimming; speaker span overlapping the gold one. Checked on the dev split with npm run eval.`,
  models,
  kept,
};
const target = resolve(here, '../../src/claims/confidence-model.json');
writeFileSync(target, JSON.stringify(out, null, 1) + '\n');
const base = (k: keyof Row['y']) => (rows.reduce((s, r) => s + r.y[k], 0) / rows.length).toFixed(3);
console.log(`${rows.length} statements from ${docs} documents, ${features.length} features; base rates: statement ${base('statement')}, content ${base('content')}, speaker ${base('speaker')}`);
console.log(`wrote ${target}`);
