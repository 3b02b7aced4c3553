/**
 * Related terms learned from the fact-checks being indexed. A fact-check's claim and its title say the
 * same thing in other words ("digitally altered a photograph" / "Photoshop"), so terms that keep
 * appearing across the two fields of the same records are near-synonyms for that collection. A
 * query is expanded with them at a reduced weight: the same idea as a translation language model
 * for retrieval (Berger and Lafferty, 1999), estimated from the user's own records, with no data shipped.
 */

/** term -> [related term, share of the term's records where the pair occurs][], strongest first. */
export type Associations = Record<string, [string, number][]>;

// Chosen on CLEF 2020 Task 2 train (10,375 Snopes fact-checks): a pair seen once is chance.
const MIN_COUNT = 2;
const MIN_SHARE = 0.1;
const PER_TERM = 3;

/**
 * Learns associations from each record's two wordings, as term lists (claim terms, title terms).
 * @example learnAssociations(records.map((r) => [terms(r.claim), terms(r.title ?? '')]))['photoshop']; // [['alter', 0.75], ...]
 */
export function learnAssociations(records: readonly (readonly [readonly string[], readonly string[]])[]): Associations {
  const ids = new Map<string, number>();
  const words: string[] = [];
  for (const [claim, title] of records) {
    for (const w of claim) if (!ids.has(w)) ids.set(w, words.push(w) - 1);
    for (const w of title) if (!ids.has(w)) ids.set(w, words.push(w) - 1);
  }
  // Pair keys stay small integers (fast map keys) for vocabularies under 46,341 words.
  const SHIFT = Math.max(1, words.length);
  const df = new Array<number>(words.length).fill(0);
  const id = (w: string) => ids.get(w)!;
  const pairs = new Map<number, number>();
  for (const [claim, title] of records) {
    if (!claim.length || !title.length) continue;
    const c = new Set(claim.map(id));
    const t = new Set(title.map(id));
    for (const w of new Set([...c, ...t])) df[w]++;
    for (const a of c) {
      for (const b of t) {
        // A word in both wordings says nothing about the other words of either.
        if (a === b || (c.has(b) && t.has(a))) continue;
        pairs.set(a * SHIFT + b, (pairs.get(a * SHIFT + b) ?? 0) + 1);
        pairs.set(b * SHIFT + a, (pairs.get(b * SHIFT + a) ?? 0) + 1);
      }
    }
  }
  const related: [number, number][][] = [];
  for (const [key, n] of pairs) {
    if (n < MIN_COUNT) continue;
    const a = Math.floor(key / SHIFT);
    const share = n / df[a];
    if (share >= MIN_SHARE) (related[a] ??= []).push([key % SHIFT, share]);
  }
  const out: Associations = Object.create(null);
  related.forEach((list, a) => {
    if (!list) return;
    out[words[a]] = list
      .sort((x, y) => y[1] - x[1] || words[x[0]].localeCompare(words[y[0]]))
      .slice(0, PER_TERM)
      .map(([b, share]) => [words[b], Math.round(share * 1000) / 1000]);
  });
  return out;
}
