import Fuse from 'fuse.js';
import { learnAssociations, type Associations } from './associations.js';
import { buildBm25, scoreBm25, type Bm25Data } from './bm25.js';
import type { FactCheckRecord } from './records.js';
import { splitTags, terms } from './text.js';
import { TrigramSpace } from './trigrams.js';

/**
 * A ranked match of a claim against the fact-check index.
 * @example const [m]: FactCheckMatch[] = index.match('Crime fell 20% last year');
 */
export interface FactCheckMatch {
  record: FactCheckRecord;
  /** In [0, 1]: lexical relevance blended with fuzzy similarity, after the entity and number checks. */
  score: number;
  /** Why the score is what it is: lexical, fuzzy, and any penalty or boost applied. */
  reasons: string[];
}

/**
 * Options of `index.match`.
 * @example const o: MatchOptions = { limit: 3, threshold: 0.5, claimant: 'Jane Roe' };
 */
export interface MatchOptions {
  /** Results to return (default 5). */
  limit?: number;
  /** Drop matches scoring below this (default 0.35; see the README on false matches). */
  threshold?: number;
  /** The claim's speaker: fact-checks of the same claimant are boosted. */
  claimant?: string;
  /** The claim's date (ISO): fact-checks close in time are boosted, later ones than the claim are not penalized. */
  date?: string;
}

const FORMAT = 'quotecheck-factcheck-index/1';

/** A record BM25 proposed: its index, its score against the best one's, and the score saturated. */
interface Candidate {
  i: number;
  lexical: number;
  saturation: number;
}

/** What a claim brings to the scoring of each candidate. */
interface QueryEvidence {
  trigrams: ReturnType<TrigramSpace['query']>;
  names: ReturnType<typeof names>;
  numbers: Set<string>;
  claimant?: string;
  date?: string;
}
/** Candidates the fuzzy score reranks: 6 gave the same MAP@5 as 10 on CLEF 2020 T2 train, in 2/3 of the time. */
const FUZZY_DEPTH = 6;
/** Query characters the fuzzy score reads: fuse.js costs grow with the pattern; 128 ranked as well as 200 on train. */
const FUZZY_CHARS = 128;
/** Weight of the character-trigram similarity beside the lexical score (whose weights sum to 1). */
const LETTERS = 1.5;
/** Weight of an associated term relative to a query term, times its association share; CLEF 2020 T2 train gave the same MAP@5 from 0.5 to 1. */
const EXPANSION = 0.5;

/**
 * What `index.toJSON()` returns and `loadFactCheckIndex` takes back.
 * @example const saved: SerializedFactCheckIndex = index.toJSON();
 */
export interface SerializedFactCheckIndex {
  format: typeof FORMAT;
  records: FactCheckRecord[];
  bm25: Bm25Data;
  /** Related terms learned from the records; absent in indexes saved by 0.x versions before them. */
  associations?: Associations;
}

// Capitalized two-word names: "North Korea", "Joe Biden". Differing modifiers of the same head word
// are the false match users complain about most ("South Korea" is not "North Korea").
const NAMES = /\b(\p{Lu}[\p{L}]+)\s+(\p{Lu}[\p{L}]+)\b/gu;
const CONTRASTING = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'new', 'old', 'upper', 'lower', 'central', 'greater']);
const names = (text: string) =>
  [...text.matchAll(NAMES)].map((m) => [m[1].toLowerCase(), m[2].toLowerCase()] as const).filter(([modifier]) => CONTRASTING.has(modifier));
const numbers = (text: string) => new Set((text.replace(/(\d),(\d{3})/g, '$1$2').match(/\d+(?:\.\d+)?/g) ?? []).filter((n) => n.length > 1 || Number(n) > 0));

/**
 * @example
 * const index: FactCheckIndex = createFactCheckIndex(loadFactChecks(json).records);
 * index.match('Armenia froze its participation in the CSTO');
 *
 * An index of existing fact-checks to match claims against: BM25 over each fact-check's claim and
 * title (stemmed, numbers normalized), then a fuzzy rerank of the best candidates with fuse.js, with
 * checks against the false matches that fuzzy scores let through (a different "X Korea", different numbers).
 */
export class FactCheckIndex {
  private constructor(
    readonly records: FactCheckRecord[],
    private readonly bm25: Bm25Data,
    private readonly associations: Associations,
    private readonly trigrams: TrigramSpace,
  ) {}

  /** @internal */
  static build(records: readonly FactCheckRecord[]): FactCheckIndex {
    const fields = records.map((r) => [terms(r.claim), terms(r.title ?? '')] as const);
    return new FactCheckIndex([...records], buildBm25(fields.map(([c, t]) => [...c, ...t])), learnAssociations(fields), trigramSpace(records));
  }

  /** @internal */
  static fromJSON(data: SerializedFactCheckIndex): FactCheckIndex {
    if (!data || data.format !== FORMAT) throw new Error(`not a serialized fact-check index (format ${FORMAT})`);
    // Indexes saved before associations existed learn them again from their records.
    const associations = data.associations ?? learnAssociations(data.records.map((r) => [terms(r.claim), terms(r.title ?? '')]));
    return new FactCheckIndex(data.records, data.bm25, associations, trigramSpace(data.records));
  }

  get size(): number {
    return this.records.length;
  }

  /**
   * Ranked fact-checks for a claim or text.
   * @example
   * const [best] = index.match('Crime fell by 20 percent last year', { claimant: 'Jane Roe' });
   * best?.record.rating; // 'False'
   */
  match(claimOrText: string | { text: string; speaker?: { name: string } | null; date?: string | null }, options: MatchOptions = {}): FactCheckMatch[] {
    const given = typeof claimOrText === 'string' ? claimOrText : claimOrText.text;
    const text = given.replace(TWEET_DATE, '$1$2');
    const candidates = this.lexicalCandidates(text);
    if (!candidates.length) return [];
    const fuzzy = this.fuzzyScores(text, candidates);
    const query: QueryEvidence = {
      trigrams: this.trigrams.query(text),
      names: names(text),
      numbers: numbers(text),
      claimant: options.claimant ?? (typeof claimOrText === 'string' ? undefined : claimOrText.speaker?.name),
      date: options.date ?? (typeof claimOrText === 'string' ? undefined : (claimOrText.date ?? undefined)),
    };
    const threshold = options.threshold ?? 0.35;
    // Ranked by the unrounded score: rounding would tie what the letters tell apart.
    return candidates
      .map((c) => this.scoreCandidate(c, fuzzy.get(c.i) ?? 0, query))
      .filter((m) => m.score >= threshold)
      .sort((a, b) => b.raw - a.raw)
      .slice(0, options.limit ?? 5)
      .map(({ record, score, reasons }): FactCheckMatch => ({ record, score, reasons }));
  }

  /** The 30 best records by BM25 over the query and its associated terms, the best one's score as 1. */
  private lexicalCandidates(text: string): Candidate[] {
    const postings = this.bm25.postings;
    const query = terms(splitTags(text, (t) => Object.hasOwn(postings, t)));
    if (!query.length) return [];
    const { expanded, weights } = this.expand(query);
    const lexical = [...scoreBm25(this.bm25, expanded, weights)].sort((a, b) => b[1] - a[1]).slice(0, 30);
    const top = lexical[0]?.[1] ?? 1;
    return lexical.map(([i, s]) => ({ i, lexical: s / top, saturation: s / (s + 8) }));
  }

  /** fuse.js similarity of the best few candidates' claims: fuse.js is most of a query's cost. */
  private fuzzyScores(text: string, candidates: readonly Candidate[]): Map<number, number> {
    const fuse = new Fuse(
      candidates.slice(0, FUZZY_DEPTH).map((c) => ({ c, text: this.records[c.i].claim })),
      { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 1, minMatchCharLength: 3 },
    );
    return new Map(fuse.search(text.slice(0, FUZZY_CHARS)).map((r) => [r.item.c.i, 1 - (r.score ?? 1)]));
  }

  /** A candidate's score and its reasons: the blend, then the checks against false matches and the boosts. */
  private scoreCandidate(c: Candidate, fz: number, q: QueryEvidence): FactCheckMatch & { raw: number } {
    const r = this.records[c.i];
    const letters = this.trigrams.similarity(q.trigrams, c.i);
    // Weights tuned on CLEF 2020 Task 2 train: the fuzzy score breaks near-ties of the lexical one.
    let score = (0.75 * c.lexical + 0.15 * c.saturation + 0.1 * fz + LETTERS * letters) / (1 + LETTERS);
    const reasons = [`lexical ${c.lexical.toFixed(2)}`, `fuzzy ${fz.toFixed(2)}`, `letters ${letters.toFixed(2)}`];
    const rNames = names(`${r.claim} ${r.title ?? ''}`);
    if (q.names.some(([m, h]) => rNames.some(([m2, h2]) => h === h2 && m !== m2) && !rNames.some(([m2, h2]) => h === h2 && m === m2))) {
      score *= 0.5;
      reasons.push('different name with the same head word');
    }
    const rNumbers = numbers(r.claim);
    if (q.numbers.size && rNumbers.size && ![...q.numbers].some((n) => rNumbers.has(n))) {
      score *= 0.9;
      reasons.push('numbers differ');
    }
    if (q.claimant && r.claimant && normalizeName(r.claimant) === normalizeName(q.claimant)) {
      score = Math.min(1, score * 1.15);
      reasons.push('same claimant');
    }
    if (q.date && r.date) {
      const days = Math.abs(Date.parse(r.date) - Date.parse(q.date)) / 86400000;
      if (Number.isFinite(days) && days <= 60) {
        score = Math.min(1, score * 1.05);
        reasons.push('checked within 60 days');
      }
    }
    return { record: r, raw: score, score: Math.round(score * 1000) / 1000, reasons };
  }

  /** The query's terms and their associated terms, which count at a share of EXPANSION of a query term. */
  private expand(query: string[]) {
    const own = new Set(query);
    const weights = new Map<string, number>();
    for (const w of own) {
      const list = Object.hasOwn(this.associations, w) ? this.associations[w] : undefined;
      if (!Array.isArray(list)) continue;
      for (const [v, share] of list) if (!own.has(v)) weights.set(v, Math.max(weights.get(v) ?? 0, EXPANSION * share));
    }
    return { expanded: [...query, ...weights.keys()], weights };
  }

  /** A plain JSON form of the index, to store and `loadFactCheckIndex` later. */
  toJSON(): SerializedFactCheckIndex {
    return { format: FORMAT, records: this.records, bm25: this.bm25, associations: this.associations };
  }
}

// An embedded tweet ends "— Name (@handle) Month D, YYYY". Its author, month and year find the
// fact-checks of that time and person; the day of the month only matches unrelated numbers.
const TWEET_DATE = /(\(@\w+\)\s+\p{Lu}\p{Ll}+) \d{1,2}(, \d{4}\s*)$/u;
const trigramSpace = (records: readonly FactCheckRecord[]) => TrigramSpace.build(records.map((r) => `${r.claim} ${r.title ?? ''}`));
const normalizeName = (s: string) => s.toLowerCase().replace(/[^a-z]+/g, ' ').trim();

/**
 * Builds an index over fact-check records (from `loadFactChecks` or your own).
 * @example
 * const { records } = loadFactChecks(json);
 * const index = createFactCheckIndex(records);
 * index.match('Armenia froze its participation in the CSTO');
 */
export function createFactCheckIndex(records: readonly FactCheckRecord[]): FactCheckIndex {
  return FactCheckIndex.build(records);
}

/**
 * Loads an index saved with `JSON.stringify(index)` (or `index.toJSON()`).
 * @example
 * const index = loadFactCheckIndex(JSON.parse(fs.readFileSync('index.json', 'utf8')));
 */
export function loadFactCheckIndex(data: SerializedFactCheckIndex): FactCheckIndex {
  return FactCheckIndex.fromJSON(data);
}
