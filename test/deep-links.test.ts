import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../src/index.js';
import { fragmentPage } from '../src/claims/links.js';

import { select } from './helpers/text-fragments.js';

const pages: [string, string][] = [
  ['a quote repeated in one article', 'Intro.\n\n"We will win," Jane Roe said on Monday.\n\nLater she repeated it. "We will win," Jane Roe said again on Tuesday.'],
  ['the example article', readFileSync(resolve(__dirname, '../examples/article.md'), 'utf8')],
];
const seed = resolve(__dirname, '../../shared/seed/article.md');
if (existsSync(seed)) pages.push(['the seed', readFileSync(seed, 'utf8')]);

describe('deep links select exactly their passage', () => {
  it.each(pages)('%s', (_, text) => {
    const r = analyze(text, { url: 'https://example.com/story' });
    expect(r.claims.length).toBeGreaterThan(0);
    for (const c of r.claims) {
      const hits = select(text, c.links.textFragment);
      expect(hits, c.links.textFragment).toHaveLength(1);
      expect(c.links.deepLink).toBe(`https://example.com/story#${c.links.textFragment}`);
    }
  });

  it('a long passage is selected by its first and last five words, whatever the spaces between them', () => {
    const text = 'Intro.\n\n"We will  win\tthe vote, and then we will\nwin the next one too, and the one after," Jane Roe said.';
    const r = analyze(text);
    expect(r.claims[0].links.textFragment).toBe(':~:text=We%20will%20win%20the%20vote%2C,too%2C%20and%20the%20one%20after');
    expect(select(text, r.claims[0].links.textFragment)).toHaveLength(1);
  });

  // Each of 150 could be told apart by its number, but a link would then read all 150: a page that
  // repeats a passage so often is text repeating itself, where that made links quadratic.
  it('a passage repeated more than a hundred times keeps the plain directive', () => {
    const text = Array.from({ length: 150 }, (_, i) => `It was day ${i}. "We will win," Jane Roe said.`).join('\n\n');
    const frags = analyze(text).claims.map((c) => c.links.textFragment);
    expect(new Set(frags)).toEqual(new Set([':~:text=We%20will%20win']));
  });

  it('repeated passages get prefix or suffix context, and differ', () => {
    const r = analyze(pages[0][1]);
    const frags = r.claims.filter((c) => c.text.includes('We will win')).map((c) => c.links.textFragment);
    expect(frags).toHaveLength(2);
    expect(new Set(frags).size).toBe(2);
    expect(frags.every((f) => /-,|,-/.test(f))).toBe(true);
  });
});

// The page folded one character at a time, as the text-fragment spec compares text: what fragmentPage
// computes faster by lowering the page whole where that gives the same characters.
function foldedOneByOne(text: string): { folded: string; at: number[] } {
  let folded = '';
  const at: number[] = [];
  let space = false;
  for (const ch of text.split('')) {
    at.push(folded.length);
    if (/\s/.test(ch)) {
      if (!space) folded += ' ';
      space = true;
    } else {
      folded += ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
      space = false;
    }
  }
  at.push(folded.length);
  return { folded, at };
}

describe('fragmentPage folds case and whitespace one character at a time', () => {
  const chars = fc.constantFrom(...'aB .,\t\n\r\u00a0\u2028\u3000\ufeff\u2060\u200b\u0085\u0130\u0131Ii\u03a3\u03c3\u00c9\u00df\u1e9e\ud801\udc00'.split(''));
  it.each([
    ['a final sigma, which a whole-string lowering would make \u03c2', 'ΟΔΟΣ \u03a3'],
    ['a dotted capital I, two units in lower case', '\u0130stanbul'],
    ['an astral capital, lowered whole but not by halves', 'x \ud801\udc00 y'],
    ['runs of mixed whitespace', 'a \t\n b\u00a0\u00a0c \u3000'],
  ])('%s', (_, text) => {
    const page = fragmentPage(text)!;
    expect({ folded: page.folded, at: [...page.at] }).toEqual(foldedOneByOne(text));
  });
  it('on random text', () => {
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        const page = fragmentPage(text)!;
        expect({ folded: page.folded, at: [...page.at] }).toEqual(foldedOneByOne(text));
      }),
      { numRuns: 3000 },
    );
  });
});
