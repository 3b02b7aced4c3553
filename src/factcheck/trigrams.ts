/**
 * Character-trigram similarity between a claim and the fact-checks the lexical index proposed. Words
 * miss what letters catch: a hashtag run together ("#wwiiveterans"), a name spelled two ways, a word
 * and its derivations that the stemmer keeps apart ("photoshopped" / "Photoshop"). Each record's
 * claim and title become one TF-IDF vector of trigrams, built with the index and never serialized
 * (it is quick to rebuild from the records).
 */

import { LINKS } from './text.js';

// An embedded tweet's signature ("— Name (@handle) May 4, 2020") is not the claim.
const SIGNATURE = /\u2014[^\u2014]*$/;

/** Lower-case letters and digits, every other run one space, padded so first and last letters count. */
function letters(text: string): string {
  const plain = text.replace(LINKS, ' ').toLowerCase().replace(/[\u2018\u2019']/g, '');
  return ` ${plain.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** A sparse unit vector: trigram ids ascending, weights in the same order. */
interface SparseVector {
  ids: Int32Array;
  weights: Float32Array;
}

/**
 * @example
 * const t = TrigramSpace.build(['Obama shook hands with Rouhani', 'Crime fell']);
 * t.similarity(t.query('#ObamaRouhani handshake photo'), 0); // > similarity to record 1
 */
export class TrigramSpace {
  private constructor(
    private readonly ids: Map<string, number>,
    private readonly idf: Float32Array,
    private readonly vectors: SparseVector[],
  ) {}

  /** The space of a collection: one text per record (its claim and title). */
  static build(texts: readonly string[]): TrigramSpace {
    const ids = new Map<string, number>();
    const counts = texts.map((t) => countTrigrams(letters(t), ids, true));
    const df = new Float32Array(ids.size);
    for (const c of counts) for (const id of c.keys()) df[id]++;
    const idf = df.map((n) => Math.log(texts.length / (1 + n)));
    return new TrigramSpace(ids, idf, counts.map((c) => unitVector(c, idf)));
  }

  /** A claim's vector in this space (trigrams the collection never uses count for nothing). */
  query(text: string): SparseVector {
    return unitVector(countTrigrams(letters(text.replace(SIGNATURE, ' ')), this.ids, false), this.idf);
  }

  /** Cosine of a claim's vector and record `i`'s, in [0, 1]. */
  similarity(q: SparseVector, i: number): number {
    const r = this.vectors[i];
    let s = 0;
    // Both id lists are sorted: one merge pass.
    for (let a = 0, b = 0; a < q.ids.length && b < r.ids.length; ) {
      if (q.ids[a] === r.ids[b]) s += q.weights[a++] * r.weights[b++];
      else if (q.ids[a] < r.ids[b]) a++;
      else b++;
    }
    return s;
  }
}

function countTrigrams(text: string, ids: Map<string, number>, grow: boolean): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i + 3 <= text.length; i++) {
    const g = text.slice(i, i + 3);
    let id = ids.get(g);
    if (id === undefined) {
      if (!grow) continue;
      id = ids.size;
      ids.set(g, id);
    }
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

// Sublinear term frequency times IDF, scaled to length 1.
function unitVector(counts: Map<number, number>, idf: Float32Array): SparseVector {
  const ids = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
  const weights = new Float32Array(ids.length);
  let norm = 0;
  ids.forEach((id, k) => {
    const w = (1 + Math.log(counts.get(id)!)) * idf[id];
    weights[k] = w;
    norm += w * w;
  });
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < weights.length; k++) weights[k] /= norm;
  return { ids, weights };
}
