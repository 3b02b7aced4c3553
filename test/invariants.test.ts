import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, AnalysisSchema, InputTooLargeError, InvalidOptionsError } from '../src/index.js';

const MARKS = ['"', "'", '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb', '\u201e', '\u201a', '\u2039', '\u203a'];
const pieces = fc.oneof(
  fc.constantFrom(...MARKS),
  fc.constantFrom(' said ', ' told ', ' Jane Roe', ' he', ', ', '. ', '\n\n', ': ', ' according to ', ' \u2014 ', "don't", ' the Kremlin'),
  // Names Object.prototype holds: a lookup in a plain object would find them.
  fc.constantFrom(' constructor', ' toString', ' __proto__', ' hasOwnProperty'),
  fc.string({ maxLength: 8 }),
);
const articleLike = fc.array(pieces, { maxLength: 60 }).map((xs) => xs.join(''));

// Inputs: article-like token soup, random Unicode (astral and control characters included), quotation
// mark soup, our example article mutated at random, and HTML-like markup. 10,000+ cases in all.
const anyUnicode = fc
  .array(fc.oneof(fc.constantFrom('\u0000', '\u200b', '\u202e', '\u0301', '\ud83d\ude00', ' ', '\n', ...MARKS), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 })), { maxLength: 80 })
  .map((xs) => xs.join(''));
const markSoup = fc.array(fc.oneof(fc.constantFrom(...MARKS), fc.constantFrom(' ', 'a', '.', '\n', '\n\n', ', he said', ': ')), { maxLength: 80 }).map((xs) => xs.join(''));
const example = readFileSync(resolve(__dirname, '../examples/article.md'), 'utf8');
const mutation = fc.record({ at: fc.nat(), len: fc.nat({ max: 40 }), insert: fc.oneof(fc.constantFrom(...MARKS), fc.string({ maxLength: 6 }), fc.constant('\n\n')) });
const mutated = fc.array(mutation, { minLength: 1, maxLength: 8 }).map((ms) =>
  ms.reduce((t, m) => {
    const at = m.at % (t.length + 1);
    return t.slice(0, at) + m.insert + t.slice(at + m.len);
  }, example),
);
const htmlLike = fc
  .array(fc.oneof(fc.constantFrom('<p>', '</p>', '<em>', '</em>', '<a href="x">', '</a>', '<br>', '&amp;', '&quot;', '&#8220;', '<script>"x"</script>', '<div>', '<div ', '<a href'), pieces), { maxLength: 50 })
  .map((xs) => xs.join(''));

// Sentences of attribution words in random order: names, pronouns, cue verbs and the words a cue
// takes after it (a preposition, a stance noun, a manner adverb), quotations and punctuation.
const attributionSoup = fc
  .array(
    fc.oneof(
      fc.constantFrom(' Jane Roe', ' Roe', ' Tom Hale', ' the Kremlin', ' the minister', ' He', ' She', ' they', ' his'),
      fc.constantFrom(' said', ' told reporters', ' added', ' replied to', ' expressed concern about', ' according to', ' that', ' and', ' sarcastically', ' on Monday', ' on Twitter', ' is expected to', ' asked whether'),
      fc.constantFrom('.', '?', ',', ':', ' "We will win,"', ' “No.”', '\n\n', ' —', ' ('),
    ),
    { minLength: 2, maxLength: 30 },
  )
  .map((xs) => xs.join(''));

function checkSpans(text: string, spanModel = false) {
  const r = analyze(text, { spanModel });
  const spans = [
    ...r.quotes.flatMap((q) => [q.content, ...q.segments, ...q.quoted, q.cue, q.source, q.addressee, q.venue?.span, q.date?.span]),
    ...r.speakers.flatMap((s) => s.mentions.map((m) => m.span)),
    ...r.claims.flatMap((c) => [c.spans.content, ...(c.speaker?.mentions ?? [])]),
    ...r.diagnostics.map((d) => d.span),
  ].filter((s): s is NonNullable<typeof s> => !!s);
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.start).toBeLessThanOrEqual(s.end);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
  for (const q of r.quotes) {
    for (const c of [q.confidence, q.speakerConfidence, q.contentConfidence, q.venue?.confidence ?? 0]) {
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(1);
    }
    for (let i = 1; i < q.segments.length; i++) expect(q.segments[i].start).toBeGreaterThanOrEqual(q.segments[i - 1].end);
    // A statement never contains its own attribution, and its source and cue share no character.
    for (const own of [q.cue, q.source].filter((x): x is NonNullable<typeof x> => !!x))
      for (const g of q.segments) expect(own.end <= g.start || own.start >= g.end).toBe(true);
    if (q.cue && q.source) expect(q.cue.end <= q.source.start || q.source.end <= q.cue.start).toBe(true);
  }
  // One statement for each content, and a statement's content holds a word.
  const statements = r.quotes.filter((q) => q.kind === 'direct' || q.kind === 'partial' || q.kind === 'indirect');
  const contents = statements.map((q) => `${q.content.start},${q.content.end}`);
  expect(new Set(contents).size).toBe(contents.length);
  for (const q of statements) expect(q.content.text).toMatch(/[\p{L}\p{N}]/u);
  return r;
}

describe('invariants on generated input', () => {
  it.each([
    ['article-like token soup', articleLike, 3500],
    ['random Unicode with astral and control characters', anyUnicode, 2000],
    ['quotation mark soup', markSoup, 2000],
    ['the example article, mutated', mutated, 1500],
    ['HTML-like markup', htmlLike, 1000],
    ['attribution words in random order', attributionSoup, 1500],
  ] as const)('%s: never throws, spans slice back, confidences in [0,1], segments ordered, no own attribution inside', (_, gen, numRuns) => {
    fc.assert(fc.property(gen as fc.Arbitrary<string>, (t) => void checkSpans(t)), { numRuns, seed: 42 });
  });
  it.each([
    ['article-like token soup', articleLike, 1500],
    ['the example article, mutated', mutated, 500],
    ['HTML-like markup', htmlLike, 500],
    ['attribution words in random order', attributionSoup, 500],
  ] as const)('with the span model, %s: the same invariants', (_, gen, numRuns) => {
    fc.assert(fc.property(gen as fc.Arbitrary<string>, (t) => void checkSpans(t, true)), { numRuns, seed: 43 });
  });
  it('is deterministic (same output, same ids) and matches its schema', () => {
    fc.assert(
      fc.property(fc.oneof(articleLike, mutated), (t) => {
        const a = analyze(t);
        expect(analyze(t)).toEqual(a);
        expect(AnalysisSchema.safeParse(a).success).toBe(true);
      }),
      { numRuns: 300, seed: 7 },
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

describe('untrusted records cannot pollute prototypes', () => {
  it('an options object parsed from JSON with __proto__ or constructor keys is rejected, not merged', () => {
    for (const json of ['{"__proto__": {"polluted": true}}', '{"constructor": {"prototype": {"polluted": true}}}']) {
      expect(() => analyze('"Hi," Ann said.', JSON.parse(json))).toThrow(InvalidOptionsError);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
});

describe('a frame whose content is punctuation alone is no statement', () => {
  // Once a TypeError: the cue took the words after it ("to", "concern about") and left only the stop.
  it.each([' Jane Roe said. and and', 'Jane Roe expressed concern about. and', 'Jane Roe replied to. and'])('%s', (text) => {
    for (const spanModel of [false, true]) expect(analyze(text, { spanModel }).quotes).toEqual([]);
  });
  // Once a source span ending before it started: the mention finder dropped the connector it was made of.
  it('a connector alone before the verb ("De told reporters") is no speaker', () => {
    expect(checkSpans('De told reporters they will win.').quotes.every((q) => q.source === null)).toBe(true);
  });
  // Once a TypeError: the clause before "according to" was an empty piece.
  it('nothing before "according to" but a dash', () => {
    expect(analyze(' -- according to Jane Roe \u2014 is expected to').quotes.map((q) => q.content.text)).toEqual(['is expected to']);
  });
});

describe('one statement for each content', () => {
  // The rules read these sentences twice (from the subject and from the infinitive); the span model
  // brought both readings to the same words, and the statement came out twice.
  it.each([
    ['The spokeswoman declined to say whether the mayor would run again.', 'whether the mayor would run again'],
    ['Jane Roe refused to answer questions about the budget on Monday.', 'the budget'],
    ["Tom Hale is choosing not to respond to the union's claims that he lied.", 'that he lied'],
  ])('with the span model: %s', (text, content) => {
    const contents = checkSpans(text, true).quotes.map((q) => q.content.text);
    // The model may read the clause wider or narrower from one training to the next; it reads it once.
    expect(contents.filter((c) => c.includes(content))).toHaveLength(1);
    expect(new Set(contents).size).toBe(contents.length);
  });
});

describe('a statement says something', () => {
  // The span model's content here was a quotation mark alone; its cue ran into the rules' content that
  // replaced it. The rules' statement now stays whole.
  it('with the span model, a content of a mark alone leaves the rules\' statement whole', () => {
    const page = '<html><head><title>ROE: \u201c replied \u201c said:)</title></head><body><article><h1>ROE: \u201c replied \u201c said:)</h1><figure><img src="x.jpg"><figcaption>wrote Roe we will win! \' ( said:</figcaption></figure></article></body></html>';
    checkSpans(page, true);
  });
  it.each([['"", he said.'], ['\u201a\u2019 said Roe.'], ['Roe said: "...".']])('no statement from punctuation alone: %s', (text) => {
    for (const spanModel of [false, true]) expect(checkSpans(text, spanModel).quotes.filter((q) => q.kind === 'direct' || q.kind === 'partial' || q.kind === 'indirect')).toEqual([]);
  });
});
