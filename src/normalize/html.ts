// HTML is read with htmlparser2, which reports the source offsets of every tag and text run and
// closes elements the way browsers imply them. The page becomes a view of the same length as the
// HTML: text runs are copied, entities become their character (padded with word joiners), markup and
// everything a reader does not see as article text are blanked, block elements become line breaks.
// So every offset found in the view is an offset into the caller's HTML, with no mapping to invert.
import { Parser } from 'htmlparser2';
import { fromCodeUnits } from '../text/code-units.js';
import { frontStack } from './parser-stack.js';
import { chooseContent, type El, scoreParagraph } from './html-content.js';
import { BylineCollector } from './html-byline.js';
import { type HtmlMeta, readJsonLd, readMetaTag, setMeta } from './html-meta.js';

export type { HtmlMeta } from './html-meta.js';

/** Heuristic: is the text an HTML page or fragment? */
export function looksLikeHtml(text: string): boolean {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  if (/^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(sample)) return true;
  return (sample.match(/<\/?(p|div|article|section|span|em|strong|br|h[1-6]|blockquote|li)\b[^>]*>/gi) ?? []).length >= 3;
}

const SPACE = 0x20;
const NL = 0x0a;
const CR = 0x0d;
const JOINER = 0x2060;
const LEFT_QUOTE = 0x201c;
const RIGHT_QUOTE = 0x201d;
// A <q> inside a <q> is drawn with single marks.
const LEFT_SINGLE = 0x2018;
const RIGHT_SINGLE = 0x2019;

/** What each position of the view holds; the plain text is built from it. */
export const enum Kind {
  Markup = 0,
  Text = 1,
  Break = 2,
  Filler = 3,
}

/** A parsed page: the same-length view, what each position is, metadata and captions. */
export interface HtmlPage {
  view: string;
  kinds: Uint8Array;
  meta: HtmlMeta;
  /** Figure captions (not body text), with where their photo credit starts when it is marked. */
  captions: { start: number; end: number; creditStart?: number; text: string }[];
  /** Links with visible text: the label's extent in the page and the href as written. */
  anchors: { href: string; start: number; end: number }[];
  /** The first <h1>'s extent, the page's own headline when it is inside the article. */
  h1: { start: number; end: number } | null;
}

const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'article', 'section', 'blockquote', 'header', 'main', 'pre', 'hr', 'dd', 'dt', 'dl', 'figure', 'figcaption', 'body', 'html', 'time', 'address', 'details', 'summary']);
const HIDDEN = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'nav', 'aside', 'footer', 'form', 'figure', 'button', 'select', 'textarea', 'object', 'canvas', 'video', 'audio', 'picture', 'dialog', 'amp-ad', 'amp-sidebar', 'amp-social-share', 'amp-analytics']);
const FURNITURE_HOSTS = new Set(['div', 'section', 'ul', 'ol', 'aside', 'p', 'span', 'header']);
// Class names are matched as words, with "_" and "-" separating them: "liveblog-post__share".
const FURNITURE = /(?<![a-z0-9])(comments?|comment-list|disqus|share|sharing|social|related|recommend\w*|newsletter|subscribe|subscription|promo|advert\w*|ads?|ad-\w+|sponsor\w*|breadcrumbs?|sidebar|byline-social|paywall|outbrain|taboola|most-read|mostread|trending|read-more|read-next|more-stories|more-from|teasers?|for-you|you-may-like|popular|tags|topics)(?![a-z0-9])/i;
const CREDIT_CLASS = /credit|copyright|photographer|source/i;
const CREDIT_TEXT = /\b(photo|image|picture|credit|photograph)s?\s*:|\b(getty images|ap photo|afp photo|reuters\/|epa\/|shutterstock)\b/i;

const isHiddenEl = (name: string, a: Record<string, string>) =>
  HIDDEN.has(name) ||
  'hidden' in a ||
  a['aria-hidden'] === 'true' ||
  /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.style ?? '') ||
  (FURNITURE_HOSTS.has(name) && FURNITURE.test(`${a.class ?? ''} ${a.id ?? ''} ${a.role === 'complementary' ? 'sidebar' : ''}`));

/** Parses the page; returns the view (same length as the HTML) and what was found on the way. */
export function parseHtml(html: string): HtmlPage {
  const n = html.length;
  // UTF-16 code units, decoded into the view in one call at the end: cheaper than a string per character.
  const chars = new Uint16Array(n).fill(SPACE);
  const kinds = new Uint8Array(n);
  const meta: HtmlMeta = {};
  const bylines = new BylineCollector();
  const captions: HtmlPage['captions'] = [];
  const anchors: HtmlPage['anchors'] = [];
  let anchor: { href: string; start: number; end: number; depth: number } | null = null;
  const els: El[] = [{ name: '#root', start: 0, end: n, parent: -1, text: 0, links: 0, commas: 0, own: 0, score: 0, scored: false, hidden: false, hidesSelf: false, depth: 0, cls: '' }];
  const stack: number[] = [0];
  let hidden = 0; // how many open elements hide their content
  let pre = 0;
  let qDepth = 0;
  let tweet: { depth: number; p: number } | null = null;
  let link = 0;
  let raw: { name: string; start: number; ld: boolean; parts: string[] } | null = null;
  let caption: { start: number; end: number; creditStart?: number; depth: number; parts: string[] } | null = null;
  let h1: HtmlPage['h1'] = null;
  let credit = 0;
  let title: string[] | null = null;
  let ending = false;

  const parser: Parser = new Parser(
    {
      onopentag(name, a) {
        const s = parser.startIndex;
        const parent = els[stack[stack.length - 1]];
        const hides = isHiddenEl(name, a);
        const el: El = { name, start: s, end: n, parent: stack[stack.length - 1], text: 0, links: 0, commas: 0, own: 0, score: 0, scored: false, hidden: hidden > 0 || hides, hidesSelf: hides, depth: parent.depth + 1, cls: `${a.class ?? ''} ${a.id ?? ''} ${a.itemprop ?? ''}` };
        els.push(el);
        stack.push(els.length - 1);
        if (hides) hidden++;
        bylines.openTag(name, a, el.depth, el.hidden);
        if (name === 'blockquote' && !el.hidden && /(^|\s)(twitter-tweet|x-tweet)(\s|$)/.test(a.class ?? '')) tweet = { depth: stack.length, p: -1 };
        // An embedded tweet's text is its author's words: quoted, so that its signature credits it.
        if (tweet && tweet.p < 0 && name === 'p' && !el.hidden) {
          tweet.p = els.length - 1;
          markTag(s, parser.endIndex + 1, LEFT_QUOTE);
        } else if (BLOCK.has(name) || hides) mark(s, NL, Kind.Break);
        else if (name === 'br' && !el.hidden) mark(s, SPACE, Kind.Text);
        // Browsers draw quotation marks around <q>: so does the view, in the tag's first character.
        else if (name === 'q' && !el.hidden) markTag(s, parser.endIndex + 1, qDepth++ % 2 ? LEFT_SINGLE : LEFT_QUOTE);
        if (name === 'pre') pre++;
        if (name === 'a') {
          link++;
          if (!el.hidden && a.href) anchor = { href: a.href, start: -1, end: -1, depth: stack.length };
        }
        if (name === 'meta') readMetaTag(a, meta);
        else if (name === 'link' && /\bcanonical\b/i.test(a.rel ?? '') && a.href) setMeta(meta, 'canonical', a.href, 'html-meta');
        else if (name === 'time' && a.datetime && !el.hidden) setMeta(meta, 'published', a.datetime, 'html-meta');
        else if (name === 'html' && a.lang) setMeta(meta, 'language', a.lang, 'html-meta');
        else if (name === 'title' && !meta.title) title = [];
        else if (name === 'script' || name === 'style') raw = { name, start: -1, ld: /ld\+json/i.test(a.type ?? ''), parts: [] };
        if (name === 'figcaption' || (caption === null && el.hidden && /(^|\s)(caption|wp-caption-text|image-caption|media-caption)(\s|$)/i.test(a.class ?? ''))) caption ??= { start: -1, end: -1, depth: stack.length, parts: [] };
        if (name === 'h1' && !h1 && !el.hidden) h1 = { start: s, end: n };
        if (caption && CREDIT_CLASS.test(a.class ?? '')) credit = stack.length;
      },
      ontext(data) {
        const s = parser.startIndex;
        const e = parser.endIndex + 1;
        if (raw) {
          // JSON-LD is read whole; other scripts only when they may hold page data about the author.
          if (raw.ld || (raw.name === 'script' && data.includes('uthor'))) {
            if (raw.start < 0) raw.start = s;
            raw.parts.push(data);
          }
          return;
        }
        if (title) title.push(data);
        // The run without its surrounding whitespace, where captions and link labels start and end
        // (worked out only inside one: it copies the run).
        const edges = caption || anchor ? trimmedRun(data, s, e) : null;
        if (caption) {
          caption.parts.push(data);
          if (edges) {
            if (caption.start < 0) caption.start = edges.first;
            caption.end = edges.last;
            if (credit && caption.creditStart === undefined) caption.creditStart = edges.first;
          }
        }
        if (hidden) return;
        bylines.text(data);
        const el = els[stack[stack.length - 1]];
        const len = data.length;
        el.text += len;
        el.own += len;
        if (link) el.links += len;
        if (anchor && edges) {
          if (anchor.start < 0) anchor.start = edges.first;
          anchor.end = edges.last;
        }
        for (let k = 0; k < len; k++) if (data.charCodeAt(k) === 44) el.commas++;
        if (len <= e - s) {
          for (let k = 0; k < len; k++) {
            const c = data.charCodeAt(k);
            chars[s + k] = (c === NL || c === CR) && !pre ? SPACE : c;
            kinds[s + k] = Kind.Text;
          }
          for (let k = s + len; k < e; k++) {
            chars[k] = JOINER;
            kinds[k] = Kind.Filler;
          }
        }
      },
      onclosetag(name, implied) {
        const s = ending ? n : parser.startIndex;
        const idx = stack.pop()!;
        const el = els[idx];
        el.end = ending ? n : implied ? Math.max(el.start, s) : parser.endIndex + 1;
        const parent = els[stack[stack.length - 1]];
        bylines.closeTag(el.depth);
        if (tweet && idx === tweet.p) {
          if (!implied && !ending) markTag(s, parser.endIndex + 1, RIGHT_QUOTE);
        } else if (!implied && !ending && BLOCK.has(name)) mark(s, NL, Kind.Break);
        if (tweet && stack.length < tweet.depth) tweet = null;
        if (name === 'q' && !el.hidden && qDepth > 0) {
          qDepth--;
          if (!implied && !ending) markTag(s, parser.endIndex + 1, qDepth % 2 ? RIGHT_SINGLE : RIGHT_QUOTE);
        }
        if (name === 'pre') pre--;
        if (name === 'a') link--;
        if (anchor && stack.length < anchor.depth) {
          if (anchor.start >= 0) anchors.push({ href: anchor.href, start: anchor.start, end: anchor.end });
          anchor = null;
        }
        if (name === 'h1' && h1 && h1.end === n && h1.start === el.start) h1.end = el.end;
        if (raw && raw.name === name) {
          if (raw.ld) readJsonLd(raw.parts.join(''), raw.start, meta);
          else if (raw.parts.length) bylines.script(raw.parts.join(''));
          raw = null;
        }
        if (name === 'title' && title) {
          setMeta(meta, 'title', title.join('').replace(/\s+/g, ' '), 'html-meta');
          title = null;
        }
        if (credit && stack.length < credit) credit = 0;
        if (caption && stack.length < caption.depth) {
          if (caption.start >= 0 && caption.end > caption.start) {
            const text = html.slice(caption.start, caption.end);
            const m = caption.creditStart === undefined ? CREDIT_TEXT.exec(text) : null;
            captions.push({ start: caption.start, end: caption.end, creditStart: caption.creditStart ?? (m ? caption.start + m.index : undefined), text: caption.parts.join('').replace(/\s+/g, ' ').trim() });
          }
          caption = null;
        }
        if (el.hidesSelf) hidden--;
        parent.text += el.text;
        parent.links += el.links;
        parent.commas += el.commas;
        if (!el.hidden) scoreParagraph(els, idx, stack);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  /** A tag that stands for a character: the character, then the rest of the tag as its padding. */
  function markTag(from: number, to: number, c: number) {
    if (to > n || !mark(from, c, Kind.Text)) return;
    for (let k = from + 1; k < to; k++) {
      chars[k] = JOINER;
      kinds[k] = Kind.Filler;
    }
  }
  /** Puts a character where markup was; false when the position holds text already. */
  function mark(at: number, c: number, kind: Kind): boolean {
    if (at < 0 || at >= n || kinds[at] !== Kind.Markup) return false;
    chars[at] = c;
    kinds[at] = kind;
    return true;
  }
  const internals = parser as unknown as { stack: string[]; foreignContext: number[] };
  internals.stack = frontStack(internals.stack);
  internals.foreignContext = frontStack(internals.foreignContext);
  parser.write(html);
  ending = true;
  parser.end();

  bylines.finish(meta);
  const ranges = chooseContent(els);
  if (ranges) {
    let at = 0;
    for (const [s, e] of [...ranges, [n, n] as const]) {
      for (let k = at; k < s; k++) if (kinds[k] !== Kind.Markup) {
        chars[k] = kinds[k] === Kind.Break ? NL : SPACE;
        kinds[k] = kinds[k] === Kind.Break ? Kind.Break : Kind.Markup;
      }
      at = Math.max(at, e);
    }
  }
  if (meta.articleBody && visibleLength(kinds) < 200) revealJsonString(html, meta.articleBody, chars, kinds);
  return { view: fromCodeUnits(chars), kinds, meta, captions, anchors, h1 };
}

/** Where a text run's non-blank part starts and ends in the page; null for a blank run. */
function trimmedRun(data: string, start: number, end: number): { first: number; last: number } | null {
  const trimmed = data.trim();
  if (!trimmed) return null;
  const first = start + data.length - data.trimStart().length;
  return { first, last: end - (data.length - data.trimEnd().length) };
}

function visibleLength(kinds: Uint8Array): number {
  let c = 0;
  for (let k = 0; k < kinds.length; k++) if (kinds[k] === Kind.Text) c++;
  return c;
}

/** Shows a JSON string of the page (JSON-LD articleBody) in the view, escapes decoded in place. */
function revealJsonString(html: string, at: { start: number; end: number }, chars: Uint16Array, kinds: Uint8Array): void {
  for (let k = 0; k < kinds.length; k++) if (kinds[k] !== Kind.Markup) {
    chars[k] = SPACE;
    kinds[k] = Kind.Markup;
  }
  const ESC: Record<string, string> = { n: '\n', r: ' ', t: ' ', b: ' ', f: ' ', '"': '"', '\\': '\\', '/': '/' };
  for (let i = at.start; i < at.end; ) {
    if (html[i] !== '\\') {
      chars[i] = html.charCodeAt(i);
      kinds[i++] = Kind.Text;
      continue;
    }
    const width = html[i + 1] === 'u' ? 6 : 2;
    const c = html[i + 1] === 'u' ? String.fromCharCode(parseInt(html.slice(i + 2, i + 6), 16) || 32) : (ESC[html[i + 1]] ?? ' ');
    chars[i] = c.charCodeAt(0);
    kinds[i] = c === '\n' ? Kind.Break : Kind.Text;
    for (let k = 1; k < width && i + k < at.end; k++) {
      chars[i + k] = JOINER;
      kinds[i + k] = Kind.Filler;
    }
    i += width;
  }
}
