// Where a statement's content starts and ends: a ranker over the word boundaries near the ones the
// rules and the tagger proposed. The tagger decides token by token and cannot see a span whole
// (are its quotation marks balanced, does it run over another cue, does it stop before "in a
// tweet"); the ranker scores each candidate boundary with such span features, learned on train.
import type { Token } from '../tokens.js';
import { CUE_FIRST, hashOf, mix, textHashes, TAGS, type TokenHashes } from './features.js';
import { firstAbove } from '../../text/ranges.js';

type Range = [number, number];

/** A paragraph's tokens with the tagger's tags (an index into TAGS) and the sentence of each token. */
export interface TaggedParagraph {
  tokens: readonly Token[];
  sentence: Int32Array;
  tags: Uint8Array;
  /** The tagger's hashes of the tokens' words, lexicon tags, shapes and lexicon flags, when it computed them (the same as the ranker would). */
  hashes?: Pick<TokenHashes, 'word' | 'shape' | 'lex' | 'flags'>;
}

/** One weight per hashed feature bucket. */
export interface BoundaryWeights {
  mask: number;
  w: ArrayLike<number>;
}

export type Side = 'start' | 'end';

/** A place the content could start (its first word) or end (its last word). */
export interface Candidate {
  /** Token index in the paragraph. */
  k: number;
  /** The boundary in characters of the view: the word's start or end. */
  pos: number;
  /** The hashed features (for training); empty when the candidate was scored as it was read. */
  feats: number[];
  /** Its score under the weights it was read with, when it was. */
  score?: number;
}

/** The candidates for one boundary of one statement; `current` indexes the one it has now. */
export interface BoundaryProblem {
  side: Side;
  paragraph: number;
  current: number;
  candidates: Candidate[];
}

/** What a statement brings to the ranker: its content pieces, its own cue and source, its kind. */
export interface StatementSpans {
  segments: readonly Range[];
  cue: Range | null;
  source: Range | null;
  kind: string;
}

/** Candidates lie within this many tokens of the current boundary (train folds: 20 gave content exact 0.518, 30 and 50 gave 0.520). */
const WINDOW = 30;
// What the reference scorer trims from a span's ends: a boundary made only of these is no boundary.
const TRIM = /^[\s"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a`.,;:!?\u2014\u2013-]+$/;
const QUOTE_MARK = /["\u201c\u201d\u00ab\u00bb\u201e]/;
const TERMINATOR = /^[.?!]$/;

const isBoundaryToken = (t: Token) => !TRIM.test(t.text);
// Buckets as small integers: a feature mixes them into its hash as they are.
const dBucket = (d: number) => (Math.abs(d) <= 3 ? d + 3 : (d < 0 ? 10 : 20) + (Math.abs(d) <= 6 ? 0 : Math.abs(d) <= 12 ? 1 : 2));
const lenBucket = (n: number) => (n <= 2 ? n : n <= 5 ? 3 : n <= 10 ? 4 : n <= 20 ? 5 : n <= 40 ? 6 : 7);

/** The paragraphs that have tokens, and where each one's last token ends (ascending): what `locate` searches. */
const lastEnds = new WeakMap<readonly TaggedParagraph[], { paragraph: number[]; end: number[] }>();

/**
 * The paragraph and token of a character offset (the token that holds it, or the next one): the first
 * paragraph that ends after it, by binary search (a scan per statement made long documents quadratic).
 */
function locate(paragraphs: readonly TaggedParagraph[], pos: number): [number, number] | null {
  let index = lastEnds.get(paragraphs);
  if (!index) {
    index = { paragraph: [], end: [] };
    paragraphs.forEach((p, pi) => {
      if (!p.tokens.length) return;
      index!.paragraph.push(pi);
      index!.end.push(p.tokens[p.tokens.length - 1].end);
    });
    lastEnds.set(paragraphs, index);
  }
  const { paragraph, end } = index;
  const i = firstAbove((j) => end[j], 0, end.length, pos);
  if (i === end.length) return null;
  const pi = paragraph[i];
  const ts = paragraphs[pi].tokens;
  if (ts[0].start > pos && pi > 0) return null;
  return [pi, firstAbove((k) => ts[k].end, 0, ts.length, pos)];
}

/**
 * The two boundary problems of a statement (either may be missing when its paragraph has no tokens).
 * With `weights`, each candidate is scored as its features are made and keeps no feature list:
 * inference reads 60 candidates of 31 features per statement side.
 */
export function boundaryProblems(paragraphs: readonly TaggedParagraph[], st: StatementSpans, mask: number, weights?: BoundaryWeights): BoundaryProblem[] {
  const segs = [...st.segments].sort((a, b) => a[0] - b[0]);
  if (!segs.length) return [];
  const own = [st.cue, st.source].filter((r): r is Range => !!r);
  const out: BoundaryProblem[] = [];
  const first = segs[0];
  const last = segs[segs.length - 1];
  const at = locate(paragraphs, first[0]);
  const atEnd = locate(paragraphs, last[1] - 1);
  // The first word may not move before the cue or source that precedes it, nor past the first piece's end;
  // the last word may not move past the cue or source that follows it, nor before the last piece's start.
  const startFloor = Math.max(-1, ...own.filter((r) => r[1] <= first[0]).map((r) => r[1]));
  const startCeil = segs.length > 1 ? first[1] : last[1];
  const endCeil = Math.min(Infinity, ...own.filter((r) => r[0] >= last[1]).map((r) => r[0]));
  const endFloor = segs.length > 1 ? last[0] : first[0];
  const curStart = at ? firstWord(paragraphs[at[0]].tokens, at[1], startCeil) : -1;
  const curEnd = atEnd ? lastWord(paragraphs[atEnd[0]].tokens, atEnd[1], endFloor) : -1;
  const sameParagraph = !!at && !!atEnd && at[0] === atEnd[0];
  if (at && curStart >= 0) {
    const p = paragraphs[at[0]];
    const other = sameParagraph && curEnd >= 0 ? curEnd : p.tokens.length - 1;
    out.push(problem(p, at[0], 'start', curStart, other, (k) => p.tokens[k].start >= startFloor && p.tokens[k].end <= startCeil, st, mask, weights));
  }
  if (atEnd && curEnd >= 0) {
    const p = paragraphs[atEnd[0]];
    const other = sameParagraph && curStart >= 0 ? curStart : 0;
    out.push(problem(p, atEnd[0], 'end', curEnd, other, (k) => p.tokens[k].end <= endCeil && p.tokens[k].start >= endFloor, st, mask, weights));
  }
  return out;
}

function firstWord(ts: readonly Token[], from: number, ceil: number): number {
  for (let k = from; k < ts.length && ts[k].start < ceil; k++) if (isBoundaryToken(ts[k])) return k;
  return -1;
}

function lastWord(ts: readonly Token[], from: number, floor: number): number {
  for (let k = from; k >= 0 && ts[k].end > floor; k--) if (isBoundaryToken(ts[k])) return k;
  return -1;
}

function problem(p: TaggedParagraph, paragraph: number, side: Side, cur: number, other: number, fits: (k: number) => boolean, st: StatementSpans, mask: number, weights?: BoundaryWeights): BoundaryProblem {
  const candidates: Candidate[] = [];
  let current = 0;
  const v = viewOf(p);
  const kp = kindAndPlace(st);
  for (let k = Math.max(0, cur - WINDOW); k <= Math.min(p.tokens.length - 1, cur + WINDOW); k++) {
    if (k !== cur && (!isBoundaryToken(p.tokens[k]) || !fits(k))) continue;
    if (k === cur) current = candidates.length;
    const pos = side === 'start' ? p.tokens[k].start : p.tokens[k].end;
    const feats = features(p, v, side, k, cur, other, st, kp, mask, weights);
    candidates.push(weights ? { k, pos, feats, score: state.score } : { k, pos, feats });
  }
  return { side, paragraph, current, candidates };
}

/** What every candidate of a paragraph reads, computed once per paragraph. */
interface ParagraphView {
  /** Hashes of each token's word (lower case), lexicon tag and shape. */
  words: Int32Array;
  lexes: Int32Array;
  shapes: Int32Array;
  /** Prefix counts: cum[j] is the count over tokens [0, j). */
  cues: Int32Array;
  tagged: Int32Array;
  quoted: Int32Array;
  commas: Int32Array;
  marks: Int32Array;
  breaks: Int32Array;
}

const views = new WeakMap<TaggedParagraph, ParagraphView>();

function viewOf(p: TaggedParagraph): ParagraphView {
  let v = views.get(p);
  if (v) return v;
  const ts = p.tokens;
  const n = ts.length;
  const cum = (test: (j: number) => boolean) => {
    const c = new Int32Array(n + 1);
    for (let j = 0; j < n; j++) c[j + 1] = c[j] + (test(j) ? 1 : 0);
    return c;
  };
  const role = (j: number) => TAGS[p.tags[j]][2];
  const hashes = p.hashes ?? textHashes(ts);
  v = {
    words: hashes.word,
    lexes: hashes.lex,
    shapes: hashes.shape,
    cues: cum((j) => (hashes.flags[j] & CUE_FIRST) !== 0),
    tagged: cum((j) => role(j) === 'C' || role(j) === 'S'),
    quoted: cum((j) => role(j) === 'Q'),
    commas: cum((j) => ts[j].text === ','),
    marks: cum((j) => QUOTE_MARK.test(ts[j].text)),
    breaks: cum((j) => j > 0 && p.sentence[j] !== p.sentence[j - 1]),
  };
  views.set(p, v);
  return v;
}

function inside(r: Range | null, t: Token): boolean {
  return !!r && t.start >= r[0] && t.end <= r[1];
}

function count(c: Int32Array, a: number, b: number): number {
  return b < a ? 0 : c[b + 1] - c[a];
}

// The candidate loop is the ranker's hot path: its helpers are plain functions over one shared
// state rather than closures made for every candidate, and every value is a hash or a small integer.
const NO_FEATURES: number[] = [];
const state = { feats: NO_FEATURES, side: 0, mask: 0, weights: null as ArrayLike<number> | null, score: 0 };

/** Adds the feature (name, a, b) of the current side, or its weight to the score when scoring. */
function emit(name: number, a = 0, b = 0): void {
  const h = (mix(mix(state.side ^ name, a), b) >>> 0) & state.mask;
  if (state.weights) state.score += state.weights[h];
  else state.feats.push(h);
}

const EDGE = hashOf('-');
function at(arr: Int32Array, j: number): number {
  return j < 0 || j >= arr.length ? EDGE : arr[j];
}

const PARAGRAPH_START = hashOf('<p>');
const PARAGRAPH_END = hashOf('</p>');
function wordAt(v: ParagraphView, j: number): number {
  return j < 0 ? PARAGRAPH_START : j >= v.words.length ? PARAGRAPH_END : v.words[j];
}

const TAG_HASHES = TAGS.map(hashOf);
function tagAt(p: TaggedParagraph, j: number): number {
  return j < 0 || j >= p.tokens.length ? EDGE : TAG_HASHES[p.tags[j]];
}

const SIDE_START = hashOf('S');
const SIDE_END = hashOf('E');
const N = Object.fromEntries(
  ['b', 'd', 'd|k', 'cur', 'in', 'out', 'out2', 'in|out', 'lxin', 'lxout', 'shin', 'tt', 'tt|k', 'tt|d', 'out|k', 'out|sign', 'in|sign', 'lxout|sign', 'edge', 'own', 'cues', 'cues|k', 'tagged', 'sent', 'marks', 'commas', 'qshare', 'first', 'mark', 'len'].map((n) => [n, hashOf(n)]),
) as Record<string, number>;
const KIND_PLACE = new Map<string, number>();

/** The hash of a statement's kind and of where its cue stands: after the content ('"A," X said') or before it ('X said A'). */
function kindAndPlace(st: StatementSpans): number {
  const place = st.cue ? (st.cue[0] >= (st.segments[st.segments.length - 1]?.[1] ?? 0) ? 'pre' : 'post') : 'none';
  const name = `${st.kind}:${place}`;
  let kp = KIND_PLACE.get(name);
  if (kp === undefined) KIND_PLACE.set(name, (kp = hashOf(name)));
  return kp;
}

/**
 * Features of one candidate. "Out" is the token just outside the content (before a start, after an
 * end), "in" the candidate word itself; between are the tokens the move from the current boundary
 * adds to the content or takes from it. `other` is the content's other end in this paragraph (or
 * the paragraph's edge), for features of the whole content.
 */
function features(p: TaggedParagraph, v: ParagraphView, side: Side, k: number, cur: number, other: number, st: StatementSpans, kp: number, mask: number, weights?: BoundaryWeights): number[] {
  state.feats = weights ? NO_FEATURES : [];
  state.weights = weights ? weights.w : null;
  state.score = 0;
  state.side = side === 'start' ? SIDE_START : SIDE_END;
  state.mask = mask;
  const dir = side === 'start' ? -1 : 1;
  const d = (k - cur) * dir; // > 0: the content grows
  const sign = d > 0 ? 1 : d < 0 ? 2 : 0;
  edgeFeatures(p, v, side, k, d, sign, st, kp);
  crossedFeatures(v, side, k, cur, d, sign, kp);
  contentFeatures(p, v, side, k, other, kp);
  return state.feats;
}

/** The candidate word and the one just outside it: words, lexicon tags, shapes, the tagger's roles, a sentence edge, the statement's own cue or source. */
function edgeFeatures(p: TaggedParagraph, v: ParagraphView, side: Side, k: number, d: number, sign: number, st: StatementSpans, kp: number): void {
  const ts = p.tokens;
  const n = ts.length;
  const dir = side === 'start' ? -1 : 1;
  const out = k + dir;
  const db = dBucket(d);
  const wIn = wordAt(v, k);
  const wOut = wordAt(v, out);
  const lxOut = at(v.lexes, out);
  emit(N['b']);
  emit(N['d'], db);
  emit(N['d|k'], db, kp);
  if (d === 0) emit(N['cur'], kp);
  emit(N['in'], wIn);
  emit(N['out'], wOut);
  emit(N['out2'], wOut, wordAt(v, out + dir));
  emit(N['in|out'], wIn, wOut);
  emit(N['lxin'], at(v.lexes, k));
  emit(N['lxout'], lxOut, at(v.lexes, out + dir));
  emit(N['shin'], at(v.shapes, k), at(v.shapes, out));
  const tt = mix(tagAt(p, k), tagAt(p, out));
  emit(N['tt'], tt);
  emit(N['tt|k'], tt, kp);
  emit(N['tt|d'], tt, db);
  emit(N['out|k'], wOut, kp);
  emit(N['out|sign'], wOut, sign);
  emit(N['in|sign'], wIn, sign);
  emit(N['lxout|sign'], lxOut, sign);
  // The candidate word ends its sentence (or begins it).
  const edge = out < 0 || out >= n || p.sentence[out] !== p.sentence[k] || (side === 'end' && TERMINATOR.test(ts[out].text));
  emit(N['edge'], edge ? 1 : 0, kp);
  const ownOut = out >= 0 && out < n ? (inside(st.cue, ts[out]) ? 1 : inside(st.source, ts[out]) ? 2 : 3) : 0;
  emit(N['own'], ownOut, kp);
}

/** What the move from the current boundary crosses: the tokens the content gains or loses. */
function crossedFeatures(v: ParagraphView, side: Side, k: number, cur: number, d: number, sign: number, kp: number): void {
  const a = d > 0 ? (side === 'end' ? cur + 1 : k) : side === 'end' ? k + 1 : cur;
  const b = d > 0 ? (side === 'end' ? k : cur - 1) : side === 'end' ? cur : k - 1;
  const cues = Math.min(count(v.cues, a, b), 2);
  emit(N['cues'], sign, cues);
  emit(N['cues|k'], sign * 4 + cues, kp);
  emit(N['tagged'], sign, Math.min(count(v.tagged, a, b), 3));
  emit(N['sent'], sign, Math.min(count(v.breaks, a + 1, b), 2));
  emit(N['marks'], sign, Math.min(count(v.marks, a, b), 2));
  emit(N['commas'], sign, Math.min(count(v.commas, a, b), 3));
  const crossed = b - a + 1;
  const quoted = count(v.quoted, a, b);
  emit(N['qshare'], sign, crossed <= 0 ? 0 : quoted === 0 ? 1 : quoted === crossed ? 2 : quoted * 2 < crossed ? 3 : 4);
  // The first word the move adds or removes, seen from the current boundary.
  if (d !== 0) emit(N['first'], sign, wordAt(v, side === 'end' ? (d > 0 ? cur + 1 : k + 1) : d > 0 ? cur - 1 : k - 1));
}

/** The whole content the candidate would give: are its quotation marks balanced, how long is it. */
function contentFeatures(p: TaggedParagraph, v: ParagraphView, side: Side, k: number, other: number, kp: number): void {
  const ts = p.tokens;
  const n = ts.length;
  const out = side === 'start' ? k - 1 : k + 1;
  const from = side === 'start' ? k : Math.max(other, 0);
  const to = side === 'start' ? Math.min(other, n - 1) : k;
  const outMark = out >= 0 && out < n && QUOTE_MARK.test(ts[out].text);
  emit(N['mark'], outMark ? 1 : 0, count(v.marks, from, to) % 2);
  emit(N['len'], lenBucket(to - from + 1), kp);
}

/** The candidate the weights rank first; the current one wins ties. */
export function choose(pr: BoundaryProblem, w: BoundaryWeights): Candidate {
  let best = pr.candidates[pr.current];
  let bestScore = scoreOf(best, w);
  for (const c of pr.candidates) {
    const s = scoreOf(c, w);
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return best;
}

export function scoreOf(c: Candidate, w: BoundaryWeights): number {
  if (c.score !== undefined) return c.score;
  let s = 0;
  for (const f of c.feats) s += w.w[f];
  return s;
}

/**
 * The character boundary of a chosen word, with the punctuation beside it the content keeps: a
 * quotation mark (and the stop inside it) when it balances the marks of the content.
 */
export function withMarks(p: TaggedParagraph, side: Side, k: number, other: number): number {
  const ts = p.tokens;
  const dir = side === 'start' ? -1 : 1;
  let marks = 0;
  for (let j = Math.min(k, other); j <= Math.max(k, other); j++) if (j >= 0 && j < ts.length && QUOTE_MARK.test(ts[j].text)) marks++;
  let j = k;
  for (let step = 1; step <= 3; step++) {
    const t = ts[k + dir * step];
    if (!t || t.kind === 'word' || !TRIM.test(t.text)) break;
    if (QUOTE_MARK.test(t.text)) {
      if (marks % 2 === 1) j = k + dir * step;
      break;
    }
  }
  return side === 'start' ? ts[j].start : ts[j].end;
}
