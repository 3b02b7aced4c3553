// Where a statement's content starts and ends: a ranker over the word boundaries near the ones the
// rules and the tagger proposed. The tagger decides token by token and cannot see a span whole
// (are its quotation marks balanced, does it run over another cue, does it stop before "in a
// tweet"); the ranker scores each candidate boundary with such span features, learned on train.
import { CUE_FIRST_WORDS } from '../../lexicons/word-sets.js';
import { lexiconTag } from '../../nlp/compromise-adapter.js';
import type { Token } from '../tokens.js';
import { fnv, prefix, shape, TAGS } from './features.js';

type Range = [number, number];

/** A paragraph's tokens with the tagger's tags (an index into TAGS) and the sentence of each token. */
export interface TaggedParagraph {
  tokens: readonly Token[];
  sentence: Int32Array;
  tags: Uint8Array;
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
  feats: number[];
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
const dBucket = (d: number) => (Math.abs(d) <= 3 ? String(d) : `${d < 0 ? '-' : '+'}${Math.abs(d) <= 6 ? '4-6' : Math.abs(d) <= 12 ? '7-12' : '13+'}`);
const lenBucket = (n: number) => (n <= 2 ? String(n) : n <= 5 ? '3-5' : n <= 10 ? '6-10' : n <= 20 ? '11-20' : n <= 40 ? '21-40' : '41+');

/** The paragraph and token of a character offset (the token that holds it, or the next one). */
function locate(paragraphs: readonly TaggedParagraph[], pos: number): [number, number] | null {
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const ts = paragraphs[pi].tokens;
    if (!ts.length || ts[ts.length - 1].end <= pos) continue;
    if (ts[0].start > pos && pi > 0) return null;
    for (let k = 0; k < ts.length; k++) if (ts[k].end > pos) return [pi, k];
  }
  return null;
}

/** The two boundary problems of a statement (either may be missing when its paragraph has no tokens). */
export function boundaryProblems(paragraphs: readonly TaggedParagraph[], st: StatementSpans, mask: number): BoundaryProblem[] {
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
    out.push(problem(p, at[0], 'start', curStart, other, (k) => p.tokens[k].start >= startFloor && p.tokens[k].end <= startCeil, st, mask));
  }
  if (atEnd && curEnd >= 0) {
    const p = paragraphs[atEnd[0]];
    const other = sameParagraph && curStart >= 0 ? curStart : 0;
    out.push(problem(p, atEnd[0], 'end', curEnd, other, (k) => p.tokens[k].end <= endCeil && p.tokens[k].start >= endFloor, st, mask));
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

function problem(p: TaggedParagraph, paragraph: number, side: Side, cur: number, other: number, fits: (k: number) => boolean, st: StatementSpans, mask: number): BoundaryProblem {
  const candidates: Candidate[] = [];
  let current = 0;
  for (let k = Math.max(0, cur - WINDOW); k <= Math.min(p.tokens.length - 1, cur + WINDOW); k++) {
    if (k !== cur && (!isBoundaryToken(p.tokens[k]) || !fits(k))) continue;
    if (k === cur) current = candidates.length;
    candidates.push({ k, pos: side === 'start' ? p.tokens[k].start : p.tokens[k].end, feats: features(p, side, k, cur, other, st, mask) });
  }
  return { side, paragraph, current, candidates };
}

/** What every candidate of a paragraph reads, computed once per paragraph. */
interface ParagraphView {
  words: string[];
  lexes: string[];
  shapes: string[];
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
  v = {
    words: ts.map((t) => (t.kind === 'word' ? t.lower : t.text)),
    lexes: ts.map((t) => (t.kind === 'word' ? (lexiconTag(t.lower) ?? '?') : 'P')),
    shapes: ts.map(shape),
    cues: cum((j) => ts[j].kind === 'word' && CUE_FIRST_WORDS.has(ts[j].lower)),
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
// state rather than closures made for every candidate.
const state = { feats: [] as number[], side: 0, mask: 0 };

/** Adds the feature "name=a|b" of the current side. */
function emit(name: string, a = '', b = ''): void {
  state.feats.push((fnv(fnv(fnv(state.side ^ prefix(name), a), '|'), b) >>> 0) & state.mask);
}

function at(arr: readonly string[], j: number, edge: string): string {
  return j < 0 || j >= arr.length ? edge : arr[j];
}

function wordAt(v: ParagraphView, j: number): string {
  return j < 0 ? '<p>' : j >= v.words.length ? '</p>' : v.words[j];
}

function tagAt(p: TaggedParagraph, j: number): string {
  return j < 0 || j >= p.tokens.length ? '-' : TAGS[p.tags[j]];
}

const SIDE_START = fnv(0, 'S');
const SIDE_END = fnv(0, 'E');

/**
 * Features of one candidate. "Out" is the token just outside the content (before a start, after an
 * end), "in" the candidate word itself; between are the tokens the move from the current boundary
 * adds to the content or takes from it. `other` is the content's other end in this paragraph (or
 * the paragraph's edge), for features of the whole content.
 */
function features(p: TaggedParagraph, side: Side, k: number, cur: number, other: number, st: StatementSpans, mask: number): number[] {
  const ts = p.tokens;
  const n = ts.length;
  const v = viewOf(p);
  const dir = side === 'start' ? -1 : 1;
  const out = k + dir;
  const d = (k - cur) * dir; // > 0: the content grows
  state.feats = [];
  state.side = side === 'start' ? SIDE_START : SIDE_END;
  state.mask = mask;
  // The cue after the content ('"A," X said') or before it ('X said A').
  const place = st.cue ? (st.cue[0] >= (st.segments[st.segments.length - 1]?.[1] ?? 0) ? 'pre' : 'post') : 'none';
  const kp = `${st.kind}:${place}`;
  const db = dBucket(d);
  const sign = d > 0 ? '+' : d < 0 ? '-' : '0';
  const wIn = wordAt(v, k);
  const wOut = wordAt(v, out);
  const lxOut = at(v.lexes, out, '-');
  emit('b');
  emit('d', db);
  emit('d|k', db, kp);
  if (d === 0) emit('cur', kp);
  emit('in', wIn);
  emit('out', wOut);
  emit('out2', wOut, wordAt(v, out + dir));
  emit('in|out', wIn, wOut);
  emit('lxin', at(v.lexes, k, '-'));
  emit('lxout', lxOut, at(v.lexes, out + dir, '-'));
  emit('shin', at(v.shapes, k, '-'), at(v.shapes, out, '-'));
  const tt = `${tagAt(p, k)}|${tagAt(p, out)}`;
  emit('tt', tt);
  emit('tt|k', tt, kp);
  emit('tt|d', tt, db);
  emit('out|k', wOut, kp);
  emit('out|sign', wOut, sign);
  emit('in|sign', wIn, sign);
  emit('lxout|sign', lxOut, sign);
  // Sentence edges: the candidate word ends its sentence (or begins it).
  const edge = out < 0 || out >= n || p.sentence[out] !== p.sentence[k] || (side === 'end' && TERMINATOR.test(ts[out].text));
  emit('edge', edge ? 'y' : 'n', kp);
  const ownOut = out >= 0 && out < n ? (inside(st.cue, ts[out]) ? 'cue' : inside(st.source, ts[out]) ? 'src' : 'no') : 'edge';
  emit('own', ownOut, kp);
  // What the move crosses: the tokens the content gains or loses.
  const a = d > 0 ? (side === 'end' ? cur + 1 : k) : side === 'end' ? k + 1 : cur;
  const b = d > 0 ? (side === 'end' ? k : cur - 1) : side === 'end' ? cur : k - 1;
  const cues = Math.min(count(v.cues, a, b), 2);
  emit('cues', sign, String(cues));
  emit('cues|k', sign + cues, kp);
  emit('tagged', sign, String(Math.min(count(v.tagged, a, b), 3)));
  emit('sent', sign, String(Math.min(count(v.breaks, a + 1, b), 2)));
  emit('marks', sign, String(Math.min(count(v.marks, a, b), 2)));
  emit('commas', sign, String(Math.min(count(v.commas, a, b), 3)));
  const crossed = b - a + 1;
  const quoted = count(v.quoted, a, b);
  emit('qshare', sign, crossed <= 0 ? '-' : quoted === 0 ? '0' : quoted === crossed ? '1' : quoted * 2 < crossed ? 'lo' : 'hi');
  // The first word the move adds or removes, seen from the current boundary.
  if (d !== 0) emit('first', sign, wordAt(v, side === 'end' ? (d > 0 ? cur + 1 : k + 1) : d > 0 ? cur - 1 : k - 1));
  // The whole content the candidate would give: are its quotation marks balanced, how long is it.
  const from = side === 'start' ? k : Math.max(other, 0);
  const to = side === 'start' ? Math.min(other, n - 1) : k;
  const outMark = out >= 0 && out < n && QUOTE_MARK.test(ts[out].text);
  emit('mark', outMark ? 'y' : 'n', String(count(v.marks, from, to) % 2));
  emit('len', lenBucket(to - from + 1), kp);
  return state.feats;
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
