// The span model's range lookups against the scans they replaced, on generated ranges.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DisjointSpans, paragraphAt, quotedIn } from '../src/attribution/model/span-index.js';
import { Coverage } from '../src/text/ranges.js';
import type { Segmentation } from '../src/segment/index.js';

type Range = [number, number];
const overlaps = (a: Range, b: Range) => a[0] < b[1] && b[0] < a[1];
const range = fc.tuple(fc.nat(200), fc.nat(30)).map(([s, len]): Range => [s, s + len]);
/** Disjoint ranges in order, as the tagger's spans of one role are. */
const disjoint = fc.array(fc.tuple(fc.nat(10), fc.integer({ min: 1, max: 12 })), { maxLength: 30 }).map((steps) => {
  let at = 0;
  return steps.map(([gap, len]): { range: Range } => {
    const r: Range = [at + gap, at + gap + len];
    at = r[1];
    return { range: r };
  });
});

describe('span index', () => {
  it('DisjointSpans.overlapping finds what a filter over every span finds, in order', () => {
    fc.assert(
      fc.property(disjoint, range, (spans, r) => {
        expect(new DisjointSpans(spans).overlapping(r)).toEqual(spans.filter((s) => overlaps(s.range, r)));
      }),
      { numRuns: 2000, seed: 1 },
    );
  });

  it('Coverage.overlaps answers as comparing with every marked range would, empty ranges and ranges past its length included', () => {
    fc.assert(
      fc.property(fc.array(range, { maxLength: 20 }), fc.array(range, { maxLength: 10 }), (marked, asked) => {
        // Shorter than some ranges reach: those are compared one by one.
        const c = new Coverage(200);
        marked.forEach((r) => c.mark(r));
        for (const r of asked) expect(c.overlaps(r)).toBe(marked.some((m) => overlaps(m, r)));
      }),
      { numRuns: 2000, seed: 2 },
    );
  });

  it('quotedIn keeps the segments within a character of the content, in the order of the quotes', () => {
    const quotes = fc.array(fc.array(range, { minLength: 1, maxLength: 3 }), { maxLength: 8 });
    fc.assert(
      fc.property(quotes, range, (qs, content) => {
        const seg = { quotes: qs.map((gs) => ({ segments: gs.map(([start, end]) => ({ start, end })) })) } as unknown as Segmentation;
        const naive: Range[] = [];
        for (const q of qs) for (const g of q) if (g[0] >= content[0] - 1 && g[1] <= content[1] + 1) naive.push([g[0], g[1]]);
        expect(quotedIn(seg, content)).toEqual(naive);
      }),
      { numRuns: 2000, seed: 3 },
    );
  });

  it.each([
    [0, 0],
    [9, 0],
    [10, 0], // between paragraphs: none holds it, and the first stands in
    [12, 1],
    [29, 2],
    [40, 0],
  ])('paragraphAt(%i) is %i', (pos, want) => {
    const seg = { paragraphs: [{ start: 0, end: 10 }, { start: 12, end: 20 }, { start: 20, end: 30 }] } as unknown as Segmentation;
    expect(paragraphAt(seg, pos)).toBe(want);
    expect(paragraphAt(seg, pos)).toBe(Math.max(0, seg.paragraphs.findIndex((p) => p.start <= pos && pos < p.end)));
  });
});
