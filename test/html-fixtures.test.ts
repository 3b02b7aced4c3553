import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { analyze, AnalysisSchema, type Analysis, type Span } from '../src/index.js';
import { select } from './helpers/text-fragments.js';

// Ten pages of our own, each in the shape a publishing system gives its pages. For each: the
// document fields, statements as [speaker, words of the content], text that must not be a
// statement (navigation, ads, comments, captions, scripts), and captions.
interface Fixture {
  file: string;
  meta: Partial<Record<'headline' | 'publisher' | 'wire' | 'published' | 'modified' | 'url' | 'language' | 'section', string>> & { byline?: string[] };
  statements: [speaker: string, words: string][];
  absent: string[];
  captions?: [text: string, credit: string | null][];
}

const fixtures: Fixture[] = [
  {
    file: 'wordpress.html',
    meta: { headline: 'Council approves riverside housing plan', byline: ['Maria Lopez'], publisher: 'The Lakeview Ledger', published: '2025-04-02', modified: '2025-04-02', url: 'https://lakeviewledger.example/2025/04/02/council-approves-riverside-housing-plan/', language: 'en-US', section: 'Local' },
    statements: [
      ['Priya Nair', 'This plan gives working families a real chance'],
      ['Opponents', 'the project would overwhelm local schools and roads'],
      ['Walter Briggs', 'traffic on River Road would double within five years'],
      ['Helen Cho', 'construction could begin next spring'],
    ],
    absent: ['Thanks', 'This is home', 'Read this', 'Finally some sense', 'We are ready', 'Local news matters'],
    captions: [['\u201cThis is home,\u201d reads a banner on the riverside lot. Photo: Dan Ortiz/The Lakeview Ledger', 'Photo: Dan Ortiz/The Lakeview Ledger']],
  },
  {
    file: 'arc-xp.html',
    meta: { headline: 'Port strike ends after 11 days', byline: ['Keisha Brown', 'Luis Fernandez'], publisher: 'The Bay Courier', published: '2025-06-09', modified: '2025-06-09', url: 'https://www.baycourier.example/business/2025/06/09/port-strike-ends/', language: 'en-US', section: 'Business' },
    statements: [
      ['Rosa Delgado', 'Our members held the line'],
      ['association', 'the agreement raises wages by 14 percent'],
      ['Tom Reyes', 'the port had lost about $40 million a day'],
    ],
    absent: ['We won', 'Buy a boat', 'No deal yet'],
    captions: [['Cranes stood idle at the port during the strike. (Ana Soto/The Bay Courier)', '(Ana Soto/The Bay Courier)']],
  },
  {
    file: 'wire.html',
    meta: { headline: "Chile's central bank holds rates, signals cuts later this year", byline: ['Natalia Ramos'], wire: 'Reuters', publisher: 'Reuters', published: '2025-03-18', url: 'https://www.reuters.com/markets/rates-bonds/chiles-central-bank-holds-rates-2025-03-18/', language: 'en' },
    statements: [
      ['central bank', 'it could resume cuts in the second half of the year'],
      ["bank's board", 'inflation had fallen faster than it forecast'],
      ['bank', 'The board will evaluate further reductions'],
      ['Carla Ibarra', 'the government expected growth of about 2.5% this year'],
    ],
    absent: ['Rates will stay high', 'Trust Principles', 'delayed'],
  },
  {
    file: 'amp.html',
    meta: { headline: 'Rail fares to rise 4.6% in March', byline: ['Oliver Grant'], publisher: 'The Northern Post', published: '2025-01-14', modified: '2025-01-14', url: 'https://www.northernpost.example/news/rail-fares-rise-march', language: 'en-GB' },
    statements: [
      ['Fiona Marsh', 'We know every penny counts for passengers'],
      ['Fair Fares', 'the increase would push more commuters back into their cars'],
    ],
    absent: ['Subscribe today', 'Great deals'],
  },
  {
    file: 'og-only.html',
    meta: { headline: 'Hospital wait times fall for third month', byline: ['Sam Whitfield'], publisher: 'Valley Gazette', published: '2025-09-30', url: 'https://valleygazette.example/health/hospital-wait-times-fall', language: 'en-CA', section: 'Health' },
    statements: [
      ['authority', 'The median wait dropped to 3.1 hours'],
      ['Amara Okafor', 'The extra evening shifts are working'],
      ['Dev Patel', 'staff were still working long hours'],
    ],
    absent: ['Storm is coming', 'Contact us'],
  },
  {
    file: 'jsonld-graph.html',
    meta: { headline: 'Drought relief package announced for farmers', byline: ['Jack Kowalski'], publisher: 'Outback Times', published: '2025-02-11', modified: '2025-02-11', url: 'https://outbacktimes.example/rural/drought-relief/', language: 'en-AU', section: 'Rural' },
    statements: [
      ['Ruth Calloway', 'The federal government will spend $1.2 billion'],
      ['Ruth Calloway', 'No farming family should have to walk off the land'],
      ['National Farmers\u2019 Federation', 'the package was welcome but late'],
    ],
    absent: ['All rights reserved'],
  },
  {
    file: 'liveblog.html',
    meta: { headline: 'Election night live: results as they come in', publisher: 'The Capital Herald', published: '2025-05-03', url: 'https://capitalherald.example/politics/live/election-night' },
    statements: [
      ['Mark Dutton', 'The people have spoken'],
      ['Grace Liu', 'the early figures showed a swing of about three points'],
      ['Grace Liu', 'If that holds, this is a comfortable win'],
      ['Australian Electoral Commission', 'counting had begun in all 150 seats'],
    ],
    absent: ['Too close to call', 'Share this post'],
  },
  {
    file: 'comments.html',
    meta: { headline: 'School district cancels four-day week pilot', byline: ['Beth Ames'], publisher: 'Prairie Journal', published: '2025-10-21', url: 'https://prairiejournal.example/education/four-day-week-cancelled' },
    statements: [
      ['Linda Morales', 'The data did not support continuing'],
      ['Ray Castillo', 'the board had ignored surveys'],
    ],
    absent: ['Fridays off', 'Nothing to worry about', 'Load more', 'scores were fine'],
  },
  {
    file: 'split-quotes.html',
    meta: { headline: 'Transit agency rules out fare increase', publisher: 'Metro Daily', published: '2025-08-05', url: 'https://metrodaily.example/transit/no-fare-increase' },
    statements: [
      ['Omar Haddad', 'We will not raise the base fare this year'],
      ['Omar Haddad', 'waste in our own offices'],
      ['Omar Haddad', 'Riders have carried enough of this burden. It is our turn now'],
      ['Omar Haddad', 'The numbers are tight, but they work. \u201cWe found the savings without touching service.'],
      ['Alice Wong', 'she would support the plan'],
    ],
    absent: [],
  },
  {
    file: 'malformed.html',
    meta: { headline: 'Flood barriers hold as river crests', byline: ['Tomas Berg'], publisher: 'River City News' },
    statements: [
      ['Paula Lind', 'the new barriers held'],
      ['Paula Lind', 'The barriers did exactly what they were built to do'],
      ['Jonas Weber', 'the next 48 hours matter most'],
    ],
    absent: ['Fake', 'About'],
  },
];

/** The text of an HTML fragment as a reader sees it: tags dropped, entities decoded, spaces collapsed. */
function readable(html: string): string {
  const parts: string[] = [];
  const p = new Parser({ ontext: (t) => parts.push(t), onopentag: (n) => n === 'br' && parts.push(' ') }, { decodeEntities: true });
  p.write(html);
  p.end();
  return collapse(parts.join(''));
}
const collapse = (s: string) => s.replace(/[\s\u2060]+/g, ' ').trim();

function spansOf(r: Analysis): Span[] {
  const out: Span[] = [];
  const visit = (v: unknown): void => {
    if (!v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach(visit);
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.text === 'string') out.push(o as unknown as Span);
    else for (const k in o) visit(o[k]);
  };
  visit(r.quotes);
  visit(r.claims);
  visit(r.speakers);
  return out;
}

describe.each(fixtures)('$file', (f) => {
  const html = readFileSync(resolve(__dirname, 'fixtures/html', f.file), 'utf8');
  const r = analyze(html);
  const d = r.document;

  it('is read as HTML and its result is schema-valid', () => {
    expect(d.format).toBe('html');
    expect(() => AnalysisSchema.parse(r)).not.toThrow();
  });

  it('document metadata', () => {
    const got = {
      headline: d.headline?.value,
      byline: d.byline?.value,
      publisher: d.publisher?.value.name,
      wire: d.wire?.value.name,
      published: d.publishedDate?.value,
      modified: d.modifiedDate?.value,
      url: d.canonicalUrl?.value,
      language: d.language?.value,
      section: d.section?.value,
    };
    for (const [k, v] of Object.entries(f.meta)) expect(got[k as keyof typeof got], k).toEqual(v);
  });

  it('statements and speakers', () => {
    const said = r.claims.map((c) => [c.speaker?.name ?? '', collapse(c.text)]);
    for (const [who, words] of f.statements) {
      const hit = said.find(([name, text]) => name.includes(who) && text.includes(words));
      expect(hit, `${who}: ${words}\n${said.map((s) => s.join(' | ')).join('\n')}`).toBeTruthy();
    }
  });

  it('navigation, ads, comments, captions and scripts are not statements', () => {
    const texts = [...r.quotes.map((q) => q.content.text), ...(d.plainText ? [d.plainText] : [])].join('\n');
    for (const a of f.absent) expect(texts).not.toContain(a);
  });

  it('captions are a field of their own', () => {
    expect(d.captions.map((c) => [c.text, c.credit ? readable(c.credit.text) : null])).toEqual(f.captions ?? []);
  });

  it('every span slices back from the HTML, and its plain offsets give the same text without markup', () => {
    const spans = spansOf(r);
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) {
      expect(html.slice(s.start, s.end)).toBe(s.text);
      expect(s.plain, JSON.stringify(s)).toBeDefined();
      expect(d.plainText!.slice(s.plain!.start, s.plain!.end)).toBe(s.plain!.text);
      expect(collapse(s.plain!.text)).toBe(readable(s.text));
    }
  });

  it('the page and its extracted text give the same statements and speakers', () => {
    const t = analyze(d.plainText!, { format: 'text' });
    const view = (x: Analysis) => x.claims.map((c) => [c.kind, collapse(c.text), c.speaker?.name ?? null, c.cue]);
    expect(view(r)).toEqual(view(t));
    expect(r.speakers.map((s) => s.name).sort()).toEqual(t.speakers.map((s) => s.name).sort());
  });

  it('every deep link selects exactly its passage in the page text', () => {
    for (const c of r.claims) {
      const hits = select(d.plainText!, c.links.textFragment);
      expect(hits, c.links.textFragment).toHaveLength(1);
      const at = hits[0];
      const folded = d.plainText!.toLowerCase().replace(/\s+/g, ' ');
      expect(folded.slice(at, at + 20)).toBe(collapse(c.text).toLowerCase().replace(/^["\u201c\u2018]/, '').slice(0, 20));
      if (d.canonicalUrl) expect(c.links.deepLink).toBe(`${d.canonicalUrl.value}#${c.links.textFragment}`);
    }
  });
});
