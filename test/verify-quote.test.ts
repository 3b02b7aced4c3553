import { describe, expect, it } from 'vitest';
import { InvalidInputError, QuoteTooLongError, verifyQuote } from '../src/index.js';

const transcript =
  'Thank you all for coming. In practice, we have frozen our participation in this organization, and we will decide on the next steps later. ' +
  'The Collective Security Treaty Organisation did not fulfil its objectives vis-a-vis Armenia in 2021 and 2022. We spent 40 million dollars on it.';

describe('verifyQuote', () => {
  it.each([
    { name: 'exact', quote: '"In practice, we have frozen our participation in this organization"', verdict: 'exact', diffs: [] },
    { name: 'a changed number', quote: '"We spent 50 million dollars on it."', verdict: 'altered', diffs: [{ type: 'substitution', quote: '50', reference: '40' }] },
    { name: 'a dropped "not"', quote: 'The Collective Security Treaty Organisation did fulfil its objectives', verdict: 'altered', diffs: [{ type: 'deletion', quote: null, reference: 'not' }] },
    { name: 'a truncated quote with an ellipsis', quote: '"In practice, we have frozen our participation ... and we will decide on the next steps later"', verdict: 'exact', diffs: [] },
    { name: 'an editorial insertion', quote: '"[The CSTO] did not fulfil its objectives vis-a-vis Armenia"', verdict: 'exact', diffs: [] },
  ])('$name', ({ quote, verdict, diffs }) => {
    const v = verifyQuote(quote, transcript);
    expect(v.verdict).toBe(verdict);
    expect(v.differences).toEqual(diffs);
    expect(transcript.slice(v.passage!.start, v.passage!.end)).toBe(v.passage!.text);
  });

  it('the words after an ellipsis stand where the passage resumes, not at an earlier word of the elided part', () => {
    const said = 'The minister said the talks had failed because the unions walked out, and the budget would pass.';
    const v = verifyQuote('"The minister said ... the budget would pass"', said);
    expect(v.verdict).toBe('exact');
    expect(v.differences).toEqual([]);
    expect(v.passage!.text).toBe(said.slice(0, -1));
  });

  it('a reordered clause is altered', () => {
    const v = verifyQuote('we will decide on the next steps later, and we have frozen our participation in this organization', transcript);
    expect(v.verdict).toBe('altered');
  });

  it('a paraphrase', () => {
    const v = verifyQuote('Armenia has stopped taking part in the organization and will decide its next steps', transcript);
    expect(v.verdict).toBe('paraphrase');
  });

  it('a quote that is nowhere in the reference', () => {
    const v = verifyQuote('"The harvest was the best in a decade, farmers said."', transcript);
    expect(v.verdict).toBe('not-found');
    expect(v.passage).toBeNull();
  });

  it('counts elisions and editorial insertions', () => {
    const v = verifyQuote('"In practice … [Armenia has] frozen our participation"', transcript);
    expect(v.elisions).toBe(1);
    expect(v.editorialInsertions).toEqual(['Armenia has']);
  });
});

// A reference hundreds of times longer than the quote, made of words we draw ourselves: the search
// must not align every window (it took 53 s for a 494-word quote in a 25,000-word transcript).
function wordsOf(n: number, vocabulary: number, seed: number): string {
  let s = seed;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    out.push(`w${s % vocabulary}`);
  }
  return out.join(' ');
}

describe('verifyQuote on long inputs', () => {
  it.each([
    { name: 'a sentence in a long transcript', quoteWords: 30, referenceWords: 30_000, vocabulary: 3000 },
    { name: 'a page-long quote in a long transcript', quoteWords: 500, referenceWords: 30_000, vocabulary: 3000 },
    { name: 'a long quote in a reference of a few words repeated (no bound tells windows apart)', quoteWords: 300, referenceWords: 20_000, vocabulary: 12 },
  ])('$name: found, in bounded time', ({ quoteWords, referenceWords, vocabulary }) => {
    const quote = wordsOf(quoteWords, vocabulary, 1);
    const reference = `${wordsOf(referenceWords, vocabulary, 2)} ${quote} ${wordsOf(50, vocabulary, 3)}`;
    const started = performance.now();
    const v = verifyQuote(quote, reference);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(v.verdict).not.toBe('not-found');
    if (vocabulary > 100) {
      expect(v.verdict).toBe('exact');
      expect(v.passage!.text).toBe(quote);
    }
  });

  it('a quote over the limit is a usage error that names the fix', () => {
    expect(() => verifyQuote(wordsOf(2001, 50, 1), 'w1 w2')).toThrow(QuoteTooLongError);
    expect(() => verifyQuote(wordsOf(2001, 50, 1), 'w1 w2')).toThrow(/a paragraph at a time/);
    expect(verifyQuote(wordsOf(2000, 50, 1), 'w1 w2').verdict).toBeDefined();
  });

  it.each([
    [42, 'text', /expects the quote as a string, got number/],
    ['text', null, /expects the reference as a string, got null/],
  ])('%s, %s: not strings, a usage error', (quote, reference, message) => {
    expect(() => verifyQuote(quote as never, reference as never)).toThrow(InvalidInputError);
    expect(() => verifyQuote(quote as never, reference as never)).toThrow(message);
  });
});
