import { quoteMarks } from '../lexicons/index.js';

/** For each opening mark, the marks that may close it (from the quote-mark lexicon). */
export const CLOSERS = new Map<string, Set<string>>();
/** Every character that can act as a quotation mark. */
export const MARKS = new Set<string>();
for (const p of quoteMarks.pairs) {
  if (!CLOSERS.has(p.open)) CLOSERS.set(p.open, new Set());
  CLOSERS.get(p.open)!.add(p.close);
  MARKS.add(p.open);
  MARKS.add(p.close);
}
// Mixed typography ("text\u201d) is common in scraped news: let a straight double close on a curly one and back.
CLOSERS.get('"')!.add('\u201d');
CLOSERS.get('\u201c')!.add('"');

/** Single-level marks double as apostrophes, so they need context to count as quotes. */
export const SINGLE_MARKS = new Set(["'", '\u2018', '\u2019', '\u201a', '\u2039', '\u203a']);

const WORD = /[\p{L}\p{N}]/u;
/** Letter or digit (any script). */
export const isWordChar = (c: string | undefined) => c !== undefined && WORD.test(c);
/** Whitespace or nothing (start/end of text). */
export const isSpaceOrEdge = (c: string | undefined) => c === undefined || /\s/.test(c);

const APOSTROPHE_WORDS = new RegExp(
  `^['\u2018\u2019](\\d0s|\\d\\ds\\b|\\d\\d\\b|n['\u2019]|${quoteMarks.apostropheWords
    .filter((w) => /^['\u2019][a-z]+$/i.test(w))
    .map((w) => w.slice(1))
    .join('\\b|')}\\b)`,
  'i',
);

/** Whether a single mark at i starts an elided word ('90s, 'em, rock 'n' roll) rather than a quote. */
export function startsApostropheWord(view: string, i: number): boolean {
  return APOSTROPHE_WORDS.test(view.slice(i, i + 8));
}
