import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

// Bylines and datelines as wire copy and pages write them: who wrote it, and which agency.
const cases: [name: string, input: string, byline: string[] | null, wire: string | null][] = [
  ['people and an agency', 'Budget talks stall\n\nBy Jane Doe and John Roe, Reuters\n\nTalks stalled on Friday, officials said.', ['Jane Doe', 'John Roe'], 'Reuters'],
  ['an agency alone, as a Markdown link', 'Budget talks stall\n\nBy [AFP](#)\n\nTalks stalled on Friday, officials said.', ['AFP'], 'Agence France-Presse'],
  ['a dateline names the agency', 'Budget talks stall\n\nWASHINGTON (Reuters) - Talks stalled on Friday, officials said.', null, 'Reuters'],
  ['a dateline with a date', 'Budget talks stall\n\nMOSCOW, Feb 23 (AFP) - Talks stalled on Friday, officials said.', null, 'Agence France-Presse'],
  ['a page byline with an agency', '<html><body><article><h1>Budget talks stall</h1><p class="byline">By Jane Doe, Associated Press</p><p>"We are ready," Peskov said on Friday.</p></article></body></html>', ['Jane Doe'], 'Associated Press'],
  [
    'a page whose author is its publisher',
    '<html><head><meta property="og:site_name" content="The Capital Herald"><script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"Live","author":{"@type":"Organization","name":"The Capital Herald"}}</script></head><body><article><p>"We are ready," Peskov said on Friday.</p></article></body></html>',
    null,
    null,
  ],
  ['a page whose JSON-LD author is an agency', '<html><head><script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Organization","name":"Reuters"}]}</script></head><body><article><p>"We are ready," Peskov said on Friday.</p></article></body></html>', ['Reuters'], 'Reuters'],
];

describe('bylines and wire agencies', () => {
  it.each(cases)('%s', (_, input, byline, wire) => {
    const d = analyze(input).document;
    expect(d.byline?.value ?? null).toEqual(byline);
    expect(d.wire?.value.name ?? null).toBe(wire);
  });
});

describe('page metadata and content', () => {
  it("the caller's metadata wins over the page's", () => {
    const page = '<html><head><link rel="canonical" href="https://a.example/x"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-01","inLanguage":"fr"}</script></head><body><article><p>"We are ready," Peskov said on Friday.</p></article></body></html>';
    const d = analyze(page, { url: 'https://b.example/y', publishedDate: '2024-02-23', language: 'en' }).document;
    expect([d.canonicalUrl?.value, d.canonicalUrl?.origin]).toEqual(['https://b.example/y', 'caller']);
    expect([d.publishedDate?.value, d.publishedDate?.origin]).toEqual(['2024-02-23', 'caller']);
    expect([d.language?.value, d.language?.origin]).toEqual(['en', 'caller']);
  });

  it('a page that shows no text is read from its JSON-LD articleBody, spans inside the JSON string', () => {
    const page = '<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Port reopens","articleBody":"The port reopened on Monday.\\n\\n\\"We are back,\\" port director Ann Lee said on Monday."}</script></head><body><div id="app"></div></body></html>';
    const r = analyze(page);
    const q = r.quotes.find((x) => x.kind === 'direct')!;
    expect(q.content.plain?.text).toBe('"We are back,"');
    expect(page.slice(q.content.start, q.content.end)).toBe(q.content.text);
    expect(q.content.text).toBe('\\"We are back,\\"');
    expect(r.speakers.map((s) => s.name)).toContain('Ann Lee');
  });
});
