// What a frame asks of the words before it (how many words, which quotations, the last colon) without
// reading them: a sentence of thousands of frames that say nothing had each frame read back over all
// the others, and the sentence took the square of its length.
import type { QuoteSpan } from '../segment/quotes.js';
import type { Token } from './tokens.js';
import { firstWhere } from '../text/ranges.js';

/**
 * Counts over one sentence's tokens, computed once and then read in constant or logarithmic time.
 * @example TokenCounts.of(tokens).wordsIn(0, tokens.length); // the sentence's word count
 */
export class TokenCounts {
  /** words[k]: word tokens in [0, k). */
  private readonly words: Int32Array;
  /** Indices of the quotation tokens, ascending. */
  private readonly quotes: number[] = [];
  /** clauseMark[k]: the last ':' or ';' token before k, -1 if none. */
  private readonly clauseMark: Int32Array;
  /** The one quotation the sentence's quotation tokens belong to; null if none or several. */
  private readonly sole: QuoteSpan | null = null;

  private constructor(private readonly tokens: readonly Token[]) {
    const n = tokens.length;
    this.words = new Int32Array(n + 1);
    this.clauseMark = new Int32Array(n + 1).fill(-1);
    for (let k = 0; k < n; k++) {
      const t = tokens[k];
      this.words[k + 1] = this.words[k] + (t.kind === 'word' ? 1 : 0);
      this.clauseMark[k + 1] = t.kind === 'punct' && (t.text === ':' || t.text === ';') ? k : this.clauseMark[k];
      if (t.kind === 'quote') this.quotes.push(k);
    }
    const first = this.quotes.length ? tokens[this.quotes[0]].quote! : null;
    this.sole = this.quotes.every((k) => tokens[k].quote === first) ? first : null;
  }

  private static readonly cache = new WeakMap<readonly Token[], TokenCounts>();
  /** The counts of a sentence's tokens (kept while the token array lives). */
  static of(tokens: readonly Token[]): TokenCounts {
    let c = TokenCounts.cache.get(tokens);
    if (!c) TokenCounts.cache.set(tokens, (c = new TokenCounts(tokens)));
    return c;
  }

  /** Word tokens in [from, to); 0 when the range is empty or reversed. */
  wordsIn(from: number, to: number): number {
    return to <= from ? 0 : this.words[to] - this.words[from];
  }

  /** Indices of the quotation tokens in [from, to), ascending. */
  quotesIn(from: number, to: number): number[] {
    if (to <= from) return [];
    const q = this.quotes;
    return q.slice(firstWhere((i) => q[i] >= from, 0, q.length), firstWhere((i) => q[i] >= to, 0, q.length));
  }

  /** The sentence's only quotation (its quotation tokens may be pieces of it), or null if it has none or several. */
  soleQuotation(): QuoteSpan | null {
    return this.sole;
  }

  /** The last ':' or ';' token in [from, to), -1 if none. */
  lastClauseMarkIn(from: number, to: number): number {
    if (to <= from) return -1;
    const k = this.clauseMark[Math.min(to, this.tokens.length)];
    return k >= from ? k : -1;
  }
}
