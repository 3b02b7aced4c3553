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
  const top: QuoteSpan[] = [];
  const diagnostics: Diagnostic[] = [];
  let stack: Open[] = [];
  let depthWarned = false;

  const attach = (q: QuoteSpan) => {
    const parent = stack.length ? stack[stack.length - 1].q : null;
    if (parent) parent.children.push(q);
    else top.push(q);
  };
  // A single mark that never closed was an apostrophe: its children move up to its parent.
  const dissolve = (q: QuoteSpan, parent: QuoteSpan | null) => {
    const list = parent ? parent.children : top;
    const idx = list.indexOf(q);
    if (idx >= 0) list.splice(idx, 1, ...q.children);
  };
  const closeAt = (o: Open, at: number, mark: string | null) => {
    const seg = o.q.segments[o.q.segments.length - 1];
    seg.end = at;
    o.q.end = at;
    o.q.closeMark = mark;
  };
  const unwindTo = (idx: number, at: number) => {
    while (stack.length > idx + 1) {
      const o = stack.pop()!;
      if (o.tentative) dissolve(o.q, stack.length ? stack[stack.length - 1].q : null);
      else {
        closeAt(o, at, null);
        o.q.unclosed = true;
        diagnostics.push({ code: 'unclosed-quote', message: `Quotation mark ${o.q.openMark} is not closed before the enclosing quotation ends`, span: span(input, o.q.start, o.q.start + 1), severity: 'warning' });
      }
    }
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    let i = para.start;
    // Continuation of a multi-paragraph quote: the new paragraph reopens with the same mark.
    if (stack.length) {
      let j = para.start;
      while (j < para.end && /\s/.test(view[j])) j++;
      const outer = stack[0];
      const reopen = view[j];
      if (para.continues !== false && j < para.end && (reopen === outer.q.openMark || (CLOSERS.get(reopen)?.size && sameFamily(reopen, outer.q.openMark)))) {
        outer.q.segments.push({ start: j, end: j + 1 });
        outer.paragraph = p;
        i = j + 1;
      } else {
        const o = stack[0];
        diagnostics.push({ code: 'unclosed-quote', message: `Quotation mark ${o.q.openMark} is never closed; the quotation is taken to end with its paragraph`, span: span(input, o.q.start, o.q.start + 1), severity: 'warning' });
        o.q.unclosed = true;
        stack = [];
      }
    }
    for (; i < para.end; i++) {
      const c = view[i];
      if (c === '<' && /[a-zA-Z/]/.test(view[i + 1] ?? '')) {
        // Markup left in plain text (<tweet author="x">): its attribute values are not quotations.
        const limit = Math.min(para.end, i + 500);
        let gt = i + 1;
        while (gt < limit && view[gt] !== '>') gt++;
        if (gt < limit) {
          i = gt;
          continue;
        }
      }
      if (!MARKS.has(c)) continue;
      const prev = view[i - 1];
      const next = view[i + 1];
      const single = SINGLE_MARKS.has(c);
      if (single && isWordChar(prev) && isWordChar(next)) continue; // don't, Pashinyan's

      // Closing: the innermost open quote this mark can close, in a closing context.
      let closed = false;
      for (let k = stack.length - 1; k >= 0; k--) {
        const o = stack[k];
        if (!CLOSERS.get(o.q.openMark)?.has(c) && !openerAsCloser(o.q.openMark, c, prev, next)) continue;
        const closingContext = !isSpaceOrEdge(prev) || isSpaceOrEdge(next) || /[.,;:!?)\]]/.test(next);
        if (!closingContext) break;
        if (single && isWordChar(next)) break;
        // A definite inner quote left open blocks a close only if this mark can't close it.
        unwindTo(k, i);
        stack.pop();
        // A mark written as an HTML entity (&rdquo;) ends where the entity ends.
        let end = i + 1;
        while (view[end] === '\u2060') end++;
        closeAt(o, end, c);
        closed = true;
        break;
      }
      if (closed) continue;

      // Opening.
      if (!CLOSERS.has(c)) {
        if (c === '\u2019' || c === "'") continue; // apostrophe (students' union) with no quote open
        diagnostics.push({ code: 'stray-closing-quote', message: `Closing quotation mark ${c} has no opening mark`, span: span(input, i, i + 1), severity: 'info' });
        continue;
      }
      // French style puts a (narrow) space inside guillemets: "\u00ab Nous \u00bb".
      const spacedGuillemet = (c === '\u00ab' || c === '\u2039') && /[ \u00a0\u202f]/.test(next ?? '') && !isSpaceOrEdge(view[i + 2]);
      const openingContext = !isWordChar(prev) && (!isSpaceOrEdge(next) || spacedGuillemet);
      if (!openingContext) {
        if (!single) diagnostics.push({ code: 'stray-quote', message: `Quotation mark ${c} neither opens nor closes a quotation here`, span: span(input, i, i + 1), severity: 'info' });
        continue;
      }
      if (single && startsApostropheWord(view, i)) continue;
      if ((c === '\u201d' || c === '\u00bb' || c === '\u203a') && !isSpaceOrEdge(prev) && !/[(\[\u2014\u2013-]/.test(prev)) continue;
      if (stack.length >= MAX_DEPTH) {
        if (!depthWarned) diagnostics.push({ code: 'quote-nesting-too-deep', message: `Quotations nested deeper than ${MAX_DEPTH} levels; inner marks ignored`, span: span(input, i, i + 1), severity: 'warning' });
        depthWarned = true;
        continue;
      }
      if (missingParagraphBreak(view, i, c, stack)) {
        // 'We will fight on. "We have no choice,"': paragraphs joined by a space lost the break where
        // the news convention reopens a quotation; the open one ends with its sentence.
        const o = stack[0];
        closeAt(o, trimEnd(view, o.q.start, i), null);
        o.q.unclosed = true;
        diagnostics.push({ code: 'paragraph-break-missing', message: `Quotation mark ${o.q.openMark} is not closed before a new quotation opens after a sentence; taken to end with its sentence (paragraphs joined without a line break?)`, span: span(input, o.q.start, o.q.start + 1), severity: 'info' });
        stack = [];
      }
      const q: QuoteSpan = { start: i, end: i + 1, openMark: c, closeMark: null, segments: [{ start: i, end: i + 1 }], children: [], depth: stack.length, unclosed: false };
      attach(q);
      stack.push({ q, tentative: single, paragraph: p });
    }
    // Paragraph end: drop apostrophes, keep a definite outer quote open for a possible continuation.
    const paraEnd = trimEnd(view, para.start, para.end);
    for (let k = stack.length - 1; k >= 0; k--) {
      const o = stack[k];
      if (o.tentative) {
        stack.splice(k, 1);
        dissolve(o.q, k > 0 ? stack[k - 1].q : null);
      } else closeAt(o, paraEnd, null);
    }
    if (stack.length > 1) unwindTo(0, paraEnd);
  }
  if (stack.length) {
    const o = stack[0];
    o.q.unclosed = true;
    diagnostics.push({ code: 'unclosed-quote', message: `Quotation mark ${o.q.openMark} is never closed; the quotation is taken to end with its paragraph`, span: span(input, o.q.start, o.q.start + 1), severity: 'warning' });
  }
  return { quotes: top, diagnostics };
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
