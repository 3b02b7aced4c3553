// The counts a frame reads instead of the tokens before it must say what reading those tokens says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TokenCounts } from '../src/attribution/token-counts.js';
import type { Token } from '../src/attribution/tokens.js';
import type { QuoteSpan } from '../src/segment/quotes.js';

const token = (text: string, kind: Token['kind']): Token => ({ start: 0, end: text.length, text, lower: text.toLowerCase(), kind, cap: false });
const QUOTES = { A: { start: 0, end: 4 } as QuoteSpan, B: { start: 5, end: 9 } as QuoteSpan };
const anyToken = fc.oneof(
  fc.constantFrom('said', 'Ann', 'the', 'plan').map((t) => token(t, 'word')),
  fc.constantFrom(',', ':', ';', '.', '(', ')').map((t) => token(t, 'punct')),
  // Two quotations, the second in two pieces: a sentence's quotation tokens may be pieces of one.
  fc.constantFrom(...(['A', 'B', 'B'] as const).map((id) => ({ ...token('"Hi"', 'quote'), quote: QUOTES[id] }))),
);

describe('TokenCounts', () => {
  it('answers as a read of the range would', () => {
    fc.assert(
      fc.property(fc.array(anyToken, { maxLength: 40 }), fc.integer({ min: -2, max: 42 }), fc.integer({ min: -2, max: 42 }), (tokens, x, y) => {
        const from = Math.max(0, Math.min(x, tokens.length));
        const to = Math.max(0, Math.min(y, tokens.length));
        const c = TokenCounts.of(tokens);
        const range = tokens.slice(from, to);
        expect(c.wordsIn(from, to)).toBe(range.filter((t) => t.kind === 'word').length);
        expect(c.quotesIn(from, to)).toEqual(range.flatMap((t, k) => (t.kind === 'quote' ? [from + k] : [])));
        let mark = -1;
        for (let k = to - 1; k >= from; k--)
          if (tokens[k].kind === 'punct' && /^[:;]$/.test(tokens[k].text)) {
            mark = k;
            break;
          }
        expect(c.lastClauseMarkIn(from, to)).toBe(mark);
        const quotations = new Set(tokens.filter((t) => t.kind === 'quote').map((t) => t.quote));
        expect(c.soleQuotation()).toBe(quotations.size === 1 ? [...quotations][0] : null);
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it.each([
    ['words', (c: TokenCounts) => c.wordsIn(0, 5), 3],
    ['a reversed range has no words', (c: TokenCounts) => c.wordsIn(4, 1), 0],
    ['quotations', (c: TokenCounts) => c.quotesIn(0, 6), [3]],
    ['the last colon or semicolon', (c: TokenCounts) => c.lastClauseMarkIn(0, 6), 5],
    ['none before it', (c: TokenCounts) => c.lastClauseMarkIn(0, 5), -1],
  ])('%s', (_, ask, expected) => {
    // Ann said , "Hi" the ;
    const tokens = [token('Ann', 'word'), token('said', 'word'), token(',', 'punct'), token('"Hi"', 'quote'), token('the', 'word'), token(';', 'punct')];
    expect(ask(TokenCounts.of(tokens))).toEqual(expected);
  });
});
