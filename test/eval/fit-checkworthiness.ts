// npm run fit:checkworthiness
// Fits the check-worthiness model shipped in src/factcheck/checkworthiness-model.json on the CLEF
// CheckThat! train splits only (2019 Task 1 and 2020 Task 5): logistic regression over the named
// features, positives weighted up to balance the classes, L2-regularized.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkworthinessFeatures } from '../../src/factcheck/checkworthiness.js';

const here = dirname(fileURLToPath(import.meta.url));
const data = process.env.QUOTECHECK_DATA ?? resolve(here, '../../../shared/data');
const splits = ['clef2019-t1', 'clef2020-t5'];
const rows = splits.flatMap((s) => readFileSync(join(data, `checkworthiness/${s}/train.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string; label: number }));
const feats = rows.map((r) => checkworthinessFeatures(r.text));
const count = new Map<string, number>();
for (const f of feats) for (const x of f) count.set(x, (count.get(x) ?? 0) + 1);
const MIN = 4;
const names = [...count].filter(([, n]) => n >= MIN).map(([f]) => f).sort();
const index = new Map(names.map((f, i) => [f, i]));
const X = feats.map((f) => f.map((x) => index.get(x)).filter((i): i is number => i !== undefined));
const y = rows.map((r) => r.label);
const pos = y.filter((v) => v === 1).length;
const wPos = (y.length - pos) / pos / 4; // up-weight positives, not fully: ranking, not accuracy, is the goal
const w = new Float64Array(names.length);
let b = 0;
const L2 = 1e-4;
const lr = 0.3;
for (let epoch = 0; epoch < 150; epoch++) {
  const g = new Float64Array(names.length);
  let gb = 0;
  let norm = 0;
  for (let i = 0; i < X.length; i++) {
    let z = b;
    for (const j of X[i]) z += w[j];
    const p = 1 / (1 + Math.exp(-z));
    const weight = y[i] ? wPos : 1;
    const err = (p - y[i]) * weight;
    norm += weight;
    gb += err;
    for (const j of X[i]) g[j] += err;
  }
  b -= (lr * gb) / norm * 50;
  for (let j = 0; j < w.length; j++) w[j] -= lr * ((g[j] / norm) * 50 + L2 * w[j]);
}
const weights: Record<string, number> = {};
names.forEach((f, j) => {
  if (Math.abs(w[j]) >= 0.05) weights[f] = Number(w[j].toFixed(2));
});
// Label thresholds from the train scores: the top 5% are check-worthy, the next 15% maybe.
const scores = X.map((xs) => 1 / (1 + Math.exp(-(b + xs.reduce((s, j) => s + (weights[names[j]] ?? 0), 0))))).sort((p, q) => q - p);
const out = {
  provenance: `Fitted by test/eval/fit-checkworthiness.ts on the CLEF CheckThat! train splits (2019 Task 1 and 2020 Task 5; ${rows.length} sentences, ${pos} check-worthy): logistic regression over structural features and word stems seen at least ${MIN} times, positives weighted ${wPos.toFixed(1)}x, L2 ${L2}. Thresholds: the train scores' 95th and 80th percentiles.`,
  bias: Number(b.toFixed(3)),
  thresholds: { checkworthy: Number(scores[Math.floor(scores.length * 0.05)].toFixed(4)), maybe: Number(scores[Math.floor(scores.length * 0.2)].toFixed(4)) },
  weights,
};
writeFileSync(resolve(here, '../../src/factcheck/checkworthiness-model.json'), JSON.stringify(out) + '\n');
console.log(`${rows.length} sentences, ${names.length} features, ${Object.keys(weights).length} weights kept`);
