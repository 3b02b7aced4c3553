import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, AnalysisSchema, InputTooLargeError, InvalidOptionsError } from '../src/index.js';

const MARKS = ['"', "'", '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb', '\u201e', '\u201a', '\u2039', '\u203a'];
const pieces = fc.oneof(
  fc.constantFrom(...MARKS),
  fc.constantFrom(' said ', ' told ', ' Jane Roe', ' he', ', ', '. ', '\n\n', ': ', ' according to ', ' \u2014 ', "don't", ' the Kremlin'),
  fc.string({ maxLength: 8 }),
);
const articleLike = fc.array(pieces, { maxLength: 60 }).map((xs) => xs.join(''));

function checkSpans(text: string) {
  const r = analyze(text);
  const spans = [
    ...r.quotes.flatMap((q) => [q.content, ...q.segments, ...q.quoted, q.cue, q.source, q.addressee, q.venue?.span, q.date?.span]),
    ...r.speakers.flatMap((s) => s.mentions.map((m) => m.span)),
    ...r.diagnostics.map((d) => d.span),
  ].filter((s): s is NonNullable<typeof s> => !!s);
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
  for (const q of r.quotes) {
    expect(q.confidence).toBeGreaterThanOrEqual(0);
    expect(q.confidence).toBeLessThanOrEqual(1);
    for (let i = 1; i < q.segments.length; i++) expect(q.segments[i].start).toBeGreaterThanOrEqual(q.segments[i - 1].end);
  }
  return r;
}

describe('invariants on generated input', () => {
  it('never throws; spans slice back; confidences in [0,1]; segments ordered', () => {
    fc.assert(fc.property(articleLike, (t) => void checkSpans(t)), { numRuns: 1500 });
  });
  it('random unicode never throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (t) => void checkSpans(t)), { numRuns: 500 });
  });
  it('is deterministic and matches its schema', () => {
    fc.assert(
      fc.property(articleLike, (t) => {
        const a = analyze(t);
        expect(analyze(t)).toEqual(a);
        expect(AnalysisSchema.safeParse(a).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('misuse throws typed errors that name the fix', () => {
  it('bad options', () => {
    expect(() => analyze('x', { format: 'pdf' } as never)).toThrow(InvalidOptionsError);
    expect(() => analyze('x', { format: 'pdf' } as never)).toThrow(/option "format"/);
    expect(() => analyze('x', { colour: 1 } as never)).toThrow(/unknown option/);
    expect(() => analyze('x', { publishedDate: 'Friday' })).toThrow(/publishedDate/);
  });
  it('input over the limit', () => {
    expect(() => analyze('abcdef', { maxInputLength: 5 })).toThrow(InputTooLargeError);
    expect(() => analyze('abcdef', { maxInputLength: 5 })).toThrow(/maxInputLength/);
  });
});
