import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

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

  it('repeated passages get prefix or suffix context, and differ', () => {
    const r = analyze(pages[0][1]);
    const frags = r.claims.filter((c) => c.text.includes('We will win')).map((c) => c.links.textFragment);
    expect(frags).toHaveLength(2);
    expect(new Set(frags).size).toBe(2);
    expect(frags.every((f) => /-,|,-/.test(f))).toBe(true);
  });
});
