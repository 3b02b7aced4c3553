// What the span model sees of each token: hashed indicator features built from what the library
// already computes (word forms and shapes, lexicon membership, compromise tags, quotation state,
// sentence position, the distance to a cue word) and the rules' own proposal for the token (stacking).
import { lexiconTag } from '../../nlp/compromise-adapter.js';
import { CUE_FIRST_WORDS, CUE_FORMS, DETERMINERS, HONORIFICS, ORG_WORDS, PRONOUNS, STATEMENT_NOUNS, TITLE_WORDS } from '../../lexicons/word-sets.js';
import type { Segmentation } from '../../segment/index.js';
import { tokenize, type Token } from '../tokens.js';
import { Memo } from '../../text/memo.js';
import { Scratch } from './scratch.js';

/** The BIO tags of the model: O, then Begin/Inside of source, cue and content. */
export const TAGS = ['O', 'B-S', 'I-S', 'B-C', 'I-C', 'B-Q', 'I-Q'] as const;
export const NTAGS = TAGS.length;
export type Role = 'S' | 'C' | 'Q';

/** One paragraph as the model reads it. */
export interface ModelParagraph {
  tokens: Token[];
  /** Sentence index of each token (sentences never cut a quotation). */
  sentence: Int32Array;
  /** Concatenated feature buckets; token k's are feats[offs[k] .. offs[k+1]). At inference, valid until the next paragraph is read. */
  feats: Uint32Array;
  offs: Uint32Array;
  /** The rules' proposal as tags (an index into TAGS), for the trace and for diagnostics. */
  ruleTags: Uint8Array;
  /** FNV-1a hashes of each token's word (lower case), lexicon tag and shape: the boundary ranker reads them too. */
  hashes: TokenHashes;
  /** No cue word, quotation or rule proposal: the tagger is not run on it (its tags are all O). */
  silent?: boolean;
}

/** A rule proposal painted on characters: which role the rules gave each span, and of which kind of statement. */
export interface RuleSpan {
  start: number;
  end: number;
  role: Role;
  kind: string;
}

/** Compromise tags worth a feature; the rest add weight without telling roles apart. */
const TAG_FEATURES = ['Person', 'Organization', 'Place', 'ProperNoun', 'Pronoun', 'Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Modal', 'Auxiliary', 'Noun', 'Plural', 'Adjective', 'Adverb', 'Preposition', 'Determiner', 'Conjunction', 'QcRole', 'Value', 'Date', 'Copula', 'Negative', 'QuestionWord'];

const FNV_OFFSET = 0x811c9dc5;
/** FNV-1a over the UTF-16 units of `s` (or of `s.slice(from, to)`, without the slice), continued from `h`. */
export function fnv(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** The FNV-1a hash of a string: the tagger's and the ranker's hash of every name and value. */
export const hashOf = (s: string) => fnv(FNV_OFFSET, s);

const QUOTE_CHAR = /["'\u201c\u201d\u2018\u2019\u00ab\u00bb]/;

/** The shape of a token: 'd' digits, 'X' capitals, 'Xx' capitalized, 'x' lower case; 'q' a quotation mark, else the punctuation itself. */
export function shape(t: Token): string {
  if (t.kind !== 'word') return QUOTE_CHAR.test(t.text) ? 'q' : t.text;
  const s = t.text;
  const c = s.charCodeAt(0);
  // ASCII words (nearly all of them) without the Unicode regexes, which cost a fifth of the model's features.
  if (c < 128) {
    if (c >= 48 && c <= 57) return 'd';
    if (c < 65 || c > 90) return 'x';
    if (s.length === 1) return 'Xx';
    for (let i = 1; i < s.length; i++) {
      const d = s.charCodeAt(i);
      if (!((d >= 65 && d <= 90) || d === 46 || d === 38 || d === 45)) return d < 128 ? 'Xx' : shapeByRegex(s);
    }
    return 'X';
  }
  return shapeByRegex(s);
}

const DIGIT_FIRST = /^\p{N}/u;
const ALL_CAPS = /^\p{Lu}[\p{Lu}.&-]+$/u;
const CAPITALIZED = /^\p{Lu}/u;
function shapeByRegex(s: string): string {
  if (DIGIT_FIRST.test(s)) return 'd';
  if (ALL_CAPS.test(s)) return 'X';
  if (CAPITALIZED.test(s)) return 'Xx';
  return 'x';
}


/** Tokens of each paragraph with the sentence each lies in and whether it is inside a quotation: what training reads. */
export function modelParagraphs(view: string, seg: Segmentation, ruleSpans: readonly RuleSpan[], tags: ReadonlyMap<number, ReadonlySet<string>>, mask: number): ModelParagraph[] {
  return [...eachModelParagraph(view, seg, ruleSpans, tags, mask, false)];
}

/**
 * The paragraphs one at a time, as inference reads them: `inference` marks the silent ones (the
 * tagger is not run on them) and writes every paragraph's features into one buffer, valid until the
 * next paragraph is read, where a document would otherwise allocate tens of megabytes of them.
 */
export function* eachModelParagraph(view: string, seg: Segmentation, ruleSpans: readonly RuleSpan[], tags: ReadonlyMap<number, ReadonlySet<string>>, mask: number, inference: boolean): Generator<ModelParagraph> {
  const quotes = seg.quotes.flatMap((q) => q.segments);
  const rules = [...ruleSpans].sort((a, b) => a.start - b.start);
  let si = 0;
  let qi = 0;
  let ri = 0;
  for (let pi = 0; pi < seg.paragraphs.length; pi++) {
    const p = seg.paragraphs[pi];
    const tokens = tokenize(view, p.start, p.end, []);
    if (!tokens.length) continue;
    const sentence = new Int32Array(tokens.length);
    const inQuote = new Uint8Array(tokens.length);
    const rule: string[] = new Array(tokens.length).fill('O');
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      while (si < seg.sentences.length - 1 && seg.sentences[si].end <= t.start) si++;
      sentence[k] = si;
      while (qi < quotes.length && quotes[qi].end <= t.start) qi++;
      if (qi < quotes.length && quotes[qi].start <= t.start && t.end <= quotes[qi].end) inQuote[k] = 1;
    }
    paintRules(tokens, rules, ri, rule);
    while (ri < rules.length && rules[ri].end <= p.end) ri++;
    const text = textHashes(tokens);
    yield inference && isSilent(text.flags, inQuote, rule) ? silentParagraph(tokens, sentence, text) : featurize(tokens, text, sentence, inQuote, rule, tags, pi, mask, inference);
  }
}

/**
 * A paragraph without a cue word, a quotation or a rule proposal: on train folds the tagger finds a
 * statement with a speaker in almost none of them, and skipping them is a third of its time.
 */
function isSilent(flags: Uint16Array, inQuote: Uint8Array, rule: readonly string[]): boolean {
  for (let k = 0; k < flags.length; k++) if (inQuote[k] || rule[k] !== 'O' || flags[k] & CUE_FIRST) return false;
  return true;
}

function silentParagraph(tokens: Token[], sentence: Int32Array, text: TextHashes): ModelParagraph {
  const n = tokens.length;
  const rule = new Int32Array(n).fill(hashesOfRule('O')[0]);
  return { tokens, sentence, feats: new Uint32Array(0), offs: new Uint32Array(n + 1), ruleTags: new Uint8Array(n), hashes: { ...text, rule, ruleTag: rule }, silent: true };
}

/** The rules' role of each token, as B/I tags with the kind of statement they proposed. */
function paintRules(tokens: readonly Token[], rules: readonly RuleSpan[], from: number, out: string[]): void {
  const p0 = tokens[0].start;
  const p1 = tokens[tokens.length - 1].end;
  let k = 0;
  for (let r = from; r < rules.length && rules[r].start < p1; r++) {
    const s = rules[r];
    if (s.end <= p0) continue;
    while (k > 0 && tokens[k - 1].end > s.start) k--;
    while (k < tokens.length && tokens[k].end <= s.start) k++;
    let first = true;
    for (let j = k; j < tokens.length && tokens[j].start < s.end; j++) {
      // Sources and cues win over the content they may sit in (nested attributions).
      if (s.role === 'Q' && out[j] !== 'O') continue;
      out[j] = `${first ? 'B' : 'I'}-${s.role}:${s.kind}`;
      first = false;
    }
  }
}

/** Two hashes made one (murmur3's finalizer over their xor): combining hashed values costs no strings. */
export function mix(h: number, v: number): number {
  h ^= v;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Features one token can have: the templates below, with every compromise tag feature at once. */
const MAX_FEATURES = 53 + TAG_FEATURES.length;
const BEFORE = hashOf('<s>');
const AFTER = hashOf('</s>');
// Each template's name is hashed once; a feature is its name's hash mixed with its values' hashes.
const F = Object.fromEntries(
  ['b', 'w', 'w-1', 'w+1', 'w-2', 'w+2', 'w-1w', 'ww+1', 'sh', 'sh-1sh', 'shsh+1', 'p3', 's3', 's2', 'lx', 'lx-1', 'lx+1', 'lx-1lx', 'ct', 'cue', 'cue-1', 'cue+1', 'pron', 'title', 'hon', 'org', 'det', 'stmt-noun', 'q', 'q3', 's:noquote', 's:first', 's:last', 'para:0', 'dl', 'dr', 'dldr', 'r', 'rk', 'r-1', 'r+1', 'r|w', 'r|sh', 'r|q', 'r|w-1', 'r|w+1', 'cl', 'cr', 'vl', 'vr', 'vl-that'].map((n) => [n, hashOf(n)]),
) as Record<string, number>;
const TAG_HASHES = new Map(TAG_FEATURES.map((t) => [t, hashOf(t)]));
const DIST = ['none', '0', '1', '2', '3', '4-6', '7-12', '13+'].map(hashOf);
const distCode = (d: number) => (d < 0 ? 0 : d <= 3 ? 1 + d : d <= 6 ? 5 : d <= 12 ? 6 : 7);
const COARSE = ['near', 'mid', 'far'].map(hashOf);
const coarse = (d: number) => COARSE[d <= 3 ? 0 : d <= 12 ? 1 : 2];


/** Per-token hashes of a paragraph's words, shapes, lexicon tags and rule tags. */
export interface TokenHashes {
  word: Int32Array;
  shape: Int32Array;
  lex: Int32Array;
  rule: Int32Array;
  ruleTag: Int32Array;
  /** Lexicon membership bits of each token (CUE, PRON, ...). */
  flags: Uint16Array;
}

// What the templates ask of a word's membership in the lexicons, as bits: one lookup per distinct word.
const THAT = hashOf('that');
/** The flag bit of a word that can open a cue (the tagger's and the ranker's distance features read it). */
export const CUE_FIRST = 2;
const CUE = 1, PRON = 4, TITLE = 8, HON = 16, ORG = 32, DET = 64, STMT = 128, VERB = 256;
const VERB_LEX = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Verb', 'Gerund', 'Participle', 'PhrasalVerb']);

let lexiconFlags: Map<string, number> | undefined;
/** Every word of our lexicons with its membership bits, built on first use: one lookup per word, not eight. */
function lexiconFlagsOf(w: string): number {
  if (!lexiconFlags) {
    const m = new Map<string, number>();
    const add = (words: Iterable<string>, bit: number) => {
      for (const x of words) m.set(x, (m.get(x) ?? 0) | bit);
    };
    add(CUE_FORMS, CUE);
    add(CUE_FIRST_WORDS, CUE_FIRST);
    add(Object.keys(PRONOUNS).filter((x) => PRONOUNS[x]), PRON);
    add(TITLE_WORDS, TITLE);
    // "gov." is an honorific, and so is the word before its stop.
    add([...HONORIFICS].flatMap((x) => (x.endsWith('.') ? [x, x.slice(0, -1)] : [x])), HON);
    add(ORG_WORDS, ORG);
    add(DETERMINERS, DET);
    add(STATEMENT_NOUNS, STMT);
    lexiconFlags = m;
  }
  return lexiconFlags.get(w) ?? 0;
}

function flagsOf(t: Token, lex: string | undefined): number {
  if (t.kind !== 'word') return 0;
  const w = t.lower;
  // Unknown to the lexicon and ending in -ed: most often a verb's past ("boomed", "interjected").
  return lexiconFlagsOf(w) | ((lex !== undefined ? VERB_LEX.has(lex) : w.endsWith('ed')) ? VERB : 0);
}

// Words and other tokens apart: a key built per token ("\0" + text) cost a string hash each time.
const textHashCache = new Memo<readonly [number, number, number, number]>(50_000);
const otherHashCache = new Memo<readonly [number, number, number, number]>(50_000);
/** A token text's word, shape and lexicon hashes and lexicon flags; a document repeats its words, so they are kept (bounded). */
function hashesOfText(t: Token): readonly [number, number, number, number] {
  const cache = t.kind === 'word' ? textHashCache : otherHashCache;
  let v = cache.peek(t.text);
  if (v === undefined) {
    const lex = t.kind === 'word' ? lexiconTag(t.lower) : undefined;
    v = [hashOf(t.kind === 'word' ? t.lower : t.text), hashOf(shape(t)), hashOf(t.kind === 'word' ? (lex ?? '?') : 'P'), flagsOf(t, lex)];
    cache.set(t.text, v);
  }
  return v;
}

// A rule tag ('B-Q:direct') read three ways: its hash, its role's hash ('B-Q') and its role's index in TAGS.
const ruleHashes = new Map<string, readonly [number, number, number]>();
function hashesOfRule(r: string): readonly [number, number, number] {
  let v = ruleHashes.get(r);
  if (v === undefined) {
    const role = r === 'O' ? 'O' : r.slice(0, 3);
    ruleHashes.set(r, (v = [hashOf(r), hashOf(role), Math.max(0, TAGS.indexOf(role as (typeof TAGS)[number]))]));
  }
  return v;
}

type TextHashes = Pick<TokenHashes, 'word' | 'shape' | 'lex' | 'flags'>;

/** The word, shape and lexicon hashes of a paragraph's tokens: what the tagger and the boundary ranker both read. */
export function textHashes(tokens: readonly Token[]): TextHashes {
  const n = tokens.length;
  const h = { word: new Int32Array(n), shape: new Int32Array(n), lex: new Int32Array(n), flags: new Uint16Array(n) };
  // Indexed reads: a destructuring assignment goes through the iterator protocol, per token.
  for (let k = 0; k < n; k++) {
    const v = hashesOfText(tokens[k]);
    h.word[k] = v[0];
    h.shape[k] = v[1];
    h.lex[k] = v[2];
    h.flags[k] = v[3];
  }
  return h;
}

function tokenHashes(text: TextHashes, rule: readonly string[]): TokenHashes {
  const n = rule.length;
  const h: TokenHashes = { word: text.word, shape: text.shape, lex: text.lex, flags: text.flags, rule: new Int32Array(n), ruleTag: new Int32Array(n) };
  for (let k = 0; k < n; k++) {
    const v = hashesOfRule(rule[k]);
    h.rule[k] = v[0];
    h.ruleTag[k] = v[1];
  }
  return h;
}

/** For each token, the index of the nearest other token in its sentence with `bit` set, before it (`dir` -1) or after it (1); -1 if none. */
function nearestInSentence(flags: Uint16Array, sentence: Int32Array, bit: number, dir: -1 | 1): Int32Array {
  const n = flags.length;
  const out = new Int32Array(n).fill(-1);
  for (let i = 0, k = dir < 0 ? 0 : n - 1, found = -1; i < n; i++, k -= dir) {
    if (i > 0 && sentence[k] !== sentence[k + dir]) found = -1;
    out[k] = found;
    if (flags[k] & bit) found = k;
  }
  return out;
}

const featScratch = new Scratch((n) => new Uint32Array(n), 1 << 20);

/** Writes hashed features, masked to buckets, into one buffer. */
class FeatureWriter {
  m = 0;
  constructor(
    readonly feats: Uint32Array,
    private readonly mask: number,
  ) {}
  f1(name: number): void {
    this.feats[this.m++] = name & this.mask;
  }
  f2(name: number, a: number): void {
    this.feats[this.m++] = mix(name, a) & this.mask;
  }
  f3(name: number, a: number, b: number): void {
    this.feats[this.m++] = mix(mix(name, a), b) & this.mask;
  }
}

/** What a paragraph's templates read beside the token itself: its neighbours, its sentence, the cues and verbs around it. */
interface ParagraphContext {
  tokens: readonly Token[];
  h: TokenHashes;
  sentence: Int32Array;
  inQuote: Uint8Array;
  tags: ReadonlyMap<number, ReadonlySet<string>>;
  paragraph: number;
  /** Token distance to the nearest cue word on the left and on the right, within the sentence; -1 if none. */
  left: Int32Array;
  right: Int32Array;
  /** The nearest verb on each side (index, -1 if none), and whether a "that" stands between the left one and the token. */
  leftVerb: Int32Array;
  rightVerb: Int32Array;
  thatAfterVerb: Uint8Array;
  sentenceHasQuote: ReadonlySet<number>;
}

function contextOf(tokens: readonly Token[], h: TokenHashes, sentence: Int32Array, inQuote: Uint8Array, tags: ReadonlyMap<number, ReadonlySet<string>>, paragraph: number): ParagraphContext {
  const n = tokens.length;
  const fl = h.flags;
  const cueLeft = nearestInSentence(fl, sentence, CUE_FIRST, -1);
  const cueRight = nearestInSentence(fl, sentence, CUE_FIRST, 1);
  const left = new Int32Array(n);
  const right = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    left[k] = cueLeft[k] < 0 ? -1 : k - cueLeft[k];
    right[k] = cueRight[k] < 0 ? -1 : cueRight[k] - k;
  }
  // The nearest cue word on each side and the nearest verb on the left, by word: which words license
  // a statement far from them is learned per word (the lexicon's cues and its long tail of verbs).
  const leftVerb = nearestInSentence(fl, sentence, VERB, -1);
  const rightVerb = nearestInSentence(fl, sentence, VERB, 1);
  // "said Tuesday that ...": the "that" after the verb.
  const thatAfterVerb = new Uint8Array(n);
  for (let k = 0, seen = 0; k < n; k++) {
    if (leftVerb[k] !== (k > 0 ? leftVerb[k - 1] : -1)) seen = 0;
    thatAfterVerb[k] = seen;
    if (h.word[k] === THAT) seen = 1;
  }
  const sentenceHasQuote = new Set<number>();
  for (let k = 0; k < n; k++) if (inQuote[k]) sentenceHasQuote.add(sentence[k]);
  return { tokens, h, sentence, inQuote, tags, paragraph, left, right, leftVerb, rightVerb, thatAfterVerb, sentenceHasQuote };
}

const at = (a: Int32Array, k: number) => (k < 0 ? BEFORE : k >= a.length ? AFTER : a[k]);

/** The word, its neighbours, their shapes and the word's affixes. */
function wordFeatures(out: FeatureWriter, c: ParagraphContext, k: number): void {
  const { h } = c;
  const w = h.word[k];
  out.f1(F['b']);
  out.f2(F['w'], w);
  out.f2(F['w-1'], at(h.word, k - 1));
  out.f2(F['w+1'], at(h.word, k + 1));
  out.f2(F['w-2'], at(h.word, k - 2));
  out.f2(F['w+2'], at(h.word, k + 2));
  out.f3(F['w-1w'], at(h.word, k - 1), w);
  out.f3(F['ww+1'], w, at(h.word, k + 1));
  out.f2(F['sh'], h.shape[k]);
  out.f3(F['sh-1sh'], at(h.shape, k - 1), h.shape[k]);
  out.f3(F['shsh+1'], h.shape[k], at(h.shape, k + 1));
  const t = c.tokens[k];
  if (t.kind === 'word' && t.lower.length > 3) {
    const lower = t.lower;
    out.f2(F['p3'], fnv(FNV_OFFSET, lower, 0, 3));
    out.f2(F['s3'], fnv(FNV_OFFSET, lower, lower.length - 3));
    out.f2(F['s2'], fnv(FNV_OFFSET, lower, lower.length - 2));
  }
}

/** compromise's lexicon tag of the word and its neighbours, its tags in context, and its membership in our lexicons. */
function lexiconFeatures(out: FeatureWriter, c: ParagraphContext, k: number): void {
  const { h } = c;
  out.f2(F['lx'], h.lex[k]);
  out.f2(F['lx-1'], at(h.lex, k - 1));
  out.f2(F['lx+1'], at(h.lex, k + 1));
  out.f3(F['lx-1lx'], at(h.lex, k - 1), h.lex[k]);
  const ct = c.tags.get(c.tokens[k].start);
  // A token has a few tags, the template lists 25: the token's are looked up, not the template's.
  if (ct)
    for (const tag of ct) {
      const th = TAG_HASHES.get(tag);
      if (th !== undefined) out.f2(F['ct'], th);
    }
  const fl = h.flags;
  const f = fl[k];
  if (f & CUE) out.f1(F['cue']);
  if (k > 0 && fl[k - 1] & CUE) out.f1(F['cue-1']);
  if (k + 1 < fl.length && fl[k + 1] & CUE) out.f1(F['cue+1']);
  if (f & PRON) out.f1(F['pron']);
  if (f & TITLE) out.f1(F['title']);
  if (f & HON) out.f1(F['hon']);
  if (f & ORG) out.f1(F['org']);
  if (f & DET) out.f1(F['det']);
  if (f & STMT) out.f1(F['stmt-noun']);
}

/** Quotation state of the token and its neighbours, and where it stands in its sentence and the document. */
function placeFeatures(out: FeatureWriter, c: ParagraphContext, k: number): void {
  const { inQuote, sentence } = c;
  const n = inQuote.length;
  const q = inQuote[k];
  out.f2(F['q'], q);
  // 3 values each: out, in, paragraph edge.
  out.f2(F['q3'], (k > 0 ? inQuote[k - 1] : 2) * 9 + q * 3 + (k + 1 < n ? inQuote[k + 1] : 2));
  if (!c.sentenceHasQuote.has(sentence[k])) out.f1(F['s:noquote']);
  if (k === 0 || sentence[k - 1] !== sentence[k]) out.f1(F['s:first']);
  if (k === n - 1 || sentence[k + 1] !== sentence[k]) out.f1(F['s:last']);
  if (c.paragraph === 0) out.f1(F['para:0']);
}

/** How far the nearest cue word stands on each side, which word it is, and which verb is nearest. */
function cueFeatures(out: FeatureWriter, c: ParagraphContext, k: number): void {
  const { h, left, right, leftVerb, rightVerb } = c;
  const dl = DIST[distCode(left[k])];
  const dr = DIST[distCode(right[k])];
  out.f2(F['dl'], dl);
  out.f2(F['dr'], dr);
  out.f3(F['dldr'], dl, dr);
  if (left[k] >= 0) out.f3(F['cl'], h.word[k - left[k]], coarse(left[k]));
  if (right[k] >= 0) out.f3(F['cr'], h.word[k + right[k]], coarse(right[k]));
  if (leftVerb[k] >= 0) {
    out.f3(F['vl'], h.word[leftVerb[k]], coarse(k - leftVerb[k]));
    if (c.thatAfterVerb[k]) out.f2(F['vl-that'], h.word[leftVerb[k]]);
  }
  if (rightVerb[k] >= 0) out.f3(F['vr'], h.word[rightVerb[k]], coarse(rightVerb[k] - k));
}

/** The rules' proposal for the token (stacking), alone and with the word, its shape and its neighbours. */
function ruleFeatures(out: FeatureWriter, c: ParagraphContext, k: number): void {
  const { h } = c;
  const rTag = h.ruleTag[k];
  out.f2(F['r'], rTag);
  out.f2(F['rk'], h.rule[k]);
  out.f2(F['r-1'], at(h.ruleTag, k - 1));
  out.f2(F['r+1'], at(h.ruleTag, k + 1));
  out.f3(F['r|w'], rTag, h.word[k]);
  out.f3(F['r|sh'], rTag, h.shape[k]);
  out.f3(F['r|q'], rTag, c.inQuote[k]);
  out.f3(F['r|w-1'], rTag, at(h.word, k - 1));
  out.f3(F['r|w+1'], rTag, at(h.word, k + 1));
}

/** Every token's hashed features, group by group in a fixed order (the trained weights are indexed by the same hashes). */
function featurize(tokens: readonly Token[], text: TextHashes, sentence: Int32Array, inQuote: Uint8Array, rule: readonly string[], tags: ReadonlyMap<number, ReadonlySet<string>>, paragraph: number, mask: number, transient: boolean): ModelParagraph {
  const n = tokens.length;
  const h = tokenHashes(text, rule);
  const c = contextOf(tokens, h, sentence, inQuote, tags, paragraph);
  // At most MAX_FEATURES per token: one buffer, written in place.
  const out = new FeatureWriter(transient ? featScratch.get(n * MAX_FEATURES) : new Uint32Array(n * MAX_FEATURES), mask);
  const offs = new Uint32Array(n + 1);
  for (let k = 0; k < n; k++) {
    offs[k] = out.m;
    wordFeatures(out, c, k);
    lexiconFeatures(out, c, k);
    placeFeatures(out, c, k);
    cueFeatures(out, c, k);
    ruleFeatures(out, c, k);
  }
  offs[n] = out.m;
  const ruleTags = new Uint8Array(n);
  for (let k = 0; k < n; k++) ruleTags[k] = hashesOfRule(rule[k])[2];
  return { tokens: tokens as Token[], sentence, feats: out.feats.subarray(0, out.m), offs, ruleTags, hashes: h };
}
