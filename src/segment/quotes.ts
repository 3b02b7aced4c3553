import type { Diagnostic } from '../schema/common.js';
import { span } from '../text/span.js';
import { CLOSERS, MARKS, SINGLE_MARKS, isSpaceOrEdge, isWordChar, startsApostropheWord } from './quote-marks.js';

/** A quotation found by the scanner: marks included; several segments when it runs over paragraphs. */
export interface QuoteSpan {
  start: number;
  end: number;
  openMark: string;
  closeMark: string | null;
  segments: { start: number; end: number }[];
  children: QuoteSpan[];
  depth: number;
  unclosed: boolean;
}

interface Open {
  q: QuoteSpan;
  tentative: boolean;
  paragraph: number;
}

/** Deeper nesting than this is not news prose; marks beyond it are reported and ignored. */
const MAX_DEPTH = 32;

/**
 * Stage 2a: finds quotations character by character over the given paragraphs (ranges of `view`).
 * Handles every mark pair of the lexicon, nesting, apostrophes, and quotes running over paragraphs
 * in the news convention (a paragraph ends with no closing mark and the next opens again).
 * Never throws: unbalanced marks become diagnostics.
 */
export function scanQuotes(
  input: string,
  view: string,
  paragraphs: readonly { start: number; end: number; continues?: boolean }[],
): { quotes: QuoteSpan[]; diagnostics: Diagnostic[] } {
  const scanner = new QuoteScanner(input, view);
  paragraphs.forEach((para, p) => scanner.paragraph(para, p));
  return scanner.finish();
}

/** The scan's state: the quotations found, the open ones (innermost last), and the diagnostics. */
class QuoteScanner {
  private readonly top: QuoteSpan[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private stack: Open[] = [];
  private depthWarned = false;

  constructor(
    private readonly input: string,
    private readonly view: string,
  ) {}

  paragraph(para: { start: number; end: number; continues?: boolean }, p: number): void {
    const { view } = this;
    for (let i = this.continuation(para, p); i < para.end; i++) {
      const c = view[i];
      if (c === '<' && /[a-zA-Z/]/.test(view[i + 1] ?? '')) {
        const gt = markupEnd(view, i, para.end);
        if (gt >= 0) {
          i = gt;
          continue;
        }
      }
      if (!MARKS.has(c)) continue;
      const single = SINGLE_MARKS.has(c);
      if (single && isWordChar(view[i - 1]) && isWordChar(view[i + 1])) continue; // don't, Pashinyan's
      if (!this.close(i)) this.open(i, p);
    }
    this.endParagraph(para);
  }

  finish(): { quotes: QuoteSpan[]; diagnostics: Diagnostic[] } {
    if (this.stack.length) {
      const o = this.stack[0];
      o.q.unclosed = true;
      this.warnNeverClosed(o);
    }
    return { quotes: this.top, diagnostics: this.diagnostics };
  }

  /** Where the paragraph's scan starts: after the mark that reopens a quotation still open, if any. */
  private continuation(para: { start: number; end: number; continues?: boolean }, p: number): number {
    if (!this.stack.length) return para.start;
    const { view } = this;
    let j = para.start;
    while (j < para.end && /\s/.test(view[j])) j++;
    const outer = this.stack[0];
    const reopen = view[j];
    if (para.continues !== false && j < para.end && (reopen === outer.q.openMark || (CLOSERS.get(reopen)?.size && sameFamily(reopen, outer.q.openMark)))) {
      outer.q.segments.push({ start: j, end: j + 1 });
      outer.paragraph = p;
      return j + 1;
    }
    outer.q.unclosed = true;
    this.warnNeverClosed(outer);
    this.stack = [];
    return para.start;
  }

  /** The innermost open quotation the mark at `i` can close, in a closing context: closed. */
  private close(i: number): boolean {
    const { view, stack } = this;
    const c = view[i];
    const prev = view[i - 1];
    const next = view[i + 1];
    for (let k = stack.length - 1; k >= 0; k--) {
      const o = stack[k];
      if (!CLOSERS.get(o.q.openMark)?.has(c) && !openerAsCloser(o.q.openMark, c, prev, next)) continue;
      const closingContext = !isSpaceOrEdge(prev) || isSpaceOrEdge(next) || /[.,;:!?)\]]/.test(next);
      if (!closingContext) return false;
      if (SINGLE_MARKS.has(c) && isWordChar(next)) return false;
      // A definite inner quote left open blocks a close only if this mark can't close it.
      this.unwindTo(k, i);
      stack.pop();
      // A mark written as an HTML entity (&rdquo;) ends where the entity ends.
      let end = i + 1;
      while (view[end] === '\u2060') end++;
      closeAt(o, end, c);
      return true;
    }
    return false;
  }

  /** The mark at `i` opens a quotation when it can and stands in an opening context. */
  private open(i: number, p: number): void {
    const { view, input } = this;
    const c = view[i];
    const prev = view[i - 1];
    const next = view[i + 1];
    const single = SINGLE_MARKS.has(c);
    if (!CLOSERS.has(c)) {
      if (c === '\u2019' || c === "'") return; // apostrophe (students' union) with no quote open
      this.diagnostics.push({ code: 'stray-closing-quote', message: `Closing quotation mark ${c} has no opening mark`, span: span(input, i, i + 1), severity: 'info' });
      return;
    }
    // French style puts a (narrow) space inside guillemets: "\u00ab Nous \u00bb".
    const spacedGuillemet = (c === '\u00ab' || c === '\u2039') && /[ \u00a0\u202f]/.test(next ?? '') && !isSpaceOrEdge(view[i + 2]);
    const openingContext = !isWordChar(prev) && (!isSpaceOrEdge(next) || spacedGuillemet);
    if (!openingContext) {
      if (!single) this.diagnostics.push({ code: 'stray-quote', message: `Quotation mark ${c} neither opens nor closes a quotation here`, span: span(input, i, i + 1), severity: 'info' });
      return;
    }
    if (single && startsApostropheWord(view, i)) return;
    if ((c === '\u201d' || c === '\u00bb' || c === '\u203a') && !isSpaceOrEdge(prev) && !/[(\[\u2014\u2013-]/.test(prev)) return;
    if (this.stack.length >= MAX_DEPTH) {
      if (!this.depthWarned) this.diagnostics.push({ code: 'quote-nesting-too-deep', message: `Quotations nested deeper than ${MAX_DEPTH} levels; inner marks ignored`, span: span(input, i, i + 1), severity: 'warning' });
      this.depthWarned = true;
      return;
    }
    if (missingParagraphBreak(view, i, c, this.stack)) {
      // 'We will fight on. "We have no choice,"': paragraphs joined by a space lost the break where
      // the news convention reopens a quotation; the open one ends with its sentence.
      const o = this.stack[0];
      closeAt(o, trimEnd(view, o.q.start, i), null);
      o.q.unclosed = true;
      this.diagnostics.push({ code: 'paragraph-break-missing', message: `Quotation mark ${o.q.openMark} is not closed before a new quotation opens after a sentence; taken to end with its sentence (paragraphs joined without a line break?)`, span: span(input, o.q.start, o.q.start + 1), severity: 'info' });
      this.stack = [];
    }
    const q: QuoteSpan = { start: i, end: i + 1, openMark: c, closeMark: null, segments: [{ start: i, end: i + 1 }], children: [], depth: this.stack.length, unclosed: false };
    this.attach(q);
    this.stack.push({ q, tentative: single, paragraph: p });
  }

  /** Paragraph end: drop apostrophes, keep a definite outer quote open for a possible continuation. */
  private endParagraph(para: { start: number; end: number }): void {
    const { stack } = this;
    const paraEnd = trimEnd(this.view, para.start, para.end);
    for (let k = stack.length - 1; k >= 0; k--) {
      const o = stack[k];
      if (o.tentative) {
        stack.splice(k, 1);
        this.dissolve(o.q, k > 0 ? stack[k - 1].q : null);
      } else closeAt(o, paraEnd, null);
    }
    if (stack.length > 1) this.unwindTo(0, paraEnd);
  }

  private attach(q: QuoteSpan): void {
    const parent = this.stack.length ? this.stack[this.stack.length - 1].q : null;
    if (parent) parent.children.push(q);
    else this.top.push(q);
  }

  /** A single mark that never closed was an apostrophe: its children move up to its parent. */
  private dissolve(q: QuoteSpan, parent: QuoteSpan | null): void {
    const list = parent ? parent.children : this.top;
    const idx = list.indexOf(q);
    if (idx >= 0) list.splice(idx, 1, ...q.children);
  }

  /** Closes every quotation opened inside the one at `idx` (apostrophes dissolve, others are reported). */
  private unwindTo(idx: number, at: number): void {
    const { stack } = this;
    while (stack.length > idx + 1) {
      const o = stack.pop()!;
      if (o.tentative) this.dissolve(o.q, stack.length ? stack[stack.length - 1].q : null);
      else {
        closeAt(o, at, null);
        o.q.unclosed = true;
        this.diagnostics.push({ code: 'unclosed-quote', message: `Quotation mark ${o.q.openMark} is not closed before the enclosing quotation ends`, span: span(this.input, o.q.start, o.q.start + 1), severity: 'warning' });
      }
    }
  }

  private warnNeverClosed(o: Open): void {
    this.diagnostics.push({ code: 'unclosed-quote', message: `Quotation mark ${o.q.openMark} is never closed; the quotation is taken to end with its paragraph`, span: span(this.input, o.q.start, o.q.start + 1), severity: 'warning' });
  }
}

function closeAt(o: Open, at: number, mark: string | null): void {
  const seg = o.q.segments[o.q.segments.length - 1];
  seg.end = at;
  o.q.end = at;
  o.q.closeMark = mark;
}

/** Markup left in plain text (<tweet author="x">): where the tag ends, so its attribute values are not quotations; -1 when it does not. */
function markupEnd(view: string, i: number, paraEnd: number): number {
  const limit = Math.min(paraEnd, i + 500);
  let gt = i + 1;
  while (gt < limit && view[gt] !== '>') gt++;
  return gt < limit ? gt : -1;
}

const FAMILY: Record<string, string> = { '"': 'd', '\u201c': 'd', '\u201e': 'd', '\u201d': 'd', '\u00ab': 'g', '\u00bb': 'g', "'": 's', '\u2018': 's', '\u201a': 's', '\u2039': 'sg', '\u203a': 'sg' };
const sameFamily = (a: string, b: string) => FAMILY[a] !== undefined && FAMILY[a] === FAMILY[b];

/**
 * A double mark opening right after a sentence while a double quotation of the same family is the only
 * one open: English never nests double marks in double marks, so the break between paragraphs is missing.
 */
function missingParagraphBreak(view: string, at: number, mark: string, stack: readonly Open[]): boolean {
  if (stack.length !== 1 || stack[0].tentative || SINGLE_MARKS.has(mark) || !sameFamily(mark, stack[0].q.openMark)) return false;
  let j = at - 1;
  if (j < 0 || !/\s/.test(view[j])) return false;
  while (j > stack[0].q.start && /\s/.test(view[j])) j--;
  return /[.?!]/.test(view[j]) && j > stack[0].q.start + 1;
}

/**
 * '“It is unusual,“ said Larry Noble': a left double mark written where the right one belongs
 * (right after the words, a space or punctuation after it) closes the quotation it opened.
 */
function openerAsCloser(openMark: string, c: string, prev: string | undefined, next: string | undefined): boolean {
  return c === '\u201c' && openMark === '\u201c' && !isSpaceOrEdge(prev) && (isSpaceOrEdge(next) || /[.,;:!?)\]]/.test(next ?? ''));
}

function trimEnd(view: string, start: number, end: number): number {
  while (end > start && /\s/.test(view[end - 1])) end--;
  return end;
}
