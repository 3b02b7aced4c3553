// Words that are also names of Object.prototype's properties: a table kept in a plain object answers
// them with an inherited function. Each row failed before the tables lost their prototype.
import { describe, expect, it } from 'vitest';
import { PRONOUNS } from '../src/lexicons/word-sets.js';
import { lexiconTag } from '../src/nlp/compromise-adapter.js';
import { terms } from '../src/factcheck/text.js';
import { lookupTable } from '../src/text/lookup-table.js';
import { analyze } from '../src/index.js';

const WORDS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];

describe('words that Object.prototype also holds', () => {
  it.each(WORDS)('"%s" is no pronoun and no word of the tagger lexicon', (w) => {
    expect(PRONOUNS[w]).toBeUndefined();
    expect(lexiconTag(w.toLowerCase())).toBeUndefined();
  });

  it.each(WORDS.filter((w) => /^[a-z]+$/i.test(w)))('"%s" stays a search term (it was dropped as a number word)', (w) => {
    expect(terms(`${w} rose sharply`).length).toBe(3);
  });

  it.each(WORDS)('an article with "%s" is analyzed, with and without the span model', (w) => {
    const text = `"We will win," Jane Roe said on Friday. The ${w} said the plan would fail, according to ${w}.`;
    for (const spanModel of [false, true]) {
      const r = analyze(text, { spanModel });
      expect(r.quotes.some((q) => q.source?.text === 'Jane Roe')).toBe(true);
    }
  });

  it('a lookup table has only its own keys', () => {
    const t = lookupTable({ jan: 0 });
    expect(t.jan).toBe(0);
    expect(t['constructor']).toBeUndefined();
    expect(t['__proto__']).toBeUndefined();
    expect(Object.isFrozen(t)).toBe(true);
  });
});
