// Inference of the span model: a linear-chain model over BIO tags, decoded by Viterbi. Plain
// TypeScript over typed arrays, so it runs wherever the rest of the library does.
import { NTAGS, type ModelParagraph } from './features.js';
import { Scratch } from './scratch.js';

/** Weights of the tagger: emission weights per (feature bucket, tag) and tag-to-tag transitions. */
export interface TaggerWeights {
  /** Buckets are `mask + 1`, a power of two. */
  mask: number;
  /** (mask + 1) × NTAGS emission weights, bucket-major. */
  emit: ArrayLike<number>;
  /** (NTAGS + 1) × NTAGS: row t is from tag t, the last row from the paragraph's start. */
  trans: ArrayLike<number>;
}

/** An "Inside" tag may only follow its own "Begin" or "Inside" tag. */
export function allowed(prev: number, cur: number): boolean {
  if (cur === 0 || cur % 2 === 1) return true;
  return prev === cur || prev === cur - 1;
}

// The emission loop is unrolled for the seven tags; this line stops compiling if the tag set changes.
const SEVEN_TAGS: 7 = NTAGS;
void SEVEN_TAGS;

const SCRATCH_LIMIT = 1 << 18;
const emitScratch = new Scratch((n) => new Float64Array(n), SCRATCH_LIMIT);
const scoreScratch = new Scratch((n) => new Float64Array(n), SCRATCH_LIMIT);
const backScratch = new Scratch((n) => new Uint8Array(n), SCRATCH_LIMIT);

/**
 * Emission scores of every token for every tag (the seven tags unrolled: this is the model's hot loop).
 * The array is reused by the next call: read it before scoring another paragraph.
 */
export function emissions(p: ModelParagraph, w: TaggerWeights): Float64Array {
  const n = p.tokens.length;
  const e = emitScratch.get(n * NTAGS);
  const { feats, offs } = p;
  const emit = w.emit;
  for (let k = 0; k < n; k++) {
    const base = k * NTAGS;
    let e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0;
    for (let j = offs[k]; j < offs[k + 1]; j++) {
      const b = feats[j] * NTAGS;
      e0 += emit[b];
      e1 += emit[b + 1];
      e2 += emit[b + 2];
      e3 += emit[b + 3];
      e4 += emit[b + 4];
      e5 += emit[b + 5];
      e6 += emit[b + 6];
    }
    e[base] = e0;
    e[base + 1] = e1;
    e[base + 2] = e2;
    e[base + 3] = e3;
    e[base + 4] = e4;
    e[base + 5] = e5;
    e[base + 6] = e6;
  }
  return e;
}

/** Transitions with the BIO constraint folded in: -Infinity where a tag may not follow another. */
export function constrainedTransitions(w: TaggerWeights): Float64Array {
  const t = new Float64Array((NTAGS + 1) * NTAGS);
  for (let s = 0; s <= NTAGS; s++) for (let c = 0; c < NTAGS; c++) t[s * NTAGS + c] = allowed(s === NTAGS ? -1 : s, c) ? w.trans[s * NTAGS + c] : -Infinity;
  return t;
}

// Shipped weights never change, so their constrained transitions are computed once (training passes its own).
const constrained = new WeakMap<TaggerWeights, Float64Array>();
function transitions(w: TaggerWeights): Float64Array {
  let t = constrained.get(w);
  if (!t) constrained.set(w, (t = constrainedTransitions(w)));
  return t;
}

/** The best tag sequence of a paragraph under the weights, with the BIO constraint (`tr` must hold it, as `constrainedTransitions` gives). */
export function viterbi(p: ModelParagraph, w: TaggerWeights, e = emissions(p, w), tr = transitions(w)): Uint8Array {
  const n = p.tokens.length;
  const out = new Uint8Array(n);
  if (!n) return out;
  const score = scoreScratch.get(n * NTAGS);
  const back = backScratch.get(n * NTAGS);
  for (let t = 0; t < NTAGS; t++) score[t] = e[t] + tr[NTAGS * NTAGS + t];
  for (let k = 1; k < n; k++) {
    const prev = (k - 1) * NTAGS;
    for (let t = 0; t < NTAGS; t++) {
      let best = -Infinity;
      let arg = 0;
      // Only a tag's own Begin and Inside may precede an Inside tag: the other transitions are -Infinity.
      for (let s = t === 0 || t % 2 === 1 ? 0 : t - 1, last = t === 0 || t % 2 === 1 ? NTAGS - 1 : t; s <= last; s++) {
        const v = score[prev + s] + tr[s * NTAGS + t];
        if (v > best) {
          best = v;
          arg = s;
        }
      }
      score[k * NTAGS + t] = best + e[k * NTAGS + t];
      back[k * NTAGS + t] = arg;
    }
  }
  let arg = 0;
  for (let t = 1; t < NTAGS; t++) if (score[(n - 1) * NTAGS + t] > score[(n - 1) * NTAGS + arg]) arg = t;
  for (let k = n - 1; k >= 0; k--) {
    out[k] = arg;
    arg = back[k * NTAGS + arg];
  }
  return out;
}
