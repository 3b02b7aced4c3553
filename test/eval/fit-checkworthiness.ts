// npm run fit:checkworthiness -- [--out FILE] [--date D] [--quick] [--positive-divisors 1,4,16]
// Fits the check-worthiness model shipped in src/factcheck/checkworthiness-model.json on the CLEF
// CheckThat! train splits only (2019 Task 1 and 2020 Task 5): logistic regression over the named
// features, the context features and the word stems seen in enough debates, positives weighted up.
// Choices (L2 strength, how many debates a stem must be seen in, context on or off) are made by
// cross-validation over debates (5 folds of debates; a debate in both splits is one debate), then
// the chosen model's leave-one-debate-out MAP is reported on each split's train debates. On those
// held-out scores, the share of a neighbour's logit a sentence takes in a transcript is chosen, and
// the probability calibrated by Platt scaling.
// Deterministic: full-batch gradient descent from zero weights. Dev is checked afterwards with
// `npm run eval:checkworthiness`.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkworthinessFeatures, isStageDirection, strongerNeighbours, transcriptContexts } from '../../src/factcheck/checkworthiness-features.js';
import { debateRanking, type DebateScore } from './debate-map.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (n: string, d?: string) => (args.indexOf(n) >= 0 ? args[args.indexOf(n) + 1] : d);
const data = process.env.QUOTECHECK_DATA ?? resolve(here, '../../../shared/data');
const SPLITS = ['clef2019-t1', 'clef2020-t5'] as const;
const EPOCHS = 150;
/** Shares of the stronger neighbour's logit that a sentence's logit takes (0: none). */
const NEIGHBOUR_SHARES = [0, 0.1, 0.2, 0.3, 0.5, 0.7, 1];
const FOLDS = 5;
const GRID = {
  l2: args.includes('--quick') ? [1e-2] : [1e-4, 1e-3, 1e-2],
  minDebates: args.includes('--quick') ? [2] : [2, 5, 10, Infinity],
  context: args.includes('--quick') ? [true] : [true, false],
  /** Positives weigh (negatives / positives) / this: ranking, not accuracy, is the goal. */
  positiveDivisor: (flag('--positive-divisors') ?? '4').split(',').map(Number),
};

interface Row {
  split: (typeof SPLITS)[number];
  debate: string;
  /** Debates of both splits held out together: the same event under two names is one debate. */
  group: string;
  label: number;
  withContext: string[];
  alone: string[];
}

function load(split: Row['split']): Row[] {
  const raw = readFileSync(join(data, `checkworthiness/${split}/train.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string; label: number; speaker?: string; debate: string; line: number });
  const byDebate = new Map<string, typeof raw>();
  for (const r of raw) (byDebate.get(r.debate) ?? byDebate.set(r.debate, []).get(r.debate)!).push(r);
  const out: Row[] = [];
  for (const [debate, rows] of byDebate) {
    rows.sort((a, b) => a.line - b.line);
    const contexts = transcriptContexts(rows);
    // Stage directions ('[Applause]') are no claims; 2020 T5 labels a few of them, where the claim was
    // the line before: they are left out of training, and the scorer gives them 0.
    rows.forEach((r, i) => isStageDirection(r.text) || out.push({ split, debate, group: debate.slice(0, 8), label: r.label, withContext: checkworthinessFeatures(r.text, contexts[i]), alone: checkworthinessFeatures(r.text) }));
  }
  return out;
}

const rows = SPLITS.flatMap(load);
const groups = [...new Set(rows.map((r) => r.group))].sort();
const foldOf = new Map(groups.map((g, i) => [g, i % FOLDS]));
console.error(`${rows.length} train sentences (${rows.filter((r) => r.label).length} check-worthy), ${new Set(rows.map((r) => r.debate)).size} debates in ${groups.length} groups`);

interface Config {
  positiveDivisor: number;
  l2: number;
  minDebates: number;
  context: boolean;
}
interface Model {
  bias: number;
  weights: Map<string, number>;
}

/** The features a config keeps: every named one, and stems seen in at least `minDebates` training debates. */
function vocabulary(train: readonly Row[], c: Config): string[] {
  const debates = new Map<string, Set<string>>();
  for (const r of train) for (const f of c.context ? r.withContext : r.alone) (debates.get(f) ?? debates.set(f, new Set()).get(f)!).add(r.debate);
  return [...debates].filter(([f, d]) => !f.startsWith('w:') || d.size >= c.minDebates).map(([f]) => f).sort();
}

function fit(train: readonly Row[], c: Config): Model {
  const names = vocabulary(train, c);
  const index = new Map(names.map((f, i) => [f, i]));
  const X = train.map((r) => (c.context ? r.withContext : r.alone).map((f) => index.get(f)).filter((i): i is number => i !== undefined));
  const y = train.map((r) => r.label);
  const pos = y.filter((v) => v === 1).length;
  const wPos = (y.length - pos) / pos / c.positiveDivisor;
  let w = new Float64Array(names.length);
  let b = 0;
  // Gradient descent that halves its step whenever the loss rose (and takes the step back): stable
  // for a dozen features or for thousands.
  let rate = 15;
  // The grid's L2 in the units of the previous fitter (0.3 of it per step at rate 15).
  const lambda = 0.02 * c.l2;
  let last = Infinity;
  let prev: { w: Float64Array; b: number } | null = null;
  const g = new Float64Array(names.length);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    g.fill(0);
    let gb = 0;
    let norm = 0;
    let loss = 0;
    for (let i = 0; i < X.length; i++) {
      let z = b;
      for (const j of X[i]) z += w[j];
      const weight = y[i] ? wPos : 1;
      const p = 1 / (1 + Math.exp(-z));
      loss += weight * (y[i] ? Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));
      const err = (p - y[i]) * weight;
      norm += weight;
      gb += err;
      for (const j of X[i]) g[j] += err;
    }
    let reg = 0;
    for (let j = 0; j < w.length; j++) reg += w[j] * w[j];
    loss = loss / norm + (lambda * reg) / 2;
    if (loss > last && prev) {
      w = Float64Array.from(prev.w);
      b = prev.b;
      rate /= 2;
      continue;
    }
    last = loss;
    prev = { w: Float64Array.from(w), b };
    b -= (rate * gb) / norm;
    for (let j = 0; j < w.length; j++) w[j] -= rate * (g[j] / norm + lambda * w[j]);
  }
  return { bias: b, weights: new Map(names.map((f, j) => [f, w[j]])) };
}

const logit = (m: Model, fs: readonly string[]) => {
  let z = m.bias;
  for (const f of fs) z += m.weights.get(f) ?? 0;
  return z;
};

/** Platt scaling: the a, b that make sigmoid(a z + b) the probability of the labels, by Newton's method on the log loss. */
function platt(pairs: readonly { z: number; label: number }[]): { a: number; b: number } {
  const loss = (a: number, b: number) => pairs.reduce((l, { z, label }) => l + (label ? Math.log1p(Math.exp(-(a * z + b))) : Math.log1p(Math.exp(a * z + b))), 0);
  let a = 1;
  let b = 0;
  for (let it = 0; it < 50; it++) {
    let ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
    for (const { z, label } of pairs) {
      const p = 1 / (1 + Math.exp(-(a * z + b)));
      const w = p * (1 - p);
      ga += (p - label) * z;
      gb += p - label;
      haa += w * z * z;
      hab += w * z;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (!det) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    // Halve the Newton step until the loss falls.
    let step = 1;
    const before = loss(a, b);
    while (step > 1e-6 && loss(a - step * da, b - step * db) > before) step /= 2;
    a -= step * da;
    b -= step * db;
    if (Math.abs(step * da) + Math.abs(step * db) < 1e-9) break;
  }
  return { a, b };
}

/** Each sentence's logit plus `share` times its stronger neighbour's, within its debate (in order), as the scorer does. */
function withNeighbours<T extends DebateScore>(scored: readonly T[], share: number): T[] {
  const out: T[] = [];
  for (let from = 0; from < scored.length; ) {
    let to = from + 1;
    while (to < scored.length && scored[to].debate === scored[from].debate) to++;
    const run = scored.slice(from, to);
    const neighbours = strongerNeighbours(run.map((x) => x.score));
    run.forEach((x, k) => out.push({ ...x, score: x.score + (share && Number.isFinite(neighbours[k]) ? share * neighbours[k] : 0) }));
    from = to;
  }
  return out;
}

/** A held-out sentence's logit: ranked for MAP, and what the probability is fitted on. */
interface Scored extends DebateScore {
  split: Row['split'];
}

/** MAP on each split's debates, each debate scored by a model that did not see its group. */
function crossValidated(c: Config, heldOut: (r: Row) => number, folds: number): Record<Row['split'], number> & { scored: Scored[] } {
  const scored: Scored[] = [];
  for (let k = 0; k < folds; k++) {
    const held = rows.filter((r) => heldOut(r) === k);
    if (!held.length) continue;
    const m = fit(rows.filter((r) => heldOut(r) !== k), c);
    for (const r of held) scored.push({ split: r.split, debate: r.debate, score: logit(m, c.context ? r.withContext : r.alone), label: r.label });
  }
  return { ...(Object.fromEntries(SPLITS.map((s) => [s, debateRanking(scored.filter((x) => x.split === s)).map])) as Record<Row['split'], number>), scored };
}

const t0 = performance.now();
let best: { c: Config; cv: Record<Row['split'], number>; mean: number } | null = null;
for (const positiveDivisor of GRID.positiveDivisor) for (const context of GRID.context) for (const minDebates of GRID.minDebates) for (const l2 of GRID.l2) {
  const c = { positiveDivisor, l2, minDebates, context };
  const cv = crossValidated(c, (r) => foldOf.get(r.group)!, FOLDS);
  const mean = (cv['clef2019-t1'] + cv['clef2020-t5']) / 2;
  console.log(`debate ${FOLDS}-fold MAP: positives / ${positiveDivisor}, context ${context ? 'on ' : 'off'}, stems in >= ${minDebates} debates, L2 ${l2}: 2019 T1 ${cv['clef2019-t1'].toFixed(4)}, 2020 T5 ${cv['clef2020-t5'].toFixed(4)}`);
  if (!best || mean > best.mean + 1e-9) best = { c, cv, mean };
}
const chosen = best!.c;
const groupIndex = new Map(groups.map((g, i) => [g, i]));
const lodo = crossValidated(chosen, (r) => groupIndex.get(r.group)!, groups.length);
console.log(`chosen: context ${chosen.context ? 'on' : 'off'}, stems in >= ${chosen.minDebates} debates, L2 ${chosen.l2}`);
console.log(`leave-one-debate-out MAP on the train debates: 2019 T1 ${lodo['clef2019-t1'].toFixed(4)}, 2020 T5 ${lodo['clef2020-t5'].toFixed(4)} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);

// A claim often runs over two sentences: each sentence's logit takes a share of its stronger
// neighbour's. The share is chosen on the leave-one-debate-out scores (the scored list keeps each
// debate's sentences in transcript order).
const smoothed = (share: number) => withNeighbours(lodo.scored, share);
// Kept: the best mean of the two splits among the shares that lower neither (debates and speeches
// differ: a share that helps one may cost the other).
let neighbours = 0;
let bestSmoothed = -1;
for (const share of NEIGHBOUR_SHARES) {
  const r = Object.fromEntries(SPLITS.map((sp) => [sp, debateRanking(smoothed(share).filter((x) => x.split === sp)).map])) as Record<Row['split'], number>;
  const mean = (r['clef2019-t1'] + r['clef2020-t5']) / 2;
  console.log(`neighbour share ${share}: leave-one-debate-out MAP 2019 T1 ${r['clef2019-t1'].toFixed(4)}, 2020 T5 ${r['clef2020-t5'].toFixed(4)}`);
  if (SPLITS.every((sp) => r[sp] >= lodo[sp]) && mean > bestSmoothed + 1e-9) {
    bestSmoothed = mean;
    neighbours = share;
  }
}
const chosenScores = smoothed(neighbours);
const lodoSmoothed = Object.fromEntries(SPLITS.map((sp) => [sp, debateRanking(chosenScores.filter((x) => x.split === sp)).map])) as Record<Row['split'], number>;
console.log(`chosen neighbour share ${neighbours}`);

// The probability is fitted on the leave-one-debate-out scores: how sure the model may be on a debate it never saw.
const calibration = platt(chosenScores.map((x) => ({ z: x.score, label: x.label })));
const m = fit(rows, chosen);
const weights: Record<string, number> = {};
for (const [f, w] of m.weights) if (Math.abs(w) >= 0.05) weights[f] = Number(w.toFixed(2));
const keptModel = { bias: Number(m.bias.toFixed(3)), weights: new Map(Object.entries(weights)) };
// Label thresholds from the train scores, as the scorer computes them: the top 5% are check-worthy, the next 15% maybe.
const trainLogits = withNeighbours(rows.map((r) => ({ debate: r.debate, label: r.label, score: logit(keptModel, chosen.context ? r.withContext : r.alone) })), neighbours);
const scores = trainLogits.map((x) => 1 / (1 + Math.exp(-(calibration.a * x.score + calibration.b)))).sort((p, q) => q - p);
const round = (x: number) => Math.round(x * 1e4) / 1e4;
const out = {
  provenance: {
    data: 'CLEF CheckThat! 2019 Task 1 and 2020 Task 5 train splits, in the shared data folder',
    split: `train (${rows.length} sentences, ${rows.filter((r) => r.label).length} check-worthy, ${new Set(rows.map((r) => r.debate)).size} debates)`,
    command: 'npm run fit:checkworthiness',
    model: `positives weighted (negatives / positives) / ${chosen.positiveDivisor}; logistic regression over named features${chosen.context ? ', context features' : ''} and stems seen in at least ${chosen.minDebates} debates; L2 ${chosen.l2}; positives weighted up; in a transcript each sentence's logit z takes ${neighbours} of its stronger neighbour's (the share chosen on the leave-one-debate-out scores, the best mean of the two splits that lowers neither); the score is sigmoid(a z + b), a and b fitted (Platt) on the leave-one-debate-out scores`,
    choices: `by ${FOLDS}-fold cross-validation over debates on train`,
    figures: {
      [`train, ${FOLDS}-fold by debate, MAP 2019 T1 / 2020 T5`]: [round(best!.cv['clef2019-t1']), round(best!.cv['clef2020-t5'])],
      'train, leave-one-debate-out MAP 2019 T1 / 2020 T5': [round(lodoSmoothed['clef2019-t1']), round(lodoSmoothed['clef2020-t5'])],
      'train, leave-one-debate-out MAP without the neighbours': [round(lodo['clef2019-t1']), round(lodo['clef2020-t5'])],
      'dev MAP': 'npm run eval:checkworthiness',
    },
    thresholds: "the train scores' 95th and 80th percentiles",
    date: flag('--date', new Date().toISOString().slice(0, 10)),
  },
  context: chosen.context,
  neighbours,
  calibration: { a: round(calibration.a), b: round(calibration.b) },
  bias: Number(m.bias.toFixed(3)),
  thresholds: { checkworthy: round(scores[Math.floor(scores.length * 0.05)]), maybe: round(scores[Math.floor(scores.length * 0.2)]) },
  weights,
};
const file = flag('--out') ?? resolve(here, '../../src/factcheck/checkworthiness-model.json');
writeFileSync(file, JSON.stringify(out) + '\n');
console.log(`${Object.keys(weights).length} weights kept; wrote ${file}`);
