// Bylines and dates in the shapes news sites mark them up (issue #16): pages we write ourselves.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { splitAuthors } from '../src/normalize/html-byline.js';
import { isoTimestamp } from '../src/text/dates.js';

const BODY = '<p>"We will build the bridge," Mayor Ana Ruiz said on Tuesday.</p><p>The council will vote on the plan next month, officials said.</p>';
const page = (head: string, top: string, extra = '') =>
  `<!doctype html><html lang="en"><head><title>Bridge plan | Example News</title>${head}</head><body><nav><a href="/">Home</a></nav><article><h1>City backs the bridge plan</h1>${top}${BODY}</article>${extra}</body></html>`;

const TEASERS = '<aside class="related"><div class="teaser"><a href="/author/other-person">Other Person</a><p class="byline">By Other Person</p></div></aside><section class="recommended"><p class="byline">By Someone Else</p></section>';

const cases: { name: string; html: string; byline: string[] | null; origin?: string; published?: string; timestamp?: string; modified?: string; wire?: string }[] = [
  {
    name: 'a byline paragraph with "by", an author link and a date span',
    html: page('', '<p class="byline"><span class="by">by</span> <a class="byauthor" href="/author/jane-roe">Jane Roe</a><span class="bydate">22 Dec 2016</span></p>'),
    byline: ['Jane Roe'],
    published: '2016-12-22',
  },
  {
    name: 'a link to the writer page, repeated on the page',
    html: page('', '<div class="meta"><a href="https://news.example/writer/john_doe/" data-x="1">John Doe</a></div>', '<footer><a href="https://news.example/writer/john_doe/">John Doe</a></footer>'),
    byline: ['John Doe'],
    origin: 'author-link',
  },
  {
    name: 'an author-name element in capitals',
    html: page('', '<div class="author-name c-bold">MARIA GARCIA</div>'),
    byline: ['Maria Garcia'],
    origin: 'byline-markup',
  },
  {
    name: "only a script's page data",
    html: page('<script>window.pageData = { section: "city", author: ["Ann Lee"], id: 4 };</script>', ''),
    byline: ['Ann Lee'],
    origin: 'page-script',
  },
  { name: 'parsely-author meta', html: page('<meta name="parsely-author" content="Tom Hale">', ''), byline: ['Tom Hale'], origin: 'html-meta' },
  { name: 'sailthru.author meta, two authors', html: page('<meta name="sailthru.author" content="Tom Hale, Rosa Diaz">', ''), byline: ['Tom Hale', 'Rosa Diaz'] },
  { name: 'dcterms.creator meta', html: page('<meta name="dcterms.creator" content="Lena Ortiz">', ''), byline: ['Lena Ortiz'] },
  { name: 'rel="author"', html: page('', '<span>Story by <a rel="author" href="/u/17">Priya Nair</a></span>'), byline: ['Priya Nair'], origin: 'author-link' },
  {
    name: 'microdata author with a nested name and a job title',
    html: page('', '<div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Daniel Reyes</span>, <span itemprop="jobTitle">City Reporter</span></div>'),
    byline: ['Daniel Reyes'],
    origin: 'microdata',
  },
  { name: 'JSON-LD author as a string', html: page('<script type="application/ld+json">{"@type":"NewsArticle","headline":"City backs the bridge plan","author":"Ruth Kim"}</script>', ''), byline: ['Ruth Kim'], origin: 'json-ld' },
  { name: 'JSON-LD author as an object', html: page('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ruth Kim"}}</script>', ''), byline: ['Ruth Kim'] },
  { name: 'JSON-LD authors as an array', html: page('<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ruth Kim"},"Omar Said"]}</script>', ''), byline: ['Ruth Kim', 'Omar Said'] },
  {
    name: 'JSON-LD author by @id reference',
    html: page('<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":{"@id":"#p1"}},{"@type":"Person","@id":"#p1","name":"Ruth Kim"}]}</script>', ''),
    byline: ['Ruth Kim'],
  },
  { name: 'a text byline with two authors', html: page('', '<p>By Jane Roe and John Doe</p>'), byline: ['Jane Roe', 'John Doe'] },
  {
    name: "Open Graph naming someone else loses to the page's byline",
    html: page('<meta property="article:author" content="Site Founder">', '<p class="byline">By <span>Jane Roe</span></p>'),
    byline: ['Jane Roe'],
  },
  { name: 'a profile URL in article:author is not a name', html: page('<meta property="article:author" content="https://facebook.example/janeroe">', ''), byline: null },
  { name: "teasers of other stories lend no author", html: page('', '<div class="byline">By Jane Roe</div>', TEASERS), byline: ['Jane Roe'] },
  { name: 'an agency in the byline is the wire', html: page('', '<div class="byline">By Jane Roe and Reuters</div>'), byline: ['Jane Roe'], wire: 'Reuters' },
  {
    name: 'a <time> in the byline, with its zone, and an "Updated" line',
    html: page('', '<div class="byline">By Jane Roe <time datetime="2016-12-22T10:15:00-05:00">Dec 22, 2016</time></div><p class="updated">Updated Dec 23, 2016, 8:00 a.m.</p>'),
    byline: ['Jane Roe'],
    published: '2016-12-22',
    timestamp: '2016-12-22T10:15:00-05:00',
    modified: '2016-12-23',
  },
  {
    name: 'microdata datePublished and dateModified',
    html: page('', '<meta itemprop="datePublished" content="2017-03-01T09:00:00Z"><meta itemprop="dateModified" content="2017-03-02"><p class="byline">By Jane Roe</p>'),
    byline: ['Jane Roe'],
    published: '2017-03-01',
    timestamp: '2017-03-01T09:00:00Z',
    modified: '2017-03-02',
  },
  { name: 'parsely-pub-date meta', html: page('<meta name="parsely-pub-date" content="2018-05-04T12:30:00+0200">', ''), byline: null, published: '2018-05-04', timestamp: '2018-05-04T12:30:00+02:00' },
  { name: 'sailthru.date meta', html: page('<meta name="sailthru.date" content="2018-05-04">', ''), byline: null, published: '2018-05-04' },
];

describe('bylines and dates from markup', () => {
  it.each(cases)('$name', (c) => {
    const r = analyze(c.html, { format: 'html' });
    expect(r.document.byline?.value ?? null).toEqual(c.byline);
    if (c.origin) expect(r.document.byline?.origin).toBe(c.origin);
    if (c.published) expect(r.document.publishedDate?.value).toBe(c.published);
    if (c.timestamp) expect(r.document.publishedDate?.timestamp).toBe(c.timestamp);
    if (c.modified) expect(r.document.modifiedDate?.value).toBe(c.modified);
    if (c.wire) expect(r.document.wire?.value.name).toBe(c.wire);
    // The body and its statement never change with the byline's shape.
    expect(r.claims.map((x) => x.speaker?.name)).toContain('Ana Ruiz');
  });
});

describe('author names cleaned', () => {
  it.each([
    ['By JANE ROE and John Doe | 22 Dec 2016', ['Jane Roe', 'John Doe']],
    ['by Jane Roe, Updated: December 23, 2016 10:15 ET', ['Jane Roe']],
    ['Jane Roe, John Doe & Ann Lee', ['Jane Roe', 'John Doe', 'Ann Lee']],
    ['https://example.com/author/jane', []],
    ['Staff', []],
    ['Ron DeSantis', ['Ron DeSantis']],
    ["SEAN O'NEILL", ["Sean O'Neill"]],
  ] as const)('%s', (text, names) => expect(splitAuthors(text)).toEqual(names));

  it.each([
    ['2016-12-22T10:15-0500', '2016-12-22T10:15:00-05:00'],
    ['2016-12-22T10:15:00.000Z', '2016-12-22T10:15:00Z'],
    ['2016-12-22', null],
    ['2016-12-22T10:15:00', null],
  ] as const)('timestamp %s', (text, iso) => expect(isoTimestamp(text)).toBe(iso));
});
