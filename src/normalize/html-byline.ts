// Who wrote the page, from its markup, in the order of trust a reader would use: microdata and
// rel=author first, then elements whose class or id says byline or author, then a script's page data.
// (JSON-LD and <meta> author tags are read with the rest of the metadata, in html-meta.ts.)
import type { HtmlMeta, MetaOrigin } from './html-meta.js';
import { setMeta } from './html-meta.js';
import { parseDate } from '../text/dates.js';

const BYLINE_CLASS = /(?<![a-z0-9])(by-?line|byline-?name|byauthor|author|authors|author-?name|article-?author|writtenby|written-?by|contributor|contributors)(?![a-z0-9])/i;
/** Parts of a byline that are not the name: its date, the author's picture, bio and social links. */
const NOT_NAME_CLASS = /(?<![a-z0-9])(date|by-?date|time|timestamp|published|updated|dateline|bio|avatar|image|img|photo|social|follow|twitter|email)(?![a-z0-9])/i;
const AUTHOR_URL = /\/(?:author|authors|writer|writers|by|staff|people|contributor|contributors|profile|profiles|journalist|journalists)\/[^/?#]+\/?(?:[?#].*)?$/i;
const PAGE_DATA_AUTHOR = /["']?\b(?:author|authors|authorName|author_name)["']?\s*[:=]\s*(\[[^\]]{1,400}\]|"[^"\n]{1,120}"|'[^'\n]{1,120}')/g;

interface Open {
  depth: number;
  origin: MetaOrigin;
  parts: string[];
  /** Text of a nested itemprop="name": a microdata author's name, without its job title. */
  nameParts: string[];
}

const DATE_CLASS = /(?<![a-z0-9])(date|by-?date|pub-?date|dateline|timestamp|published|updated|modified|time)(?![a-z0-9])/i;

/** Collects byline candidates, and the dates shown beside them, while the page is parsed (see parseHtml). */
export class BylineCollector {
  private open: Open[] = [];
  private dateOpen: { depth: number; parts: string[]; datetime: string | null } | null = null;
  private skipDepth = 0;
  private nameDepth = 0;
  private readonly found: { origin: MetaOrigin; text: string }[] = [];
  readonly dates: { kind: 'published' | 'modified'; value: string; origin: MetaOrigin }[] = [];

  /** An element opens at `depth` (its parent's depth + 1); `hidden` when it is furniture or hidden. */
  openTag(name: string, a: Record<string, string>, depth: number, hidden: boolean): void {
    const prop = (a.itemprop ?? '').toLowerCase();
    if (prop === 'datepublished' || prop === 'datemodified') {
      const v = a.content ?? a.datetime;
      if (v) this.dates.push({ kind: prop === 'datepublished' ? 'published' : 'modified', value: v, origin: 'microdata' });
    }
    if (hidden) return;
    const inByline = this.open.length > 0;
    if (!this.dateOpen && ((name === 'time' && inByline) || DATE_CLASS.test(`${a.class ?? ''} ${a.id ?? ''}`))) this.dateOpen = { depth, parts: [], datetime: name === 'time' ? (a.datetime ?? null) : null };
    if (inByline && !this.skipDepth && (name === 'time' || name === 'img' || NOT_NAME_CLASS.test(`${a.class ?? ''} ${a.id ?? ''}`))) this.skipDepth = depth;
    if (inByline && prop === 'name' && !this.nameDepth) this.nameDepth = depth;
    const cls = `${a.class ?? ''} ${a.id ?? ''}`;
    const rel = /\bauthor\b/i.test(a.rel ?? '');
    const authorLink = name === 'a' && !!a.href && AUTHOR_URL.test(a.href);
    let origin: MetaOrigin | null = null;
    if (prop === 'author' || prop === 'creator') origin = 'microdata';
    else if (rel || authorLink) origin = 'author-link';
    else if (!inByline && BYLINE_CLASS.test(cls) && !NOT_NAME_CLASS.test(cls)) origin = 'byline-markup';
    if (origin) this.open.push({ depth, origin, parts: [], nameParts: [] });
  }

  text(data: string): void {
    if (this.dateOpen) this.dateOpen.parts.push(data);
    if (!this.open.length || this.skipDepth) return;
    for (const o of this.open) {
      o.parts.push(data);
      if (this.nameDepth) o.nameParts.push(data);
    }
  }

  /** The element at `depth` closes. */
  closeTag(depth: number): void {
    if (this.skipDepth && depth <= this.skipDepth) this.skipDepth = 0;
    if (this.dateOpen && depth <= this.dateOpen.depth) {
      // "Updated Dec 22, 2016 10:15 ET" is when it was modified; a bare date (or a <time>) when it was published.
      const text = this.dateOpen.parts.join('').replace(/\s+/g, ' ').trim();
      const kind = /\b(updated|modified)\b/i.test(text) ? 'modified' : 'published';
      const value = this.dateOpen.datetime ?? shownDate(text);
      if (value) this.dates.push({ kind, value, origin: 'byline-markup' });
      this.dateOpen = null;
    }
    while (this.open.length && this.open[this.open.length - 1].depth >= depth) {
      const o = this.open.pop()!;
      // A microdata author with no nested name is its own text.
      const text = (o.nameParts.length ? o.nameParts : o.parts).join('');
      if (text.trim()) this.found.push({ origin: o.origin, text });
    }
    if (this.nameDepth && depth <= this.nameDepth) this.nameDepth = 0;
  }

  /** A script that is not JSON-LD: page data such as `author: ["Jane Roe"]`. */
  script(text: string): void {
    for (const m of text.matchAll(PAGE_DATA_AUTHOR)) {
      const names = [...m[1].matchAll(/"([^"\\]{1,120})"|'([^'\\]{1,120})'/g)].map((x) => x[1] ?? x[2]);
      for (const n of names) this.found.push({ origin: 'page-script', text: n });
    }
  }

  /** Writes what was found into the page metadata: the best-trusted origin with names wins. */
  finish(meta: HtmlMeta): void {
    for (const origin of ['microdata', 'author-link', 'byline-markup', 'page-script'] as const) {
      const names = dedupe(this.found.filter((f) => f.origin === origin).flatMap((f) => splitAuthors(f.text)));
      if (names.length) setMeta(meta, 'authors', names, origin);
    }
    for (const d of this.dates) setMeta(meta, d.kind, d.value, d.origin);
  }
}

/** The date in a shown date line ("Published 22 Dec 2016, 10:15", "Updated: December 22, 2016"), as YYYY-MM-DD. */
function shownDate(text: string): string | null {
  const m = new RegExp(`\\d{1,2}\\s+${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}`, 'i').exec(text);
  return m ? parseDate(m[0]) : null;
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE_TEXT = new RegExp(`\\b(?:(?:updated|published|posted)\\s*:?\\s*)?(?:\\d{1,2}\\s+${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})(?:[,\\s]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?`, 'gi');
const NOT_A_NAME = /^(?:staff|admin|editor|editors|newsroom|the editors|guest|author|by|and|more|follow|share|contact)$/i;

/**
 * Names in a byline's text: "by" and dates removed, several authors kept apart ("A, B and C"),
 * capitals turned to name case, and what cannot be a name (a URL, a sentence) dropped.
 * @example
 * splitAuthors('By JANE ROE and John Doe | 22 Dec 2016'); // ['Jane Roe', 'John Doe']
 */
export function splitAuthors(text: string): string[] {
  const t = text
    .replace(/\s+/g, ' ')
    .replace(DATE_TEXT, ' | ')
    .replace(/^\s*(?:(?:written|posted|reported|story|words)\s+)?by\s*:?\s+/i, '')
    .replace(/\b(?:updated|published|posted)\s*:?\s*$/i, '');
  return t
    .split(/\s*(?:,|;|\||\/|•|·|\band\b|&|\bwith\b)\s*/i)
    .map((n) => n.replace(/^\s*by\s*:?\s+/i, '').replace(/^[\s\-–—:]+|[\s\-–—:.]+$/g, '').trim())
    .filter((n) => isName(n))
    .map(nameCase);
}

const NAME_WORD = /^[\p{L}'’.-]+$/u;
const CAPITALIZED = /^\p{Lu}/u;
const WORD_INITIAL = /(^|[\s'’-])(\p{L})/gu;
function isName(n: string): boolean {
  if (!n || NOT_A_NAME.test(n) || /https?:|www\.|@|\d/.test(n)) return false;
  const words = n.split(' ');
  return words.length <= 5 && words.every((w) => NAME_WORD.test(w)) && CAPITALIZED.test(n);
}

/** "JANE ROE" → "Jane Roe"; names already in mixed case ("McDonald", "DeSantis") stay as written. */
function nameCase(n: string): string {
  if (n !== n.toUpperCase()) return n;
  return n.toLowerCase().replace(WORD_INITIAL, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function dedupe(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = n.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
