import { InvalidInputError, QuoteTooLongError } from '../errors.js';
import type { Span } from '../schema/common.js';

/**
 * One word-level difference between a quote and its source passage.
 * @example const d: QuoteDifference = { type: 'substitution', quote: '50', reference: '40' };
 */
export interface QuoteDifference {
  type: 'insertion' | 'deletion' | 'substitution';
  /** Words of the quote (insertions, substitutions). */
  quote: string | null;
  /** Words of the reference (deletions, substitutions). */
  reference: string | null;
}

/**
 * What `verifyQuote` found.
 * @example const v: QuoteVerification = verifyQuote('"We won"', 'We won the vote.');
 */
export interface QuoteVerification {
  verdict: 'exact' | 'altered' | 'paraphrase' | 'not-found';
  /** Share of the quote's words found in order in the passage, in [0, 1]. */
  similarity: number;
  /** The best-matching passage of the reference, with offsets into it. */
  passage: Span | null;
  differences: QuoteDifference[];
  /** Ellipses in the quote, honoured as elisions. */
  elisions: number;
  /** Bracketed editorial insertions in the quote ("[the CSTO]"), honoured as such. */
  editorialInsertions: string[];
}

interface Word {
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;
const words = (text: string, base = 0): Word[] => [...text.matchAll(WORD)].map((m) => ({ norm: m[0].toLowerCase().replace(/\u2019/g, "'"), start: base + m.index, end: base + m.index + m[0].length }));

type Token = { kind: 'word'; w: Word } | { kind: 'gap'; editorial: string | null };

/** The quote as words, with ellipses and bracketed insertions as gaps the reference may fill freely. */
function parseQuote(quote: string): { tokens: Token[]; elisions: number; editorial: string[] } {
  const q = quote.trim().replace(/^["'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e]+|["'\u201c\u201d\u2018\u2019\u00ab\u00bb]+$/g, '');
  const tokens: Token[] = [];
  let elisions = 0;
  const editorial: string[] = [];
  const re = /(\.\s?\.\s?\.|\u2026)|\[([^\]]{0,200})\]/g;
  let at = 0;
  for (const m of q.matchAll(re)) {
    for (const w of words(q.slice(at, m.index))) tokens.push({ kind: 'word', w });
    if (m[1]) elisions++;
    else editorial.push(m[2]);
    tokens.push({ kind: 'gap', editorial: m[1] ? null : m[2] });
    at = m.index + m[0].length;
  }
  for (const w of words(q.slice(at))) tokens.push({ kind: 'word', w });
  return { tokens, elisions, editorial };
}

/** Longest-common-subsequence alignment where a gap token absorbs any run of reference words. */
function align(q: Token[], r: Word[]): { pairs: [number, number][]; matched: number } {
  const n = q.length;
  const m = r.length;
  // dp[i][j]: best matched words aligning q[i..] with r[j..].
  const dp = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      const t = q[i];
      let best = dp[i + 1][j];
      if (t.kind === 'word') {
        if (j < m) best = Math.max(best, dp[i][j + 1], t.w.norm === r[j].norm ? 1 + dp[i + 1][j + 1] : 0);
      } else if (j < m) best = Math.max(best, dp[i][j + 1]); // a gap swallows reference words for free
      dp[i][j] = best;
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const t = q[i];
    // Start as late as the score allows, so the passage is the tightest one ("the" occurs everywhere).
    if (!pairs.length && j + 1 <= m && dp[i][j + 1] === dp[i][j]) {
      j++;
      continue;
    }
    if (t.kind === 'word' && t.w.norm === r[j].norm && dp[i][j] === 1 + dp[i + 1][j + 1]) {
      pairs.push([i, j]);
      i++;
      j++;
    }
    // An elision or an insertion takes every reference word it can without losing a match: the words
    // after "..." then stand where the passage resumes, not at an earlier "the" with deletions after it.
    else if (t.kind === 'gap' && dp[i][j + 1] === dp[i][j]) j++;
    else if (dp[i][j] === dp[i + 1][j]) i++;
    else j++;
  }
  return { pairs, matched: dp[0][0] };
}

interface Window {
  from: number;
  to: number;
  pairs: [number, number][];
  matched: number;
  /** How many of its words the quote has, in any order (counted with multiplicity). */
  shared: number;
}

/** Words of a quote `verifyQuote` compares at most (see QuoteTooLongError). */
export const MAX_QUOTE_WORDS = 2000;

/** Word pairs aligned at most per call: about a quarter of a second (see `bestWindow`). */
const MAX_ALIGNED_PAIRS = 20_000_000;

/**
 * The window of the reference the quote aligns best with: the most words matched in order, the
 * earliest window among equals. Windows `span` words long start two words before each reference word
 * the quote has. Aligning is quadratic in the quote's length, so windows are aligned in the order of
 * the words they share with the quote (an upper bound of what they can match, counted as the window
 * slides), and one is aligned only when that bound could beat the best so far. A paragraph-long quote
 * against a long transcript took seconds to minutes when every window was aligned. On a reference
 * made of the quote's few words over and over, where no bound tells windows apart, the search stops
 * after MAX_ALIGNED_PAIRS word pairs with the best window found by then.
 */
function bestWindow(tokens: Token[], quoteWords: readonly string[], ref: readonly Word[], span: number): Window | null {
  const starts: number[] = [];
  const inQuote = new Set(quoteWords);
  for (let s = 0; s < ref.length; s++) {
    const from = Math.max(0, s - 2);
    if (inQuote.has(ref[s].norm) && starts[starts.length - 1] !== from) starts.push(from);
  }
  const bounds = sharedWords(quoteWords, ref, starts, span);
  const order = starts.map((_, c) => c).sort((x, y) => bounds[y] - bounds[x] || x - y);
  let best: Window | null = null;
  let budget = MAX_ALIGNED_PAIRS;
  for (const c of order) {
    const from = starts[c];
    if (best && (bounds[c] < best.matched || budget <= 0)) break;
    if (best && bounds[c] === best.matched && from >= best.from) continue;
    const window = ref.slice(from, Math.min(ref.length, from + span));
    budget -= tokens.length * window.length;
    const a = align(tokens, window);
    if (!best || a.matched > best.matched || (a.matched === best.matched && from < best.from)) best = { from, to: from + window.length, pairs: a.pairs, matched: a.matched, shared: bounds[c] };
  }
  return best;
}

/** For each window start (ascending), how many of its `span` words the quote has, counted with multiplicity. */
function sharedWords(quoteWords: readonly string[], ref: readonly Word[], starts: readonly number[], span: number): Int32Array {
  const wanted = new Map<string, number>();
  for (const w of quoteWords) wanted.set(w, (wanted.get(w) ?? 0) + 1);
  const had = new Map<string, number>();
  const out = new Int32Array(starts.length);
  let shared = 0;
  let lo = 0;
  let hi = 0;
  starts.forEach((from, c) => {
    const to = Math.min(ref.length, from + span);
    for (; hi < to; hi++) {
      const w = ref[hi].norm;
      const n = had.get(w) ?? 0;
      if (n < (wanted.get(w) ?? 0)) shared++;
      had.set(w, n + 1);
    }
    for (; lo < from; lo++) {
      const w = ref[lo].norm;
      const n = had.get(w)! - 1;
      had.set(w, n);
      if (n < (wanted.get(w) ?? 0)) shared--;
    }
    out[c] = shared;
  });
  return out;
}

/** Differences between consecutive aligned pairs; reference words inside a gap are not changes. */
function differencesOf(tokens: readonly Token[], ref: readonly Word[], best: Window, firstRef: number, lastRef: number): QuoteDifference[] {
  const differences: QuoteDifference[] = [];
  let qi = tokens.findIndex((t) => t.kind === 'word');
  let ri = firstRef;
  const pairs = [...best.pairs.map(([a, b]) => [a, best.from + b] as [number, number]), [tokens.length, lastRef + 1] as [number, number]];
  for (const [qa, ra] of pairs) {
    const qSlice = tokens.slice(qi, qa);
    const gap = qSlice.some((t) => t.kind === 'gap');
    const qExtra = qSlice.filter((t): t is Extract<Token, { kind: 'word' }> => t.kind === 'word').map((t) => t.w.norm);
    const rExtra = ra > ri ? ref.slice(ri, ra).map((w) => w.norm) : [];
    if (!gap || qExtra.length) {
      const rSkipped = gap ? [] : rExtra;
      if (qExtra.length && rSkipped.length) differences.push({ type: 'substitution', quote: qExtra.join(' '), reference: rSkipped.join(' ') });
      else if (qExtra.length) differences.push({ type: 'insertion', quote: qExtra.join(' '), reference: null });
      else if (rSkipped.length) differences.push({ type: 'deletion', quote: null, reference: rSkipped.join(' ') });
    }
    qi = qa + 1;
    ri = ra + 1;
  }
  return differences;
}

/**
 * Compares a quote with a reference text (a transcript, the interview, another article): finds the
 * passage it comes from and the word-level changes. Ellipses ("...", "…") are elisions and bracketed
 * words ("[the CSTO]") editorial insertions, not changes.
 * @example
 * const v = verifyQuote('"We will not raise taxes"', 'I promise you: we will raise taxes next year.');
 * v.verdict; // 'altered'
 * v.differences; // [{ type: 'insertion', quote: 'not', reference: null }]
 * @throws InvalidInputError when the quote or the reference is not a string; QuoteTooLongError for a
 * quote over MAX_QUOTE_WORDS (2,000) words. A reference of any length is searched, in time that grows
 * with its length and the square of the quote's.
 */
export function verifyQuote(quote: string, reference: string): QuoteVerification {
  for (const [value, expected] of [[quote, 'verifyQuote() expects the quote'], [reference, 'verifyQuote() expects the reference']] as const)
    if (typeof value !== 'string') throw new InvalidInputError(value === null ? 'null' : typeof value, expected);
  const { tokens, elisions, editorial } = parseQuote(quote);
  const qWords = tokens.filter((t): t is Extract<Token, { kind: 'word' }> => t.kind === 'word');
  // The alignment holds a table of the quote's words by twice as many reference words: 2,000 words
  // take 32 MB and a tenth of a second, where a quote is rarely more than a paragraph.
  if (qWords.length > MAX_QUOTE_WORDS) throw new QuoteTooLongError(qWords.length, MAX_QUOTE_WORDS);
  const none: QuoteVerification = { verdict: 'not-found', similarity: 0, passage: null, differences: [], elisions, editorialInsertions: editorial };
  if (!qWords.length) return none;
  const ref = words(reference);
  // A window is wide enough for the quote and what its elisions and insertions stand for.
  const best = bestWindow(tokens, qWords.map((t) => t.w.norm), ref, qWords.length * 2 + elisions * 40 + editorial.length * 8 + 10);
  if (!best || !best.pairs.length) return none;
  const similarity = best.matched / qWords.length;
  const firstRef = best.from + best.pairs[0][1];
  const lastRef = best.from + best.pairs[best.pairs.length - 1][1];
  const passage: Span = { start: ref[firstRef].start, end: ref[lastRef].end, text: reference.slice(ref[firstRef].start, ref[lastRef].end) };

  const differences = differencesOf(tokens, ref, best, firstRef, lastRef);
  // Same words, other order: a reordered quote is altered, not a paraphrase.
  const overlap = best.shared / qWords.length;
  const verdict: QuoteVerification['verdict'] = !differences.length && similarity === 1 ? 'exact' : similarity >= 0.75 || overlap >= 0.9 ? 'altered' : similarity >= 0.4 || overlap >= 0.5 ? 'paraphrase' : 'not-found';
  return { verdict, similarity: Math.round(similarity * 1000) / 1000, passage: verdict === 'not-found' ? null : passage, differences: verdict === 'not-found' ? [] : differences, elisions, editorialInsertions: editorial };
}
