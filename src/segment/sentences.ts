import { abbreviations } from '../lexicons/index.js';
import { SPEECH_FORMS as CUE_FORMS } from '../lexicons/word-sets.js';
import type { QuoteSpan } from './quotes.js';

const ABBR = new Set(abbreviations.abbreviations);
const QUOTE_CLOSERS = new Set(['"', "'", '\u201d', '\u2019', '\u00bb', '\u203a']);

/** '"Why?" Lichtman said.': a quotation ending in ?, ! or . is still attributed by what follows it. */
function attributionFollows(view: string, from: number, end: number): boolean {
  const words = view.slice(from, Math.min(end, from + 60)).split(NON_WORD_RUN, 5);
  if (nameThenVerbEnds(view, from, end)) return true;
  for (let i = 0; i < words.length && i < 4; i++) {
    const w = words[i].toLowerCase().replace(/\.$/, '');
    // '"..." She noted that the state is big.': a cue opening its own reported clause starts a sentence.
    // (Train: splitting after any capitalized subject, names too, lost source exact.)
    if (CUE_FORMS.has(w)) {
      const next = (words[i + 1] ?? '').toLowerCase();
      // '"..." Asked what it means, she said: ...': a participial opener, not a postposed frame.
      if (i === 0 && w === 'asked' && CAPITAL.test(view[from])) return false;
      // '"..." She noted a planned rally.': a pronoun subject whose cue takes an object opens its own sentence.
      if (i > 0 && SUBJECT_PRONOUNS.test(words[0]) && CAPITAL.test(view[from]) && OBJECT_OPENERS.has(next)) return false;
      return next !== 'that';
    }
    if (/[.!?]$/.test(words[i]) && !ABBR.has(w)) return false;
  }
  return false;
}
/**
 * '"Would it be negotiable?" Hannity pressed.': one to three capitalized words and a past-tense verb
 * the lexicon lacks, closing the sentence, attribute the quotation before them. A capitalized pronoun
 * opens a sentence of its own ('..." He smiled.'): it would say "he pressed" after the quotation.
 */
function nameThenVerbEnds(view: string, from: number, end: number): boolean {
  const m = NAME_VERB_END.exec(view.slice(from, Math.min(end, from + 60)));
  return !!m && !NOT_SPEAKER_START.test(m[1]);
}
const NAME_VERB_END = /^((?:\p{Lu}[\p{L}'\u2019.-]*\s+){1,3})\p{Ll}+ed[.,]/u;
const NOT_SPEAKER_START = /^(?:The|This|That|It|There|But|And|Then|So|We|They|I|He|She|You)\s/;
const SUBJECT_PRONOUNS = /^(?:he|she|they|we|i|it)$/i;
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'this', 'these', 'those', 'him', 'them', 'me', 'us', 'our', 'my', 'your']);
const CLOSING = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb', '\u203a', '\u2060']);
const NON_WORD_RUN = /[^\p{L}\u2019'.-]+/u;
const LETTER_OR_DOT = /[\p{L}.]/u;
const CAPITAL = /\p{Lu}/u;
const INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const STARTER = /[\p{Lu}\p{N}"'\u201c\u2018\u00ab\u201e(\[]/u;

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

/**
 * Stage 2b: sentence boundaries from the characters, never inside a quotation (so a quote of several
 * sentences stays in the sentence that attributes it), always at a paragraph end.
 */
export function splitSentences(view: string, paragraphs: readonly { start: number; end: number }[], quotes: readonly QuoteSpan[]): Sentence[] {
  const out: Sentence[] = [];
  // Interior ranges of the quotations, in order, for a linear sweep.
  const inside: [number, number][] = [];
  for (const q of quotes) for (const s of q.segments) inside.push([s.start + 1, s.end]);
  inside.sort((a, b) => a[0] - b[0]);
  let qi = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p];
    let s = start;
    for (let i = start; i < end; i++) {
      const c = view[i];
      if (c !== '.' && c !== '!' && c !== '?' && c !== '\u2026') continue;
      let b = i + 1;
      while (b < end && (view[b] === '.' || CLOSING.has(view[b]))) b++;
      if (b >= end || !/\s/.test(view[b])) continue;
      let n = b;
      while (n < end && /[\s\u2060]/.test(view[n])) n++;
      if (n >= end || !STARTER.test(view[n])) continue;
      while (qi < inside.length && inside[qi][1] < b) qi++;
      if (qi < inside.length && inside[qi][0] <= i && b < inside[qi][1]) continue;
      if (c === '.' && isAbbreviation(view, i) && !(placeOrTimeAbbreviation(view, i) && PRONOUN_START.test(view.slice(n, n + 6)))) continue;
      if (QUOTE_CLOSERS.has(view[b - 1]) && attributionFollows(view, n, end)) continue;
      out.push({ start: s, end: b, paragraph: p });
      s = n;
      i = n - 1;
    }
    let e = end;
    while (e > s && /\s/.test(view[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, paragraph: p });
  }
  return out;
}

// "... in the U.S. He says ...": a place or a time may close a sentence, and a pronoun then opens the next.
// A place's or a state's abbreviation closes a sentence before a pronoun or a quotation (the lexicon's "closing" list).
const CLOSING_ABBREVIATIONS = new Set(abbreviations.closing);
const PRONOUN_START = /^(?:He|She|They|We|I|It)\b|^["\u201c]\p{Lu}/u;
function placeOrTimeAbbreviation(view: string, dot: number): boolean {
  let w = dot;
  while (w > 0 && LETTER_OR_DOT.test(view[w - 1])) w--;
  return CLOSING_ABBREVIATIONS.has(view.slice(w, dot).toLowerCase());
}

function isAbbreviation(view: string, dot: number): boolean {
  let w = dot;
  while (w > 0 && LETTER_OR_DOT.test(view[w - 1])) w--;
  const word = view.slice(w, dot).toLowerCase();
  if (!word) return false;
  if (word.length === 1 && CAPITAL.test(view[w])) return true; // an initial: "John F. Kennedy"
  if (INITIALS.test(view.slice(w, dot))) return true; // initials: "J.M. Berger", "E.J. Dionne"
  return ABBR.has(word);
}
