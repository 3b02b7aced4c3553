import type { Diagnostic, Span } from '../schema/common.js';
import type { DocumentInfo, FieldOrigin, Outlet } from '../schema/document.js';
import type { ResolvedOptions } from '../schema/options.js';
import { outletIndex, type OutletIndex } from '../lexicons/outlet-index.js';
import { isoTimestamp, parseDate } from '../text/dates.js';
import { span, trimmedSpan } from '../text/span.js';
import { classifyLines, type Line } from './layout.js';
import { type HtmlPage, looksLikeHtml, parseHtml } from './html.js';
import { plainText, type PlainText } from './plain-text.js';
import { looksLikeMarkdown, maskMarkdown } from './markdown.js';
import { firstAbove } from '../text/ranges.js';

/**
 * The input prepared for the later stages. `view` has the input's length and offsets; markup is
 * blanked to spaces in it, so an offset in the view is the same offset in the input.
 */
export interface Source {
  input: string;
  view: string;
  format: 'text' | 'markdown' | 'html';
  lines: Line[];
  /** Body ranges (lines that are article text, not headline, byline, captions, links). */
  body: { start: number; end: number }[];
  document: DocumentInfo;
  diagnostics: Diagnostic[];
  /** For HTML input, the way back to the page: `input` is then the page's text (`plain.text`). */
  page: { html: string; plain: PlainText } | null;
}

/**
 * Some newspapers (The New York Times' archive among them) write double quotes as two apostrophes:
 * ''Like this.'' The view turns each pair into a straight double mark and a word joiner, same length.
 */
function doubledApostrophes(view: string): string {
  // The mark takes the pair's outer character, so a quotation's span covers both apostrophes. Three
  // are a pair and a single mark nested in it: ''' opens '' then ', and closes ' then ''.
  return view.includes("''")
    ? view.replace(/(?<!')'''?(?!')/g, (run, at: number) => {
        const opens = at === 0 || /[\s([{\u2014\u2013-]/.test(view[at - 1]);
        const pair = opens ? '"\u2060' : '\u2060"';
        return run.length === 2 ? pair : opens ? `${pair}'` : `'${pair}`;
      })
    : view;
}

const WIRE_DATELINE = /^\s*([A-Z][A-Z .'-]{1,40}?)(?:,\s*([A-Z][a-z]{2,8}\.?\s+\d{1,2}))?\s*\(([A-Za-z][A-Za-z .&-]{0,30})\)\s*[-\u2014\u2013]+\s*/;

/** A date the page's markup gives: the day, and the instant when it has a time with its zone. */
function pageDate(v: { value: string; origin: FieldOrigin }): DocumentInfo['publishedDate'] {
  const d = parseDate(v.value);
  const timestamp = isoTimestamp(v.value);
  return d ? { value: d, origin: v.origin, span: null, ...(timestamp ? { timestamp } : {}) } : null;
}

/**
 * The byline of a page: its markup says who wrote it more surely than a line of text that starts
 * with "By"; an agency among the names is the wire, and the publisher named as author is no byline.
 */
function pageByline(
  fromText: DocumentInfo['byline'],
  wire: DocumentInfo['wire'],
  authors: { value: string[]; origin: FieldOrigin } | undefined,
  siteName: { value: string; origin: FieldOrigin } | null,
  outlets: OutletIndex,
): { byline: DocumentInfo['byline']; wire: DocumentInfo['wire'] } {
  let byline = fromText;
  if (authors?.value.length) {
    const sameAsText = byline && byline.value.join('|').toLowerCase() === authors.value.join('|').toLowerCase();
    if (!sameAsText) byline = { value: authors.value, origin: authors.origin, span: null };
  }
  if (!byline || byline.origin === 'byline') return { byline, wire };
  // "By Jane Roe and Reuters": the agency is the wire, the people are the byline.
  const agency = byline.value.map((n) => outlets.byName(n)).find((o) => o?.kind === 'wire agency');
  if (agency && !wire) wire = { value: agency, origin: byline.origin, span: null };
  const people = byline.value.filter((n) => outlets.byName(n)?.kind !== 'wire agency');
  if (people.length) byline = { ...byline, value: people };
  // A publisher named as the author (live blogs, agency copy) is the publisher, not a byline.
  if (siteName) {
    const named = byline.value.filter((n) => n.toLowerCase() !== siteName.value.toLowerCase());
    byline = named.length ? { ...byline, value: named } : null;
  }
  return { byline, wire };
}

/**
 * Stage 1: detects the format, blanks markup, finds the layout and the document metadata.
 * An HTML page is parsed and the text it shows is what the later stages read (as plain text);
 * `Source.page` keeps the way back, and `analyze` maps every span onto the page at the end.
 */
export function normalize(input: string, options: ResolvedOptions): Source {
  const html = options.format === 'html' || (options.format === 'auto' && looksLikeHtml(input));
  if (!html) return normalizeText(input, options, null);
  const parsed = parseHtml(input);
  const plain = plainText(parsed.view, parsed.kinds);
  const h1 = parsed.h1 ? { start: plain.offsets[parsed.h1.start], end: plain.offsets[parsed.h1.end] } : null;
  // Links as the text path knows them (Markdown's), in plain-text offsets; those outside the article have none.
  const base = options.url ?? parsed.meta.canonical?.value;
  const links = parsed.anchors
    .map((a) => ({ start: plain.offsets[a.start], labelStart: plain.offsets[a.start], labelEnd: plain.offsets[a.end], url: absolute(a.href, base) }))
    .filter((l) => l.labelEnd > l.labelStart && l.url !== null) as { start: number; labelStart: number; labelEnd: number; url: string }[];
  const source = normalizeText(plain.text, { ...options, format: 'text' }, { parsed, h1, links });
  source.page = { html: input, plain };
  source.format = 'html';
  source.document.format = 'html';
  source.document.length = input.length;
  source.document.plainText = plain.text;
  source.document.captions = parsed.captions.map((c) => ({ span: span(input, c.start, c.end), text: c.text, credit: c.creditStart !== undefined ? trimmedSpan(input, input, c.creditStart, c.end) : null }));
  return source;
}

/** The line holding an offset, by binary search (lines are in text order): a page has hundreds of links. */
function lineAt(lines: readonly Line[], at: number): Line | undefined {
  const line = lines[firstAbove((i) => lines[i].end, 0, lines.length, at)];
  return line && line.start <= at ? line : undefined;
}

/** An href made absolute against the page's URL; null for script and anchor-only links. */
function absolute(href: string, base: string | undefined): string | null {
  if (/^\s*(javascript|data|mailto|tel):/i.test(href) || href.startsWith('#')) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return /^https?:\/\//.test(href) ? href : null;
  }
}

type PageInput = { parsed: HtmlPage; h1: { start: number; end: number } | null; links: { start: number; labelStart: number; labelEnd: number; url: string }[] };

/** The text and its lines, which the document's fields are read from. */
interface Layout {
  input: string;
  view: string;
  lines: Line[];
  outlets: OutletIndex;
}

/** The document's fields as the text, then the page, then the caller give them. */
interface Fields {
  headline: Span | null;
  headlineFromMeta: { value: string; origin: FieldOrigin } | null;
  siteName: { value: string; origin: FieldOrigin } | null;
  byline: DocumentInfo['byline'];
  wire: DocumentInfo['wire'];
  publishedDate: DocumentInfo['publishedDate'];
  modifiedDate: DocumentInfo['modifiedDate'];
  canonicalUrl: DocumentInfo['canonicalUrl'];
  language: DocumentInfo['language'];
  section: DocumentInfo['section'];
}

function normalizeText(input: string, options: ResolvedOptions, page: PageInput | null): Source {
  const markdown = !page && (options.format === 'markdown' || (options.format === 'auto' && looksLikeMarkdown(input)));
  const masked = markdown ? maskMarkdown(input) : { view: input, links: page?.links ?? [] };
  const view = doubledApostrophes(masked.view);
  const lines = classifyLines(input, view, input, !page);
  // On a page, the headline is the <h1>, not whatever line comes first (a live blog's first time stamp).
  const h1 = page?.h1;
  if (page) for (const l of lines) if (l.role === 'headline' && !(h1 && l.start < h1.end && h1.start < l.end)) l.role = 'body';
  const layout: Layout = { input, view, lines, outlets: outletIndex(options.outlets) };
  const fields = fieldsFromLines(layout, options);
  if (page) addPageFields(fields, page.parsed.meta, layout.outlets);
  addCallerFields(fields, options);
  const body = lines.filter((l) => l.role === 'body').map(({ start, end }) => ({ start, end }));
  const document: DocumentInfo = {
    length: input.length,
    format: markdown ? 'markdown' : 'text',
    headline: fields.headline
      ? { value: view.slice(fields.headline.start, fields.headline.end).replace(/[\s\u2060]+/g, ' ').trim(), origin: 'headline', span: fields.headline }
      : fields.headlineFromMeta
        ? { value: fields.headlineFromMeta.value, origin: fields.headlineFromMeta.origin, span: null }
        : null,
    byline: fields.byline,
    wire: fields.wire,
    publisher: publisherOf(fields, options, layout.outlets),
    publishedDate: fields.publishedDate,
    modifiedDate: fields.modifiedDate,
    canonicalUrl: fields.canonicalUrl,
    language: fields.language,
    section: fields.section,
    // A page's captions are not in its text: their spans are made on the page by `normalize`.
    captions: page ? [] : captionsOf(layout),
    links: linksOf(layout, masked.links),
    body: body.map((b) => span(input, b.start, b.end)) as Span[],
    plainText: null,
  };
  return { input, view, format: document.format, lines, body, document, diagnostics: [], page: null };
}

/** What the lines themselves say: the headline, the byline (and a wire agency in it), the date line, the URL line, a wire dateline. */
function fieldsFromLines(layout: Layout, options: ResolvedOptions): Fields {
  const { input, lines } = layout;
  const headlineLine = lines.find((l) => l.role === 'headline');
  const { byline, wire } = bylineOf(layout);
  const fields: Fields = {
    headline: headlineLine ? trimmedSpan(input, layout.view, headlineLine.start, headlineLine.end) : null,
    headlineFromMeta: null,
    siteName: null,
    byline,
    wire: wire ?? wireDateline(layout),
    publishedDate: dateLineOf(layout),
    modifiedDate: null,
    canonicalUrl: urlLineOf(layout),
    language: options.language ? { value: options.language, origin: 'caller', span: null } : null,
    section: null,
  };
  return fields;
}

/** "By Jane Doe and John Roe, Reuters": the agency is the wire, the people are the byline. */
function bylineOf({ input, view, lines, outlets }: Layout): { byline: DocumentInfo['byline']; wire: DocumentInfo['wire'] } {
  const bylineLine = lines.find((l) => l.role === 'byline');
  const s = bylineLine ? trimmedSpan(input, view, bylineLine.start, bylineLine.end) : null;
  if (!s) return { byline: null, wire: null };
  const offset = s.text.search(/by\s+/i) + (/by\s+/i.exec(s.text)?.[0].length ?? 3);
  const namesSpan = trimmedSpan(input, view, s.start + offset, s.end);
  if (!namesSpan) return { byline: null, wire: null };
  const names = view
    .slice(namesSpan.start, namesSpan.end)
    .split(/\s*(?:,|\band\b|&|\/)\s*/)
    .map((n) => n.trim())
    .filter(Boolean);
  let wire: DocumentInfo['wire'] = null;
  for (const n of names) {
    const o = outlets.byName(n);
    if (o?.kind === 'wire agency') {
      const idx = view.indexOf(n, namesSpan.start);
      wire = { value: o, origin: 'byline', span: idx >= 0 ? span(input, idx, idx + n.length) : namesSpan };
      break;
    }
  }
  const people = names.filter((n) => outlets.byName(n)?.kind !== 'wire agency');
  return { byline: { value: people.length ? people : names, origin: 'byline', span: namesSpan }, wire };
}

function dateLineOf({ input, view, lines }: Layout): DocumentInfo['publishedDate'] {
  const dateLine = lines.find((l) => l.role === 'date');
  const s = dateLine ? trimmedSpan(input, view, dateLine.start, dateLine.end) : null;
  return s ? { value: parseDate(view.slice(s.start, s.end))!, origin: 'dateline', span: s } : null;
}

function urlLineOf({ input, lines }: Layout): DocumentInfo['canonicalUrl'] {
  const urlLine = lines.find((l) => l.role === 'url');
  const s = urlLine ? trimmedSpan(input, input, urlLine.start, urlLine.end) : null;
  const m = s ? /https?:\/\/[^\s>]+/.exec(s.text) : null;
  return s && m ? { value: m[0], origin: 'url-line', span: span(input, s.start + m.index, s.start + m.index + m[0].length) } : null;
}

/** A wire dateline opening the body: "WASHINGTON (Reuters) -". */
function wireDateline({ input, view, lines, outlets }: Layout): DocumentInfo['wire'] {
  const firstBody = lines.find((l) => l.role === 'body');
  const m = firstBody ? WIRE_DATELINE.exec(view.slice(firstBody.start, firstBody.end)) : null;
  const o = m ? outlets.byName(m[3]) : null;
  if (!firstBody || !m || !o) return null;
  const idx = firstBody.start + m[0].indexOf(`(${m[3]})`) + 1;
  return { value: o, origin: 'dateline', span: span(input, idx, idx + m[3].length) };
}

/** What the page's head and JSON-LD say, where the text said nothing. */
function addPageFields(f: Fields, m: HtmlPage['meta'], outlets: OutletIndex): void {
  if (!f.headline && m.title) f.headlineFromMeta = m.title;
  const fromPage = m.published ? pageDate(m.published) : null;
  if (!f.publishedDate) f.publishedDate = fromPage;
  // The text's date line and the page's timestamp say the same day: keep the line's span, add the instant.
  else if (fromPage?.timestamp && fromPage.value === f.publishedDate.value) f.publishedDate = { ...f.publishedDate, timestamp: fromPage.timestamp };
  if (m.modified) f.modifiedDate = pageDate(m.modified);
  if (!f.canonicalUrl && m.canonical && /^https?:\/\//.test(m.canonical.value)) f.canonicalUrl = { value: m.canonical.value, origin: m.canonical.origin, span: null };
  if (m.siteName) f.siteName = m.siteName;
  ({ byline: f.byline, wire: f.wire } = pageByline(f.byline, f.wire, m.authors, f.siteName, outlets));
  f.language ??= m.language ? { value: m.language.value, origin: m.language.origin, span: null } : null;
  if (m.section) f.section = { value: m.section.value, origin: m.section.origin, span: null };
}

/** The caller's metadata wins over what the text says. */
function addCallerFields(f: Fields, options: ResolvedOptions): void {
  if (options.url) f.canonicalUrl = { value: options.url, origin: 'caller', span: null };
  if (options.publishedDate) f.publishedDate = { value: options.publishedDate, origin: 'caller', span: null };
  if (options.byline) f.byline = { value: [options.byline].flat(), origin: 'caller', span: null };
}

/** The publisher: the caller's, else the outlet of the URL's domain, else the page's site name. */
function publisherOf(f: Fields, options: ResolvedOptions, outlets: OutletIndex): DocumentInfo['publisher'] {
  if (options.publisher) {
    const p: Outlet =
      typeof options.publisher === 'string'
        ? (outlets.byName(options.publisher) ?? { name: options.publisher, kind: 'other', domains: [], aliases: [] })
        : options.publisher;
    return { value: p, origin: 'caller', span: null };
  }
  const byDomain = f.canonicalUrl ? outlets.byDomain(f.canonicalUrl.value) : null;
  if (f.canonicalUrl && byDomain) return { value: byDomain, origin: 'url-domain', span: f.canonicalUrl.span };
  if (f.siteName) return { value: outlets.byName(f.siteName.value) ?? { name: f.siteName.value, kind: 'other', domains: [], aliases: [] }, origin: f.siteName.origin, span: null };
  return null;
}

function captionsOf({ input, view, lines }: Layout): DocumentInfo['captions'] {
  return lines
    .filter((l) => l.role === 'caption')
    .map((l) => ({
      span: trimmedSpan(input, view, l.start, l.end)!,
      text: view.slice(l.start, l.end).replace(/[\s\u2060]+/g, ' ').trim(),
      credit: l.creditStart !== undefined ? trimmedSpan(input, view, l.creditStart, l.end) : null,
    }));
}

/** The text's links, and a "Related: ..." line without one as a link of its own. */
function linksOf({ input, view, lines }: Layout, masked: readonly { start: number; labelStart: number; labelEnd: number; url: string }[]): DocumentInfo['links'] {
  const links = masked.map((k) => {
    const line = lineAt(lines, k.start);
    return { span: span(input, k.labelStart, k.labelEnd), label: input.slice(k.labelStart, k.labelEnd), url: k.url === '#' ? null : k.url, related: line?.role === 'related' };
  });
  for (const l of lines.filter((x) => x.role === 'related')) {
    if (!links.some((k) => k.span.start >= l.start && k.span.end <= l.end)) {
      const s = trimmedSpan(input, view, l.start, l.end)!;
      links.push({ span: s, label: s.text.replace(/^[^:]*:\s*/, ''), url: null, related: true });
    }
  }
  return links;
}
