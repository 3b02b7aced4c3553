import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

// The Text Fragments spec's matching, reimplemented here on its own: parse the directive, then find
// every range of the (whitespace-collapsed, case-folded) page text that it selects.
function parse(fragment: string) {
  const body = fragment.replace(/^:~:text=/, '');
  const parts = body.split(',').map(decodeURIComponent);
  const prefix = parts[0].endsWith('-') ? parts.shift()!.slice(0, -1) : null;
  const suffix = parts[parts.length - 1].startsWith('-') ? parts.pop()!.slice(1) : null;
  return { prefix, start: parts[0], end: parts[1] ?? null, suffix };
}
const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
const wordEdge = (t: string, i: number) => i <= 0 || i >= t.length || !/[\p{L}\p{N}]/u.test(t[i - 1]) || !/[\p{L}\p{N}]/u.test(t[i]);
function select(page: string, fragment: string): number[] {
  const t = fold(page);
  const d = parse(fragment);
  const found: number[] = [];
  const start = fold(d.start);
  for (let s = t.indexOf(start); s >= 0; s = t.indexOf(start, s + 1)) {
    if (!wordEdge(t, s) || !wordEdge(t, s + start.length)) continue;
    if (d.prefix && !t.slice(0, s).trimEnd().endsWith(fold(d.prefix))) continue;
    let e = s + start.length;
    if (d.end) {
      const j = t.indexOf(fold(d.end), e);
      if (j < 0) continue;
      e = j + d.end.length;
    }
    if (d.suffix && !t.slice(e).trimStart().startsWith(fold(d.suffix))) continue;
    found.push(s);
  }
  return found;
}

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
