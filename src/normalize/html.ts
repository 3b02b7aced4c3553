// HTML is read the way the Markdown reader works: markup is blanked in a view of the same length, so
// every offset stays an offset into the caller's HTML. Block tags become line breaks, entities their
// character (the rest of the entity blanked with word joiners), and what a reader does not see as
// article text (head, scripts, styles, navigation, asides, footers, forms, figures) is blanked whole.

/** Heuristic: is the text an HTML page or fragment? */
export function looksLikeHtml(text: string): boolean {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  if (/^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(sample)) return true;
  return (sample.match(/<\/?(p|div|article|section|span|em|strong|br|h[1-6]|blockquote|li)\b[^>]*>/gi) ?? []).length >= 3;
}

/** Metadata read from the page's head and JSON-LD. */
export interface HtmlMeta {
  title?: string;
  siteName?: string;
  canonical?: string;
  published?: string;
  authors: string[];
}

const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'article', 'section', 'blockquote', 'header', 'main', 'pre', 'hr', 'dd', 'dt', 'dl', 'figure', 'body', 'html', 'time']);
const HIDDEN = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'nav', 'aside', 'footer', 'form', 'figure', 'button', 'select', 'textarea', 'object', 'canvas']);
const BOILERPLATE_HOSTS = new Set(['div', 'section', 'ul', 'ol', 'aside', 'p', 'span']);
const BOILERPLATE = /\b(comments?|comment-list|disqus|share|sharing|social|related|recommend\w*|newsletter|subscribe|subscription|promo|advert\w*|ads?|ad-\w+|sponsor\w*|breadcrumbs?|sidebar|byline-social|paywall|outbrain|taboola|most-read|trending)\b/i;
const RAW = new Set(['script', 'style', 'textarea', 'template', 'noscript', 'svg', 'iframe', 'object']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ldquo: '\u201c', rdquo: '\u201d', lsquo: '\u2018', rsquo: '\u2019', laquo: '\u00ab', raquo: '\u00bb', hellip: '\u2026', mdash: '\u2014', ndash: '\u2013', bdquo: '\u201e', sbquo: '\u201a', lsaquo: '\u2039', rsaquo: '\u203a', eacute: '\u00e9', egrave: '\u00e8', agrave: '\u00e0', ccedil: '\u00e7', uuml: '\u00fc', ouml: '\u00f6', auml: '\u00e4', szlig: '\u00df', copy: '\u00a9', reg: '\u00ae', euro: '\u20ac', pound: '\u00a3' };

const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const attr = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(2).find((x) => x !== undefined);

/** Blanks markup; returns the view (same length as the HTML) and the metadata found on the way. */
export function maskHtml(html: string): { view: string; meta: HtmlMeta } {
  const chars = html.split('');
  const lower = asciiLower(html);
  const meta: HtmlMeta = { authors: [] };
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (chars[k] !== '\n') chars[k] = ' ';
  };
  // Hidden elements being skipped, with how many same-named elements are open inside each.
  const hiddenStack: { name: string; depth: number }[] = [];
  let articleStart = -1;
  let articleEnd = -1;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (hiddenStack.length) blank(i, lt);
    if (lower.startsWith('<!--', lt)) {
      const end = lower.indexOf('-->', lt + 4);
      const stop = end < 0 ? html.length : end + 3;
      blank(lt, stop);
      i = stop;
      continue;
    }
    const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, Math.min(html.length, lt + 40)));
    if (!m && html[lt + 1] !== '!' && html[lt + 1] !== '?') {
      i = lt + 1; // a bare "<" in text
      continue;
    }
    // Searched only from tag starts, and a tag with no ">" after it means no later one has one either:
    // linear however many "<" the input holds.
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      if (hiddenStack.length) blank(lt, html.length);
      break;
    }
    const tagText = html.slice(lt, gt + 1);
    blank(lt, gt + 1);
    if (!m) {
      i = gt + 1;
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    if (BLOCK.has(name) || HIDDEN.has(name)) chars[lt] = '\n';
    if (!closing && name === 'meta') readMeta(tagText, meta);
    if (!closing && name === 'link' && /rel\s*=\s*["']?canonical/i.test(tagText)) meta.canonical ??= attr(tagText, 'href');
    if (!closing && name === 'time' && !meta.published) meta.published = attr(tagText, 'datetime');
    if (!closing && name === 'article' && articleStart < 0) articleStart = lt;
    if (closing && name === 'article') articleEnd = gt + 1;
    if (!closing && RAW.has(name)) {
      // Raw text: everything up to the matching end tag, unread; JSON-LD is read for metadata.
      const end = lower.indexOf(`</${name}`, gt + 1);
      const stop = end < 0 ? html.length : end;
      if (name === 'script' && /application\/ld\+json/i.test(tagText)) readJsonLd(html.slice(gt + 1, stop), meta);
      blank(gt + 1, stop);
      i = stop;
      continue;
    }
    if (name === 'title' && !closing && meta.title === undefined) {
      const end = lower.indexOf('</title', gt + 1);
      if (end > 0) meta.title ??= decodeEntities(html.slice(gt + 1, end)).trim();
    }
    // Page furniture by its class or id: comments, share buttons, related links, ads, newsletters.
    const selfClosing = /\/\s*>$/.test(tagText);
    const furniture = !closing && BOILERPLATE_HOSTS.has(name) && BOILERPLATE.test(`${attr(tagText, 'class') ?? ''} ${attr(tagText, 'id') ?? ''}`);
    const top = hiddenStack[hiddenStack.length - 1];
    if (!selfClosing && top && top.name === name && !furniture && !HIDDEN.has(name)) {
      // A <div> inside a hidden <div>: count it, so that its end tag does not end the hidden one.
      if (!closing) top.depth++;
      else if (top.depth > 0) top.depth--;
      else hiddenStack.pop();
    } else if (!selfClosing && !closing && (furniture || HIDDEN.has(name))) {
      if (hiddenStack.length < 10_000) hiddenStack.push({ name, depth: 0 });
    } else if (!selfClosing && closing && (HIDDEN.has(name) || BOILERPLATE_HOSTS.has(name))) {
      // Look only a few levels down: a stray end tag must not cost a scan of a deep stack.
      for (let k = hiddenStack.length - 1; k >= Math.max(0, hiddenStack.length - 16); k--)
        if (hiddenStack[k].name === name) {
          if (hiddenStack[k].depth > 0) hiddenStack[k].depth--;
          else hiddenStack.length = k;
          break;
        }
    }
    i = gt + 1;
  }
  if (hiddenStack.length) blank(i, html.length);
  // With an <article>, only it is the article.
  if (articleStart >= 0) {
    blank(0, articleStart);
    if (articleEnd > articleStart) blank(articleEnd, html.length);
  }
  decodeInPlace(html, chars);
  return { view: chars.join(''), meta };
}

function decodeEntity(body: string): string | null {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
  }
  return ENTITIES[body.toLowerCase()] ?? null;
}

function decodeEntities(s: string): string {
  return s.replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,10});/g, (all, body: string) => decodeEntity(body) ?? all);
}

/** Each entity becomes its character followed by word joiners, keeping the length. */
function decodeInPlace(html: string, chars: string[]): void {
  for (const m of html.matchAll(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,10});/g)) {
    if (chars[m.index] !== '&') continue; // inside blanked markup
    const ch = decodeEntity(m[1]);
    if (!ch || ch.length > m[0].length) continue;
    for (let k = 0; k < m[0].length; k++) chars[m.index + k] = k < ch.length ? ch[k] : '\u2060';
  }
}

function readMeta(tag: string, meta: HtmlMeta): void {
  const key = (attr(tag, 'property') ?? attr(tag, 'name') ?? '').toLowerCase();
  const content = attr(tag, 'content');
  if (!content) return;
  const value = decodeEntities(content).trim();
  if (key === 'og:title' || key === 'twitter:title') meta.title ??= value;
  else if (key === 'og:site_name') meta.siteName ??= value;
  else if (key === 'og:url') meta.canonical ??= value;
  else if (key === 'article:published_time' || key === 'date' || key === 'pubdate' || key === 'publish-date' || key === 'parsely-pub-date') meta.published ??= value;
  else if (key === 'author' || key === 'article:author' || key === 'parsely-author') meta.authors.push(value);
}

function readJsonLd(text: string, meta: HtmlMeta): void {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return;
  }
  const nodes: Record<string, unknown>[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      nodes.push(o);
      if (Array.isArray(o['@graph'])) walk(o['@graph']);
    }
  };
  walk(data);
  const name = (x: unknown) => (typeof x === 'string' ? x : x && typeof x === 'object' && typeof (x as { name?: unknown }).name === 'string' ? (x as { name: string }).name : undefined);
  for (const o of nodes) {
    const type = [o['@type']].flat().join(' ');
    if (!/Article|NewsArticle|ReportageNewsArticle|WebPage|BlogPosting/.test(type)) continue;
    if (typeof o.headline === 'string') meta.title ??= o.headline;
    if (typeof o.datePublished === 'string') meta.published ??= o.datePublished;
    if (typeof o.url === 'string') meta.canonical ??= o.url;
    const pub = name(o.publisher);
    if (pub) meta.siteName ??= pub;
    for (const a of [o.author].flat()) {
      const n = name(a);
      if (n && !meta.authors.includes(n)) meta.authors.push(n);
    }
  }
}
