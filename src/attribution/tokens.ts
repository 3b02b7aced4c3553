import { abbreviations } from '../lexicons/index.js';
import { CUE_FIRST_WORDS } from '../lexicons/word-sets.js';
import { tagText } from '../nlp/compromise-adapter.js';
import type { QuoteSpan } from '../segment/quotes.js';

const ABBR = new Set(abbreviations.abbreviations);

/** A word, a punctuation mark, or a whole top-level quotation as one token. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: 'word' | 'punct' | 'quote';
  quote?: QuoteSpan;
  tags?: ReadonlySet<string>;
  cap: boolean;
}

// "Reuters/Ipsos" and "NBC News/Wall Street Journal" are single words, as pollsters' pairs are written.
// A plural possessive keeps its apostrophe ("the operators’ association"): outside quotation
// pieces (which are tokens of their own) an apostrophe after a final s closes no quotation.
// "250,000" is one number: split at its comma, "000 Syrians" read as a speaker.
const WORD = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:[\u2019'.\-&/][\p{L}\p{N}]+)*(?:(?<=[sS])['\u2019](?![\p{L}\p{N}]))?\.?/uy;
// What /[\s\u2060]/ matches, by code unit: a regex test per character was a tenth of tokenizing.
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff;
}
// Hoisted: the build lowers a \p{..} literal to `new RegExp` at its use, a compile per word.
const ONE_CAPITAL = /^\p{Lu}$/u;
const CAPITALIZED = /^\p{Lu}/u;

const lowerOf = (text: string) => {
  const lower = text.toLowerCase();
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
};

/** A piece of a quotation inside one sentence (a quotation over paragraphs has one per segment). */
export interface QuotePiece {
  start: number;
  end: number;
  quote: QuoteSpan;
}

const PRONOUN_CONTRACTION = /^(he|she|it|they|we|i|you|who)['\u2019](?:s|ve|d|ll|re|m)$/i;

const wordToken = (start: number, text: string): Token => ({ start, end: start + text.length, text, lower: lowerOf(text), kind: 'word', cap: CAPITALIZED.test(text) });

/** Tokenizes view[start, end), turning each quotation piece that lies inside into a single token. */
export function tokenize(view: string, start: number, end: number, pieces: readonly QuotePiece[]): Token[] {
  const out: Token[] = [];
  let qi = 0;
  const qs = pieces.filter((q) => q.start >= start && q.start < end);
  for (let i = start; i < end; ) {
    const c = view[i];
    if (qi < qs.length && qs[qi].start === i) {
      const piece = qs[qi++];
      const q = piece.quote;
      const qEnd = Math.min(piece.end, end);
      out.push({ start: i, end: qEnd, text: view.slice(i, qEnd), lower: '', kind: 'quote', quote: q, cap: false });
      i = qEnd;
      continue;
    }
    if (isSpace(view.charCodeAt(i))) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    // test, not exec: a sticky match starts at i, and exec's match array was half of what tokenizing allocated.
    if (WORD.test(view)) {
      let text = view.slice(i, WORD.lastIndex);
      if (text.endsWith('.')) {
        const bare = text.slice(0, -1).toLowerCase();
        const keep = ABBR.has(bare) || ONE_CAPITAL.test(text.slice(0, -1)) || bare.includes('.');
        if (!keep) text = text.slice(0, -1);
      }
      // "he's said", "they've argued": the pronoun is the speaker, the contraction an auxiliary of the cue.
      const head = PRONOUN_CONTRACTION.exec(text)?.[1];
      if (head) {
        out.push(wordToken(i, head), wordToken(i + head.length, text.slice(head.length)));
      } else out.push(wordToken(i, text));
      i += text.length;
      continue;
    }
    // "--" is a dash typed on a keyboard, one mark like "\u2014"; the horizontal bar (U+2015, the
    // quotation dash some sites set for em dashes and before a quotation's credit) reads as "\u2014".
    const len = c === '-' && view[i + 1] === '-' ? 2 : 1;
    const text = c === '\u2015' ? '\u2014' : view.slice(i, i + len);
    out.push({ start: i, end: i + len, text, lower: text, kind: 'punct', cap: false });
    i += len;
  }
  return out;
}

/**
 * '... as "fantastic," telling reporters': the comma inside a closing quotation still ends the clause.
 * Doubled apostrophes (''...'') reach the view as a mark and a word joiner (U+2060), before the comma's mark too.
 */
export const quoteEndsWithComma = (t: Token | undefined) => !!t && t.kind === 'quote' && /,[\s\u2060]*["'\u201d\u2019\u00bb]*$/.test(t.text);

/** How many words (not punctuation or quotations) a run of tokens holds. */
export const wordCount = (ts: readonly Token[]): number => ts.reduce((n, t) => n + (t.kind === 'word' ? 1 : 0), 0);

/** Where a sentence's own words start: after a wire dateline ("SANTIAGO, March 18 (Reuters) -"). */
export function clauseStart(tokens: readonly Token[]): number {
  for (let k = 1; k < Math.min(tokens.length - 1, 14); k++)
    if (tokens[k].kind === 'punct' && /^([-\u2014\u2013]|--)$/.test(tokens[k].text) && tokens[k - 1].text === ')') return k + 1;
  return 0;
}

/** 'X boomed: "..."' and '"...," Hannity pressed.': a word before a colon and a quotation, or after a
 * quotation and a name, may be a cue the lexicon lacks. */
const beforeColonQuote = (tokens: readonly Token[], k: number) => tokens[k + 1]?.text === ':' && tokens[k + 2]?.kind === 'quote';
/**
 * '"...," Trump added', '"...," Jane Roe said': the index of the quotation right before the one to three
 * name words (capitalized, or he/she/they) that end at token i - 1; -1 when there is none.
 */
export function quoteBeforeName(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && tokens[k].kind === 'word' && (tokens[k].cap || /^(he|she|they)$/.test(tokens[k].lower))) k--;
  return k < i - 1 && tokens[k]?.kind === 'quote' ? k : -1;
}

/**
 * Tokens a reported clause may hold, and how far the words after a cue are read for one: five times
 * the longest reported clause of PolNeAR (209 words). In a sentence of frames that never stops ("A said
 * B said C said ..."), each frame's clause would hold the rest of the sentence, and the statements
 * together the square of its length.
 */
export const MAX_CLAUSE_TOKENS = 1_000;

/** Tokens around a cue word that the frame rules read tags of: the speaker before it, the addressee after. */
const BEFORE_CUE = 12;
/** Characters per compromise parse: large enough to amortize its per-call cost, small enough to bound memory. */
const CHUNK = 20_000;
const AFTER_CUE = 8;

/**
 * Collects the runs of tokens whose tags attribution reads, from many sentences, and tags them all
 * with one compromise call: its cost is mostly per call, so a document is parsed once, in pieces.
 */
export class TagBatch {
  private runs: { view: string; tokens: Token[]; from: number; to: number }[] = [];

  /** Registers the words around cue words (all words when `everything`), never inside quotations. */
  add(view: string, tokens: Token[], everything = false): void {
    const wanted = new Uint8Array(tokens.length);
    if (everything) wanted.fill(1);
    else
      for (let k = 0; k < tokens.length; k++) {
        if (tokens[k].kind !== 'word' || !(CUE_FIRST_WORDS.has(tokens[k].lower) || tokens[k].lower === 'according' || beforeColonQuote(tokens, k) || (!tokens[k].cap && quoteBeforeName(tokens, k) >= 0))) continue;
        wanted.fill(1, Math.max(0, k - BEFORE_CUE), Math.min(tokens.length, k + AFTER_CUE + 1));
        // The sentence's subject too, for coordinated and participial cues ("X won and says ...").
        const s0 = clauseStart(tokens);
        wanted.fill(1, s0, Math.min(tokens.length, s0 + 6));
        // "After saying ..., the governor left": an opening participle's speaker follows its phrase's comma.
        if (k <= s0 + 2 && tokens[k].lower.endsWith('ing')) {
          let c = k + 1;
          // A quotation inside the phrase is part of it; one ending in a comma closes it.
          while (c < Math.min(tokens.length, k + 40) && tokens[c].text !== ',' && !quoteEndsWithComma(tokens[c]) && !/^[.;:!?]$/.test(tokens[c].text)) c++;
          if (tokens[c]?.text === ',' || quoteEndsWithComma(tokens[c])) wanted.fill(1, c, Math.min(tokens.length, c + 7));
        }
      }
    let runStart = -1;
    for (let k = 0; k <= tokens.length; k++) {
      const stop = k === tokens.length || tokens[k].kind === 'quote' || !wanted[k];
      // A run is cut where it reaches CHUNK characters: compromise's sentence splitter takes time of the
      // square of a text with an abbreviation every few words ("Mr. Ann Mr. Bob ..."), and an unbroken
      // run of cue words would otherwise reach it whole however long it is. No sentence of news is that long.
      const full = runStart >= 0 && !stop && tokens[k].end - tokens[runStart].start > CHUNK;
      if (stop || full) {
        if (runStart >= 0) this.runs.push({ view, tokens, from: runStart, to: k });
        runStart = full ? k : -1;
      } else if (runStart < 0) runStart = k;
    }
  }

  /**
   * Tags every registered run, a few parses per document: runs are joined (blank lines between, so
   * they never merge) into chunks small enough that compromise's memory stays bounded on huge inputs.
   */
  run(): void {
    for (let i = 0; i < this.runs.length; ) {
      let size = 0;
      let j = i;
      while (j < this.runs.length && (j === i || size < CHUNK)) {
        const r = this.runs[j++];
        size += r.tokens[r.to - 1].end - r.tokens[r.from].start + 2;
      }
      this.tagChunk(this.runs.slice(i, j));
      i = j;
    }
    this.runs = [];
  }

  private tagChunk(runs: { view: string; tokens: Token[]; from: number; to: number }[]): void {
    // The chunk is rebuilt from the tokens, one space for any gap: blanked markup (a page's tags and
    // links, Markdown's marks) would otherwise cost compromise as much as text.
    const parts: string[] = [];
    let length = 0;
    const owner = new Map<number, Token>();
    for (const r of runs) {
      for (let k = r.from; k < r.to; k++) {
        const t = r.tokens[k];
        if (k > r.from && t.start > r.tokens[k - 1].end) {
          parts.push(' ');
          length++;
        }
        if (t.kind === 'word') owner.set(length, t);
        parts.push(t.text);
        length += t.text.length;
      }
      parts.push('\n\n');
      length += 2;
    }
    for (const r of runs) for (let k = r.from; k < r.to; k++) if (r.tokens[k].kind === 'word') r.tokens[k].tags = undefined;
    for (const tag of tagText(parts.join(''))) {
      const t = owner.get(tag.start);
      if (t) t.tags = tag.tags;
    }
    // "Ebeling said", "Manning told": compromise reads a capitalized -ing word as a gerund; past a
    // sentence's first word it is a name, and so is a first word a finite verb follows ("Manning said").
    for (const r of runs)
      for (let k = r.from; k < r.to; k++) {
        const t = r.tokens[k];
        if (!t.cap || !t.tags?.has('Gerund') || t.tags.has('ProperNoun')) continue;
        if (k > 0 || finiteAfterName(r.tokens[k + 1], t)) t.tags = new Set([...t.tags, 'ProperNoun']);
      }
  }
}

/** "Manning said": a finite verb right after a capitalized -ing word that is no verb form of its own ("Having said"). */
function finiteAfterName(next: Token | undefined, t: Token): boolean {
  return !!next?.tags && next.tags.has('Verb') && (next.tags.has('PastTense') || next.tags.has('PresentTense')) && !next.tags.has('Gerund') && !NOT_NAME_GERUNDS.test(t.lower);
}
const NOT_NAME_GERUNDS = /^(having|being|getting|according|during|including|following|regarding|concerning|considering|pending|nothing|everything|something|anything|saying|adding|speaking|writing|asking|noting|looking|going|coming|seeing|reading|watching|thing|spring|morning|evening|building|meeting|hearing|ruling|funding|polling|voting|spending|training|housing|shooting|bombing|fighting|bidding|timing|rating|ranking|warning|ending|opening|closing|briefing|booking|posting|reporting|campaigning|fundraising|lobbying|lying)$/;

/** Tags one sentence's tokens now (see TagBatch). */
export function tagTokens(view: string, tokens: Token[], everything = false): void {
  const batch = new TagBatch();
  batch.add(view, tokens, everything);
  batch.run();
}
