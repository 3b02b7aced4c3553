// Training of the boundary ranker (src/attribution/model/boundaries.ts): each statement the
// pipeline proposes that matches a gold relation gives two ranking examples (its start, its end),
// whose right answers are the candidates at the gold boundary. An averaged perceptron learns to rank
// them first. Examples come from statements of held-out folds, so the ranker learns the tagger's
// errors on text it did not train on.
import { boundaryProblems, scoreOf, type BoundaryProblem, type BoundaryWeights, type TaggedParagraph } from '../../src/attribution/model/boundaries.js';
import type { Draft } from '../../src/attribution/index.js';
import { greedy, ov, trim, type GoldQuote } from './score.js';

export interface RankExample {
  problem: BoundaryProblem;
  /** Indices of the candidates at the gold boundary. */
  gold: number[];
  /** The paragraph's tokens, for error reports. */
  tokens: readonly { text: string }[];
  kind: string;
}

const STATEMENT = new Set(['direct', 'partial', 'indirect']);

/** The ranking examples of one document, and how many gold boundaries lay outside the candidates. */
export function rankExamples(text: string, drafts: readonly Draft[], tagged: readonly TaggedParagraph[], gold: readonly GoldQuote[], mask: number): { examples: RankExample[]; unreachable: number } {
  const statements = drafts.filter((d) => STATEMENT.has(d.kind));
  const pairs = greedy([...gold], statements, (q, p) => ov(q.start, q.end, p.content[0], p.content[1]) / Math.max(1, q.end - q.start), 0.3);
  const examples: RankExample[] = [];
  let unreachable = 0;
  for (const [gi, pi] of pairs) {
    const t = trim(text, gold[gi].start, gold[gi].end);
    if (!t) continue;
    const [gs, ge] = t.split(',').map(Number);
    const d = statements[pi];
    for (const problem of boundaryProblems(tagged, d, mask)) {
      const hits: number[] = [];
      problem.candidates.forEach((c, i) => {
        const ct = problem.side === 'start' ? trim(text, c.pos, ge) : trim(text, gs, c.pos);
        if (!ct) return;
        const [cs, ce] = ct.split(',').map(Number);
        if (problem.side === 'start' ? cs === gs : ce === ge) hits.push(i);
      });
      if (hits.length) examples.push({ problem, gold: hits, tokens: tagged[problem.paragraph].tokens, kind: d.kind });
      else unreachable++;
    }
  }
  return { examples, unreachable };
}

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Averaged perceptron ranking: where the top candidate is not a gold one, the best-scoring gold candidate gains. */
export function trainRanker(examples: readonly RankExample[], epochs: number, mask: number, seed: number): BoundaryWeights & { w: Float64Array } {
  const w = new Float64Array(mask + 1);
  const acc = new Float64Array(mask + 1);
  const model = { mask, w };
  const rand = mulberry32(seed);
  const order = examples.map((_, i) => i);
  let c = 1;
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const { problem, gold } = examples[i];
      const scores = problem.candidates.map((cand) => scoreOf(cand, model));
      let top = problem.current;
      scores.forEach((s, k) => {
        if (s > scores[top]) top = k;
      });
      if (!gold.includes(top)) {
        const g = gold.reduce((a, b) => (scores[b] > scores[a] ? b : a));
        for (const f of problem.candidates[g].feats) {
          w[f]++;
          acc[f] += c;
        }
        for (const f of problem.candidates[top].feats) {
          w[f]--;
          acc[f] -= c;
        }
      }
      c++;
    }
  }
  for (let i = 0; i <= mask; i++) w[i] -= acc[i] / c;
  return model;
}
