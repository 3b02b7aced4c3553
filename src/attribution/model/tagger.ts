// Inference of the span model: a linear-chain model over BIO tags, decoded by Viterbi. Plain
// TypeScript over typed arrays, so it runs wherever the rest of the library does.
import { NTAGS, type ModelParagraph } from './features.js';

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

/** Emission scores of every token for every tag. */
export function emissions(p: ModelParagraph, w: TaggerWeights): Float64Array {
  const n = p.tokens.length;
  const e = new Float64Array(n * NTAGS);
  for (let k = 0; k < n; k++) {
    const base = k * NTAGS;
    for (let j = p.offs[k]; j < p.offs[k + 1]; j++) {
      const b = p.feats[j] * NTAGS;
      for (let t = 0; t < NTAGS; t++) e[base + t] += w.emit[b + t];
    }
  }
  return e;
}

/** The best tag sequence of a paragraph under the weights, with the BIO constraint. */
export function viterbi(p: ModelParagraph, w: TaggerWeights, e = emissions(p, w)): Uint8Array {
  const n = p.tokens.length;
  const out = new Uint8Array(n);
  if (!n) return out;
  const score = new Float64Array(n * NTAGS);
  const back = new Uint8Array(n * NTAGS);
  for (let t = 0; t < NTAGS; t++) score[t] = allowed(-1, t) ? e[t] + w.trans[NTAGS * NTAGS + t] : -Infinity;
  for (let k = 1; k < n; k++) {
    for (let t = 0; t < NTAGS; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let s = 0; s < NTAGS; s++) {
        if (!allowed(s, t)) continue;
        const v = score[(k - 1) * NTAGS + s] + w.trans[s * NTAGS + t];
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
