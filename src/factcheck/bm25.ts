/** An Okapi BM25 index over term lists; plain data so it can be serialized and loaded again. */
export interface Bm25Data {
  k1: number;
  b: number;
  docs: number;
  avgLength: number;
  lengths: number[];
  /** term -> [doc index, term frequency, doc index, term frequency, ...] */
  postings: Record<string, number[]>;
}

/** Builds the index; `fields` are weighted term lists per document (a field's terms repeated by its weight). */
export function buildBm25(docs: readonly string[][], k1 = 1.2, b = 0.75): Bm25Data {
  const postings: Record<string, number[]> = Object.create(null);
  const lengths = docs.map((d) => d.length);
  docs.forEach((terms, i) => {
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, n] of tf) (postings[t] ??= []).push(i, n);
  });
  const avgLength = lengths.reduce((a, c) => a + c, 0) / Math.max(1, docs.length);
  return { k1, b, docs: docs.length, avgLength, lengths, postings };
}

/** Scores of every document that shares a term with the query, as a sparse map. */
export function scoreBm25(index: Bm25Data, query: readonly string[], weights?: ReadonlyMap<string, number>): Map<number, number> {
  const scores = new Map<number, number>();
  const { k1, b, docs, avgLength, lengths, postings } = index;
  for (const t of new Set(query)) {
    // Own keys only: a loaded index is a plain object, where "constructor" would be inherited.
    const list = Object.hasOwn(postings, t) ? postings[t] : undefined;
    if (!Array.isArray(list)) continue;
    const df = list.length / 2;
    const idf = Math.log(1 + (docs - df + 0.5) / (df + 0.5)) * (weights?.get(t) ?? 1);
    for (let i = 0; i < list.length; i += 2) {
      const d = list[i];
      const tf = list[i + 1];
      const s = (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * lengths[d]) / avgLength));
      scores.set(d, (scores.get(d) ?? 0) + s);
    }
  }
  return scores;
}
