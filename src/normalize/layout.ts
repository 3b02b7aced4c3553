import { parseDate } from '../text/dates.js';

/** What a line of the article is, as a reader sees it. */
export type LineRole = 'headline' | 'byline' | 'date' | 'caption' | 'related' | 'url-label' | 'url' | 'body';

export interface Line {
  start: number;
  end: number;
  role: LineRole;
  /** For captions: where the photo credit starts (the bold or "Photo:" part), if any. */
  creditStart?: number;
}

const RELATED = /^\s*(related( articles?| stories| story| content| coverage)?|read more|see also|also read|more on this|watch)\s*:/i;
const URL_LABEL = /^\s*(original|source|canonical)\s+url\s*:?\s*$/i;
const URL_LINE = /^\s*<?https?:\/\/\S+>?\s*$/;
const BYLINE = /^\s*by\s+\S/i;
// Agency credits are matched in the case they are written in ("REUTERS/Jane Doe", "AP Photo"): a
// sentence about a "Reuters/Ipsos poll" is body text.
const CREDIT = /(\*\*[^*\n]{2,200}\*\*\s*$)|([Pp]hoto|[Ii]mage|[Pp]icture|[Cc]redit|[Pp]hotograph|PHOTO|IMAGE|CREDIT)\s*:|\b(Getty Images|AP Photo|AFP Photo|AFP\/Getty|REUTERS\/|EPA\/|Shutterstock)/;

/** Splits into lines and gives each a role; only short lines near the top or bottom are taken for metadata. */
export function classifyLines(input: string, view: string, emptinessFrom: string = input, softWraps = false): Line[] {
  const lines: Line[] = [];
  const width = softWraps ? wrapWidth(view) : 0;
  let start = 0;
  while (start <= view.length) {
    let end = view.indexOf('\n', start);
    if (end < 0) end = view.length;
    if (emptinessFrom.slice(start, end).replace(/\u2060/g, '').trim()) {
      const last = lines[lines.length - 1];
      if (softWraps && last && softWrap(view, last, start, end, width)) last.end = end;
      else lines.push({ start, end, role: 'body' });
    }
    start = end + 1;
  }
  let sawBody = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const raw = input.slice(line.start, line.end);
    const text = view.slice(line.start, line.end).trim();
    const short = text.length < 160;
    if (URL_LABEL.test(raw)) line.role = 'url-label';
    else if (URL_LINE.test(raw)) line.role = 'url';
    else if (RELATED.test(text)) line.role = 'related';
    else if (!sawBody && short && BYLINE.test(text)) line.role = 'byline';
    else if (!sawBody && short && parseDate(text)) line.role = 'date';
    else if (i === 0 && lines.length > 1 && text.length < 300 && (/^\s*#/.test(raw) || !/[.:;,]["'\u201d\u2019]?$/.test(text) || titleCase(text))) line.role = 'headline';
    else if (text.length < 400 && CREDIT.test(raw)) {
      line.role = 'caption';
      const m = /\*\*[^*\n]{2,200}\*\*\s*$/.exec(raw);
      if (m) line.creditStart = line.start + m.index;
    } else {
      line.role = 'body';
      sawBody = true;
    }
  }
  return lines;
}

// A line that runs on: "... a hate\ncrime, reiterated ..." (text wrapped at a width, as PDFs, e-mail
// and some corpora are). Only a lower-case word straight after a single line break, with no sentence
// end before it, is read as the same paragraph: a capital may open a new one, "by ..." is a byline.
// Plain text and Markdown only: a page's lines are its blocks.
const SENTENCE_END = /[.!?]["'\u201d\u2019)\]]*\s*$/u;
const RUNS_ON = /^\n[ \t]*\p{Ll}/u;
function softWrap(view: string, previous: Line, start: number, end: number, width: number): boolean {
  const next = view.slice(start, end);
  if (BYLINE.test(next) || view.slice(previous.end, start).indexOf('\n', 1) >= 0) return false;
  // Only the paragraph's last line is read: a paragraph joined from many lines is not read again for each.
  const lastLine = Math.max(view.lastIndexOf('\n', previous.end - 1) + 1, previous.start);
  if (RUNS_ON.test(view.slice(previous.end, start + 2)) && !SENTENCE_END.test(view.slice(lastLine, previous.end))) return true;
  // In text wrapped at a width, a full line runs on whatever the next one starts with; a short
  // line ended its paragraph.
  return width > 0 && previous.end - lastLine >= FULL_LINE * width && !BLOCK_START.test(next);
}

/** A line at least this share of the wrapping width is full: the text goes on below it. */
const FULL_LINE = 0.75;
/** List items, headings and quotes in Markdown or plain text start blocks of their own. */
const BLOCK_START = /^\s*(?:[-*+\u2022]\s|\d{1,3}[.)]\s|#{1,6}\s|>)/;

/**
 * The width the text was wrapped at, or 0: when most lines followed by another line (not a blank
 * one) are about equally long, between 30 and 100 characters, as hard-wrapped text is.
 */
function wrapWidth(view: string): number {
  const lengths: number[] = [];
  let start = 0;
  for (let end = view.indexOf('\n'); end >= 0; start = end + 1, end = view.indexOf('\n', start)) {
    const nextEnd = view.indexOf('\n', end + 1);
    if (view.slice(start, end).trim() && view.slice(end + 1, nextEnd < 0 ? view.length : nextEnd).trim()) lengths.push(end - start);
  }
  if (lengths.length < 4) return 0;
  const sorted = [...lengths].sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1];
  if (median < 30 || median > 100) return 0;
  const even = lengths.filter((n) => n >= 0.75 * median && n <= 1.1 * median).length;
  return even >= 0.75 * lengths.length ? median : 0;
}

const LETTER_FIRST = /^[\p{L}]/u;
const CAPITALIZED = /^\p{Lu}/u;
/** Most words capitalized, as in a headline: "Bernie Sanders Says He's Already Started Writing His Address." */
function titleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => LETTER_FIRST.test(w) && w.length > 3);
  return words.length >= 3 && words.filter((w) => CAPITALIZED.test(w)).length >= words.length * 0.8;
}
