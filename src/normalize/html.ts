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
  return new PageReader(html).read();
}

/** The parse's state: the view being written, the open elements, and what the page says on the way. */
class PageReader {
  private readonly n: number;
  // UTF-16 code units, decoded into the view in one call at the end: cheaper than a string per character.
  private readonly chars: Uint16Array;
  private readonly kinds: Uint8Array;
  private readonly meta: HtmlMeta = {};
  private readonly bylines = new BylineCollector();
  private readonly captions: HtmlPage['captions'] = [];
  private readonly anchors: HtmlPage['anchors'] = [];
  private anchor: { href: string; start: number; end: number; depth: number } | null = null;
  private readonly els: El[];
  private readonly stack: number[] = [0];
  /** How many open elements hide their content. */
  private hidden = 0;
  private pre = 0;
  private qDepth = 0;
  private tweet: { depth: number; p: number } | null = null;
  private link = 0;
  private raw: { name: string; start: number; ld: boolean; parts: string[] } | null = null;
  private caption: { start: number; end: number; creditStart?: number; depth: number; parts: string[] } | null = null;
  private h1: HtmlPage['h1'] = null;
  private credit = 0;
  private title: string[] | null = null;
  private ending = false;
  /**
   * A tag's name was read but not the rest of it: a page ending inside a tag ('<a href') leaves the
   * parser a tag it closes at the end and never opened for us.
   */
  private unopened = false;
  private readonly parser: Parser;

  constructor(private readonly html: string) {
    const n = (this.n = html.length);
    this.chars = new Uint16Array(n).fill(SPACE);
    this.kinds = new Uint8Array(n);
    this.els = [{ name: '#root', start: 0, end: n, parent: -1, text: 0, links: 0, commas: 0, own: 0, score: 0, scored: false, hidden: false, hidesSelf: false, depth: 0, cls: '' }];
    this.parser = new Parser(
      {
        onopentagname: () => (this.unopened = true),
        onopentag: (name, a) => this.open(name, a),
        ontext: (data) => this.text(data),
        onclosetag: (name, implied) => this.close(name, implied),
      },
      { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
    );
  }

  read(): HtmlPage {
    const internals = this.parser as unknown as { stack: string[]; foreignContext: number[] };
    internals.stack = frontStack(internals.stack);
    internals.foreignContext = frontStack(internals.foreignContext);
    this.parser.write(this.html);
    this.ending = true;
    this.parser.end();
    this.bylines.finish(this.meta);
    this.blankOutsideContent();
    const { chars, kinds, meta } = this;
    if (meta.articleBody && visibleLength(kinds) < 200) revealJsonString(this.html, meta.articleBody, chars, kinds);
    return { view: fromCodeUnits(chars), kinds, meta, captions: this.captions, anchors: this.anchors, h1: this.h1 };
  }

  private open(name: string, a: Record<string, string>): void {
    this.unopened = false;
    const s = this.parser.startIndex;
    const el = this.pushElement(name, a, s);
    this.markOpening(name, el, s);
    this.openState(name, a, el, s);
  }

  private pushElement(name: string, a: Record<string, string>, s: number): El {
    const { els, stack } = this;
    const parent = els[stack[stack.length - 1]];
    const hides = isHiddenEl(name, a);
    const el: El = { name, start: s, end: this.n, parent: stack[stack.length - 1], text: 0, links: 0, commas: 0, own: 0, score: 0, scored: false, hidden: this.hidden > 0 || hides, hidesSelf: hides, depth: parent.depth + 1, cls: `${a.class ?? ''} ${a.id ?? ''} ${a.itemprop ?? ''}` };
    els.push(el);
    stack.push(els.length - 1);
    if (hides) this.hidden++;
    this.bylines.openTag(name, a, el.depth, el.hidden);
    if (name === 'blockquote' && !el.hidden && /(^|\s)(twitter-tweet|x-tweet)(\s|$)/.test(a.class ?? '')) this.tweet = { depth: stack.length, p: -1 };
    return el;
  }

  /** What an opening tag puts in the view: a line break for a block, a space for <br>, a quotation mark. */
  private markOpening(name: string, el: El, s: number): void {
    const end = this.parser.endIndex + 1;
    // An embedded tweet's text is its author's words: quoted, so that its signature credits it.
    if (this.tweet && this.tweet.p < 0 && name === 'p' && !el.hidden) {
      this.tweet.p = this.els.length - 1;
      this.markTag(s, end, LEFT_QUOTE);
    } else if (BLOCK.has(name) || el.hidesSelf) this.mark(s, NL, Kind.Break);
    else if (name === 'br' && !el.hidden) this.mark(s, SPACE, Kind.Text);
    // Browsers draw quotation marks around <q>: so does the view, in the tag's first character.
    else if (name === 'q' && !el.hidden) this.markTag(s, end, this.qDepth++ % 2 ? LEFT_SINGLE : LEFT_QUOTE);
  }

  /** What an opening tag starts: preformatted text, a link, metadata, a script, a caption, the headline. */
  private openState(name: string, a: Record<string, string>, el: El, s: number): void {
    const { meta } = this;
    if (name === 'pre') this.pre++;
    if (name === 'a') {
      this.link++;
      if (!el.hidden && a.href) this.anchor = { href: a.href, start: -1, end: -1, depth: this.stack.length };
    }
    if (name === 'meta') readMetaTag(a, meta);
    else if (name === 'link' && /\bcanonical\b/i.test(a.rel ?? '') && a.href) setMeta(meta, 'canonical', a.href, 'html-meta');
    else if (name === 'time' && a.datetime && !el.hidden) setMeta(meta, 'published', a.datetime, 'html-meta');
    else if (name === 'html' && a.lang) setMeta(meta, 'language', a.lang, 'html-meta');
    else if (name === 'title' && !meta.title) this.title = [];
    else if (name === 'script' || name === 'style') this.raw = { name, start: -1, ld: /ld\+json/i.test(a.type ?? ''), parts: [] };
    if (name === 'figcaption' || (this.caption === null && el.hidden && /(^|\s)(caption|wp-caption-text|image-caption|media-caption)(\s|$)/i.test(a.class ?? ''))) this.caption ??= { start: -1, end: -1, depth: this.stack.length, parts: [] };
    if (name === 'h1' && !this.h1 && !el.hidden) this.h1 = { start: s, end: this.n };
    if (this.caption && CREDIT_CLASS.test(a.class ?? '')) this.credit = this.stack.length;
  }

  private text(data: string): void {
    const s = this.parser.startIndex;
    const e = this.parser.endIndex + 1;
    const raw = this.raw;
    if (raw) {
      // JSON-LD is read whole; other scripts only when they may hold page data about the author.
      if (raw.ld || (raw.name === 'script' && data.includes('uthor'))) {
        if (raw.start < 0) raw.start = s;
        raw.parts.push(data);
      }
      return;
    }
    if (this.title) this.title.push(data);
    // The run without its surrounding whitespace, where captions and link labels start and end
    // (worked out only inside one: it copies the run).
    const edges = this.caption || this.anchor ? trimmedRun(data, s, e) : null;
    const caption = this.caption;
    if (caption) {
      caption.parts.push(data);
      if (edges) {
        if (caption.start < 0) caption.start = edges.first;
        caption.end = edges.last;
        if (this.credit && caption.creditStart === undefined) caption.creditStart = edges.first;
      }
    }
    if (this.hidden) return;
    this.bylines.text(data);
    this.visibleText(data, s, e, edges);
  }

  /** Visible text: counted for the content choice, and copied into the view (entities padded with joiners). */
  private visibleText(data: string, s: number, e: number, edges: ReturnType<typeof trimmedRun> | null): void {
    const { chars, kinds } = this;
    const el = this.els[this.stack[this.stack.length - 1]];
    const len = data.length;
    el.text += len;
    el.own += len;
    if (this.link) el.links += len;
    if (this.anchor && edges) {
      if (this.anchor.start < 0) this.anchor.start = edges.first;
      this.anchor.end = edges.last;
    }
    for (let k = 0; k < len; k++) if (data.charCodeAt(k) === 44) el.commas++;
    if (len > e - s) return;
    for (let k = 0; k < len; k++) {
      const c = data.charCodeAt(k);
      chars[s + k] = (c === NL || c === CR) && !this.pre ? SPACE : c;
      kinds[s + k] = Kind.Text;
    }
    for (let k = s + len; k < e; k++) {
      chars[k] = JOINER;
      kinds[k] = Kind.Filler;
    }
  }

  private close(name: string, implied: boolean): void {
    if (this.unopened) {
      this.unopened = false;
      return;
    }
    const { n, parser } = this;
    const s = this.ending ? n : parser.startIndex;
    const idx = this.stack.pop()!;
    const el = this.els[idx];
    el.end = this.ending ? n : implied ? Math.max(el.start, s) : parser.endIndex + 1;
    const parent = this.els[this.stack[this.stack.length - 1]];
    this.bylines.closeTag(el.depth);
    this.markClosing(name, el, idx, s, implied);
    this.closeState(name, el);
    if (el.hidesSelf) this.hidden--;
    parent.text += el.text;
    parent.links += el.links;
    parent.commas += el.commas;
    if (!el.hidden) scoreParagraph(this.els, idx, this.stack);
  }

  /** What a closing tag puts in the view: the tweet's or <q>'s closing mark, a line break after a block. */
  private markClosing(name: string, el: El, idx: number, s: number, implied: boolean): void {
    const written = !implied && !this.ending;
    const end = this.parser.endIndex + 1;
    if (this.tweet && idx === this.tweet.p) {
      if (written) this.markTag(s, end, RIGHT_QUOTE);
    } else if (written && BLOCK.has(name)) this.mark(s, NL, Kind.Break);
    if (this.tweet && this.stack.length < this.tweet.depth) this.tweet = null;
    if (name === 'q' && !el.hidden && this.qDepth > 0) {
      this.qDepth--;
      if (written) this.markTag(s, end, this.qDepth % 2 ? RIGHT_SINGLE : RIGHT_QUOTE);
    }
  }

  /** What a closing tag ends: preformatted text, a link, the headline, a script, the title, a caption. */
  private closeState(name: string, el: El): void {
    const { stack, meta } = this;
    if (name === 'pre') this.pre--;
    if (name === 'a') this.link--;
    if (this.anchor && stack.length < this.anchor.depth) {
      if (this.anchor.start >= 0) this.anchors.push({ href: this.anchor.href, start: this.anchor.start, end: this.anchor.end });
      this.anchor = null;
    }
    if (name === 'h1' && this.h1 && this.h1.end === this.n && this.h1.start === el.start) this.h1.end = el.end;
    const raw = this.raw;
    if (raw && raw.name === name) {
      if (raw.ld) readJsonLd(raw.parts.join(''), raw.start, meta);
      else if (raw.parts.length) this.bylines.script(raw.parts.join(''));
      this.raw = null;
    }
    if (name === 'title' && this.title) {
      setMeta(meta, 'title', this.title.join('').replace(/\s+/g, ' '), 'html-meta');
      this.title = null;
    }
    if (this.credit && stack.length < this.credit) this.credit = 0;
    const caption = this.caption;
    if (caption && stack.length < caption.depth) {
      if (caption.start >= 0 && caption.end > caption.start) {
        const text = this.html.slice(caption.start, caption.end);
        const m = caption.creditStart === undefined ? CREDIT_TEXT.exec(text) : null;
        this.captions.push({ start: caption.start, end: caption.end, creditStart: caption.creditStart ?? (m ? caption.start + m.index : undefined), text: caption.parts.join('').replace(/\s+/g, ' ').trim() });
      }
      this.caption = null;
    }
  }

  /** Everything outside the chosen main content becomes blank (line breaks kept). */
  private blankOutsideContent(): void {
    const { chars, kinds, n } = this;
    const ranges = chooseContent(this.els);
    if (!ranges) return;
    let at = 0;
    for (const [s, e] of [...ranges, [n, n] as const]) {
      for (let k = at; k < s; k++) if (kinds[k] !== Kind.Markup) {
        chars[k] = kinds[k] === Kind.Break ? NL : SPACE;
        kinds[k] = kinds[k] === Kind.Break ? Kind.Break : Kind.Markup;
      }
      at = Math.max(at, e);
    }
  }

  /** A tag that stands for a character: the character, then the rest of the tag as its padding. */
  private markTag(from: number, to: number, c: number): void {
    if (to > this.n || !this.mark(from, c, Kind.Text)) return;
    for (let k = from + 1; k < to; k++) {
      this.chars[k] = JOINER;
      this.kinds[k] = Kind.Filler;
    }
  }

  /** Puts a character where markup was; false when the position holds text already. */
  private mark(at: number, c: number, kind: Kind): boolean {
    if (at < 0 || at >= this.n || this.kinds[at] !== Kind.Markup) return false;
    this.chars[at] = c;
    this.kinds[at] = kind;
    return true;
  }
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
