import { lookupTable } from '../text/lookup-table.js';
import { splitAuthors } from './html-byline.js';
// What a page says about itself: JSON-LD first (the publisher's structured data), then Open Graph and
// article:* tags, then plain <meta>, <link rel=canonical>, <time> and <html lang>. The first source to
// give a field keeps it, so the order of reading decides precedence, not the order in the page.

/**
 * Where a page field was read: JSON-LD, microdata (itemprop), an author link (rel=author, a link to an
 * author page), an element whose class or id says byline or author, Open Graph, plain <meta>, page-data scripts.
 */
export type MetaOrigin = 'json-ld' | 'microdata' | 'author-link' | 'byline-markup' | 'open-graph' | 'html-meta' | 'page-script';

/** A field read from the page, with where it came from. */
export interface MetaValue<T> {
  value: T;
  origin: MetaOrigin;
}

/** Metadata read from the page's head, JSON-LD and <time> elements. */
export interface HtmlMeta {
  title?: MetaValue<string>;
  siteName?: MetaValue<string>;
  canonical?: MetaValue<string>;
  published?: MetaValue<string>;
  modified?: MetaValue<string>;
  language?: MetaValue<string>;
  section?: MetaValue<string>;
  authors?: MetaValue<string[]>;
  /** Offsets in the page of the JSON string holding JSON-LD `articleBody` (between its quotes). */
  articleBody?: { start: number; end: number };
}

// The order of trust: structured data, then what the page shows as its byline, then the head's tags.
const RANK: Record<MetaOrigin, number> = { 'json-ld': 0, microdata: 1, 'author-link': 2, 'byline-markup': 3, 'open-graph': 4, 'html-meta': 5, 'page-script': 6 };

/** Sets a field unless a better-ranked source already gave it. */
export function setMeta<K extends Exclude<keyof HtmlMeta, 'articleBody'>>(meta: HtmlMeta, key: K, value: (HtmlMeta[K] extends MetaValue<infer T> | undefined ? T : never) | undefined, origin: MetaOrigin): void {
  if (value === undefined || value === null || (typeof value === 'string' && !value.trim())) return;
  const old = meta[key] as MetaValue<unknown> | undefined;
  if (old && RANK[old.origin] <= RANK[origin]) return;
  (meta as Record<string, MetaValue<unknown>>)[key] = { value: typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : Array.isArray(value) ? value.map((v: string) => v.replace(/\s+/g, ' ').trim()) : value, origin };
}

const OG = lookupTable<Exclude<keyof HtmlMeta, 'articleBody' | 'authors'>>({
  'og:title': 'title',
  'twitter:title': 'title',
  'og:site_name': 'siteName',
  'og:url': 'canonical',
  'article:published_time': 'published',
  'article:modified_time': 'modified',
  'og:updated_time': 'modified',
  'article:section': 'section',
  'og:locale': 'language',
});
const PLAIN = lookupTable<Exclude<keyof HtmlMeta, 'articleBody' | 'authors'>>({
  date: 'published',
  pubdate: 'published',
  'publish-date': 'published',
  'parsely-pub-date': 'published',
  'sailthru.date': 'published',
  'article.published': 'published',
  'article.updated': 'modified',
  'dc.date': 'published',
  'dcterms.created': 'published',
  'last-modified': 'modified',
  'dcterms.modified': 'modified',
  'parsely-section': 'section',
  section: 'section',
  'dc.language': 'language',
  'parsely-title': 'title',
  'application-name': 'siteName',
});

const AUTHOR_META = new Set(['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'twitter:creator:name']);

/** Reads one <meta> tag's attributes. */
export function readMetaTag(attribs: Record<string, string>, meta: HtmlMeta): void {
  const key = (attribs.property ?? attribs.name ?? attribs['http-equiv'] ?? '').toLowerCase();
  const content = attribs.content;
  if (!content) return;
  const og = OG[key];
  const plain = PLAIN[key];
  if (og) setMeta(meta, og, key === 'og:locale' ? content.replace('_', '-') : content, 'open-graph');
  else if (plain) setMeta(meta, plain, content, 'html-meta');
  else if (key === 'content-language') setMeta(meta, 'language', content.split(',')[0], 'html-meta');
  else if (AUTHOR_META.has(key)) {
    // article:author is often a profile URL; a URL is not a name.
    if (/^https?:\/\//.test(content)) return;
    const names = splitAuthors(content);
    if (!names.length) return;
    const origin = key.startsWith('article:') ? 'open-graph' : 'html-meta';
    const old = meta.authors;
    if (old && old.origin === origin) for (const n of names) old.value.includes(n) || old.value.push(n);
    else setMeta(meta, 'authors', names, origin);
  }
}

const ARTICLE_TYPE = /Article|NewsArticle|ReportageNewsArticle|BlogPosting|LiveBlogPosting|WebPage|Report/;

/**
 * Reads a JSON-LD block. `offset` is where its text starts in the page, so the articleBody string can
 * be located there (its characters, not a decoded copy, are what spans must index).
 */
export function readJsonLd(text: string, offset: number, meta: HtmlMeta): void {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return;
  }
  const nodes: Record<string, unknown>[] = [];
  const walk = (v: unknown, depth: number) => {
    if (depth > 20) return;
    if (Array.isArray(v)) for (const x of v) walk(x, depth + 1);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      nodes.push(o);
      if (Array.isArray(o['@graph'])) walk(o['@graph'], depth + 1);
      if (o.mainEntity && typeof o.mainEntity === 'object') walk(o.mainEntity, depth + 1);
    }
  };
  walk(data, 0);
  const byId = new Map(nodes.filter((o) => typeof o['@id'] === 'string').map((o) => [o['@id'] as string, o]));
  const deref = (x: unknown): unknown => (x && typeof x === 'object' && !Array.isArray(x) && Object.keys(x).length === 1 && typeof (x as { '@id'?: unknown })['@id'] === 'string' ? (byId.get((x as { '@id': string })['@id']) ?? x) : x);
  const name = (x: unknown) => {
    const v = deref(x);
    return typeof v === 'string' ? v : v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string' ? (v as { name: string }).name : undefined;
  };
  const str = (x: unknown) => (typeof x === 'string' ? x : Array.isArray(x) && typeof x[0] === 'string' ? (x[0] as string) : undefined);
  // Articles before web pages: in an @graph, the WebPage node often carries the site's own title.
  const typed = nodes.filter((o) => ARTICLE_TYPE.test([o['@type']].flat().join(' ')));
  typed.sort((a, b) => Number(/WebPage/.test(String(a['@type']))) - Number(/WebPage/.test(String(b['@type']))));
  for (const o of typed) {
    setMeta(meta, 'title', str(o.headline) ?? (/WebPage/.test(String(o['@type'])) ? undefined : str(o.name)), 'json-ld');
    setMeta(meta, 'published', str(o.datePublished), 'json-ld');
    setMeta(meta, 'modified', str(o.dateModified), 'json-ld');
    setMeta(meta, 'canonical', str(o.url) ?? (typeof o['@id'] === 'string' && /^https?:/.test(o['@id']) && !o['@id'].includes('#') ? o['@id'] : undefined), 'json-ld');
    setMeta(meta, 'section', str(o.articleSection), 'json-ld');
    setMeta(meta, 'language', typeof o.inLanguage === 'string' ? o.inLanguage : name(o.inLanguage), 'json-ld');
    setMeta(meta, 'siteName', name(o.publisher) ?? name(o.isPartOf), 'json-ld');
    const authors = [o.author, o.creator].flat().map(name).filter((n): n is string => !!n).flatMap((n) => (splitAuthors(n).length ? splitAuthors(n) : [n]));
    if (authors.length) setMeta(meta, 'authors', [...new Set(authors)], 'json-ld');
    if (typeof o.articleBody === 'string' && !meta.articleBody) meta.articleBody = locateString(text, offset, 'articleBody');
  }
}

/** The raw extent of the first `"key": "..."` string value in a JSON text, in page offsets. */
function locateString(text: string, offset: number, key: string): { start: number; end: number } | undefined {
  const m = new RegExp(`"${key}"\\s*:\\s*"`).exec(text);
  if (!m) return undefined;
  let i = m.index + m[0].length;
  const start = i;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i < text.length ? { start: offset + start, end: offset + i } : undefined;
}
