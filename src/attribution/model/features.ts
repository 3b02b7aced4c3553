// What the span model sees of each token: hashed indicator features built from what the library
// already computes (word forms and shapes, lexicon membership, compromise tags, quotation state,
// sentence position, the distance to a cue word) and the rules' own proposal for the token (stacking).
import { lexiconTag } from '../../nlp/compromise-adapter.js';
import { CUE_FIRST_WORDS, CUE_FORMS, DETERMINERS, HONORIFICS, ORG_WORDS, PRONOUNS, STATEMENT_NOUNS, TITLE_WORDS } from '../../lexicons/word-sets.js';
import type { Segmentation } from '../../segment/index.js';
import { tokenize, type Token } from '../tokens.js';

/** The BIO tags of the model: O, then Begin/Inside of source, cue and content. */
export const TAGS = ['O', 'B-S', 'I-S', 'B-C', 'I-C', 'B-Q', 'I-Q'] as const;
export const NTAGS = TAGS.length;
export type Role = 'S' | 'C' | 'Q';

/** One paragraph as the model reads it. */
export interface ModelParagraph {
  tokens: Token[];
  /** Sentence index of each token (sentences never cut a quotation). */
  sentence: Int32Array;
  /** Concatenated feature buckets; token k's are feats[offs[k] .. offs[k+1]). */
  feats: Uint32Array;
  offs: Uint32Array;
  /** The rules' proposal as tags (an index into TAGS), for the trace and for diagnostics. */
  ruleTags: Uint8Array;
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

/** The coarse part of speech of a token: the first of these compromise tags it has. */
const COARSE = ['Pronoun', 'ProperNoun', 'Noun', 'Modal', 'Copula', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Verb', 'Adjective', 'Adverb', 'Preposition', 'Determiner', 'Conjunction', 'Value'];
const LONG_RANGE = typeof process !== 'undefined' && process.env?.QC_LONG_RANGE === '1';

const FNV_OFFSET = 0x811c9dc5;
/** FNV-1a over UTF-16 units, continued from `h`: the hash of a concatenation without building it. */
export function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

// The templates' names are few and constant: their hashes are computed once.
const prefixes = new Map<string, number>();
export function prefix(name: string): number {
  let h = prefixes.get(name);
  if (h === undefined) prefixes.set(name, (h = fnv(FNV_OFFSET, name)));
  return h;
}

export function shape(t: Token): string {
  if (t.kind !== 'word') return /["'\u201c\u201d\u2018\u2019\u00ab\u00bb]/.test(t.text) ? 'q' : t.text;
  if (/^\p{N}/u.test(t.text)) return 'd';
  if (/^\p{Lu}[\p{Lu}.&-]+$/u.test(t.text)) return 'X';
  if (/^\p{Lu}/u.test(t.text)) return 'Xx';
  return 'x';
}

const distBucket = (d: number) => (d < 0 ? 'none' : d <= 3 ? String(d) : d <= 6 ? '4-6' : d <= 12 ? '7-12' : '13+');

/** Tokens of each paragraph with the sentence each lies in and whether it is inside a quotation. */
export function modelParagraphs(view: string, seg: Segmentation, ruleSpans: readonly RuleSpan[], tags: ReadonlyMap<number, ReadonlySet<string>>, mask: number): ModelParagraph[] {
  const quotes = seg.quotes.flatMap((q) => q.segments);
  const rules = [...ruleSpans].sort((a, b) => a.start - b.start);
  const out: ModelParagraph[] = [];
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
    out.push(featurize(tokens, sentence, inQuote, rule, tags, pi, mask));
  }
  return out;
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

function featurize(tokens: readonly Token[], sentence: Int32Array, inQuote: Uint8Array, rule: readonly string[], tags: ReadonlyMap<number, ReadonlySet<string>>, paragraph: number, mask: number): ModelParagraph {
  const n = tokens.length;
  const lw = tokens.map((t) => (t.kind === 'word' ? t.lower : t.text));
  const sh = tokens.map(shape);
  const lx = tokens.map((t) => (t.kind === 'word' ? (lexiconTag(t.lower) ?? '?') : 'P'));
  const cue = tokens.map((t) => t.kind === 'word' && CUE_FORMS.has(t.lower));
  const cueFirst = tokens.map((t) => t.kind === 'word' && CUE_FIRST_WORDS.has(t.lower));
  // Token distance to the nearest cue word on each side, within the sentence.
  const left = new Int32Array(n).fill(-1);
  const right = new Int32Array(n).fill(-1);
  for (let k = 0, last = -1; k < n; k++) {
    if (k > 0 && sentence[k] !== sentence[k - 1]) last = -1;
    if (last >= 0) left[k] = k - last;
    if (cueFirst[k]) last = k;
  }
  for (let k = n - 1, next = -1; k >= 0; k--) {
    if (k < n - 1 && sentence[k] !== sentence[k + 1]) next = -1;
    if (next >= 0) right[k] = next - k;
    if (cueFirst[k]) next = k;
  }
  // What lies between a token and the cue before it: the cue word itself, a "that", commas.
  const leftCue: string[] = new Array(n).fill('');
  const thatSince = new Uint8Array(n);
  const commasSince = new Uint8Array(n);
  for (let k = 0, cw = '', that = 0, commas = 0; k < n; k++) {
    if (k > 0 && sentence[k] !== sentence[k - 1]) { cw = ''; that = 0; commas = 0; }
    leftCue[k] = cw;
    thatSince[k] = that;
    commasSince[k] = Math.min(commas, 2);
    if (cueFirst[k]) { cw = lw[k]; that = 0; commas = 0; }
    else if (cw && lw[k] === 'that') that = 1;
    else if (cw && lw[k] === ',') commas++;
  }
  const rightCue: string[] = new Array(n).fill('');
  for (let k = n - 1, cw = ''; k >= 0; k--) {
    if (k < n - 1 && sentence[k] !== sentence[k + 1]) cw = '';
    rightCue[k] = cw;
    if (cueFirst[k]) cw = lw[k];
  }
  // Distance to the sentence's ends: contents run to the end of their sentence, sources stand near its start.
  const sentStart = new Int32Array(n);
  const sentEnd = new Int32Array(n);
  for (let k = 0; k < n; k++) sentStart[k] = k > 0 && sentence[k] === sentence[k - 1] ? sentStart[k - 1] : k;
  for (let k = n - 1; k >= 0; k--) sentEnd[k] = k < n - 1 && sentence[k] === sentence[k + 1] ? sentEnd[k + 1] : k;
  const coarse = tokens.map((t) => {
    const ct = tags.get(t.start);
    if (!ct) return t.kind === 'word' ? '?' : 'P';
    for (const c of COARSE) if (ct.has(c)) return c;
    return '-';
  });
  const sentenceHasQuote = new Map<number, boolean>();
  for (let k = 0; k < n; k++) if (inQuote[k]) sentenceHasQuote.set(sentence[k], true);
  const feats: number[] = [];
  const offs = new Uint32Array(n + 1);
  const at = (a: readonly string[], k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : a[k]);
  // Each feature is the hash of "name=value" (or "name=a|b"), computed without building the string.
  const f1 = (name: string) => feats.push((prefix(name) >>> 0) & mask);
  const f2 = (name: string, a: string) => feats.push((fnv(prefix(name), a) >>> 0) & mask);
  const f3 = (name: string, a: string, b: string) => feats.push((fnv(fnv(fnv(prefix(name), a), '|'), b) >>> 0) & mask);
  for (let k = 0; k < n; k++) {
    offs[k] = feats.length;
    const w = lw[k];
    const r = rule[k];
    const rTag = r === 'O' ? 'O' : r.slice(0, 3);
    f1('b');
    f2('w=', w);
    f2('w-1=', at(lw, k - 1));
    f2('w+1=', at(lw, k + 1));
    f2('w-2=', at(lw, k - 2));
    f2('w+2=', at(lw, k + 2));
    f3('w-1w=', at(lw, k - 1), w);
    f3('ww+1=', w, at(lw, k + 1));
    f2('sh=', sh[k]);
    f3('sh-1sh=', at(sh, k - 1), sh[k]);
    f3('shsh+1=', sh[k], at(sh, k + 1));
    if (tokens[k].kind === 'word' && w.length > 3) {
      f2('p3=', w.slice(0, 3));
      f2('s3=', w.slice(-3));
      f2('s2=', w.slice(-2));
    }
    f2('lx=', lx[k]);
    f2('lx-1=', at(lx, k - 1));
    f2('lx+1=', at(lx, k + 1));
    f3('lx-1lx=', at(lx, k - 1), lx[k]);
    const ct = tags.get(tokens[k].start);
    if (ct) for (const t of TAG_FEATURES) if (ct.has(t)) f2('ct=', t);
    if (cue[k]) f1('cue');
    if (k > 0 && cue[k - 1]) f1('cue-1');
    if (k + 1 < n && cue[k + 1]) f1('cue+1');
    if (PRONOUNS[w]) f1('pron');
    if (TITLE_WORDS.has(w)) f1('title');
    if (HONORIFICS.has(w) || HONORIFICS.has(`${w}.`)) f1('hon');
    if (ORG_WORDS.has(w)) f1('org');
    if (DETERMINERS.has(w)) f1('det');
    if (STATEMENT_NOUNS.has(w)) f1('stmt-noun');
    const q = inQuote[k] ? 'in' : 'out';
    f2('q=', q);
    f2('q-1q=', `${k > 0 ? inQuote[k - 1] : 'b'}|${inQuote[k]}|${k + 1 < n ? inQuote[k + 1] : 'e'}`);
    if (!sentenceHasQuote.get(sentence[k])) f1('s:noquote');
    if (k === 0 || sentence[k - 1] !== sentence[k]) f1('s:first');
    if (k === n - 1 || sentence[k + 1] !== sentence[k]) f1('s:last');
    if (paragraph === 0) f1('para:0');
    const dl = distBucket(left[k]);
    const dr = distBucket(right[k]);
    f2('dl=', dl);
    f2('dr=', dr);
    f3('dldr=', dl, dr);
    f2('r=', rTag);
    f2('rk=', r);
    f2('r-1=', at(rule, k - 1).slice(0, 3));
    f2('r+1=', at(rule, k + 1).slice(0, 3));
    f3('r|w=', rTag, w);
    f3('r|sh=', rTag, sh[k]);
    f3('r|q=', rTag, q);
    f3('r|w-1=', rTag, at(lw, k - 1));
    f3('r|w+1=', rTag, at(lw, k + 1));
    if (LONG_RANGE) {
      f3('cwl|dl=', leftCue[k], dl);
      f3('cwr|dr=', rightCue[k], dr);
      f3('that|cm=', String(thatSince[k]), String(commasSince[k]));
      f3('cm|dl=', String(commasSince[k]), dl);
      f2('toEnd=', distBucket(sentEnd[k] - k));
      f2('fromStart=', distBucket(k - sentStart[k]));
      f3('lx3=', `${at(lx, k - 1)}|${lx[k]}`, at(lx, k + 1));
      f3('pos3=', `${at(coarse, k - 1)}|${coarse[k]}`, at(coarse, k + 1));
      f3('r3=', `${at(rule, k - 1).slice(0, 3)}|${rTag}`, at(rule, k + 1).slice(0, 3));
      f3('q|dl=', q, dl);
    }
  }
  offs[n] = feats.length;
  const ruleTags = Uint8Array.from(rule, (r) => (r === 'O' ? 0 : TAGS.indexOf(r.slice(0, 3) as (typeof TAGS)[number])));
  return { tokens: tokens as Token[], sentence, feats: Uint32Array.from(feats), offs, ruleTags };
}
