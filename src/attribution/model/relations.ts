// From tags to attribution relations: each cue the model tagged takes the contents and the source
// around it, by the positions English attribution uses ('X said A', '"A," X said, "B"').
import type { Token } from '../tokens.js';
import type { ModelParagraph, Role } from './features.js';
import { firstWhere } from '../../text/ranges.js';

type Range = [number, number];

/** A tagged span of one role, in token indices of its paragraph. */
export interface TaggedSpan {
  role: Role;
  from: number;
  to: number;
}

/** One relation the model found: character ranges into the view. */
export interface ModelRelation {
  cue: Range;
  source: Range | null;
  content: Range;
  segments: Range[];
  /** The lowest per-token margin of its tags: how close the model came to tagging it otherwise. */
  margin: number;
}

const ROLE: (Role | null)[] = [null, 'S', 'S', 'C', 'C', 'Q', 'Q'];
/** Words (not punctuation, not the source) a content may stand from its cue: "said on Tuesday that". */
const MAX_GAP_WORDS = 4;
/** Tokens of any kind a content may stand from its cue (punctuation and a long source among them). */
const MAX_GAP_TOKENS = 60;
const TERMINATOR = /^[.?!]$/;

/** The spans of a tag sequence: a Begin tag opens one, its Inside tags extend it. */
export function spansOf(tags: Uint8Array): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let k = 0; k < tags.length; k++) {
    const role = ROLE[tags[k]];
    if (!role) continue;
    const last = out[out.length - 1];
    if (tags[k] % 2 === 0 && last && last.role === role && last.to === k) last.to = k + 1;
    else out.push({ role, from: k, to: k + 1 });
  }
  return out;
}

interface Claim {
  cue: number;
  cost: number;
}

/** What a paragraph leaves to the next: a cue with no content yet ('Cruz continued:'), contents with no cue. */
export interface ParagraphRelations {
  relations: ModelRelation[];
  /** The paragraph's last cue when no content follows it. */
  open: Omit<ModelRelation, 'content' | 'segments'> | null;
  /** Contents no cue of the paragraph took; `first` when it opens the paragraph. */
  orphans: { range: Range; first: boolean; margin: number }[];
}

/**
 * Relations of the paragraphs of a document. Within a paragraph each content goes to its cue;
 * a paragraph's contents with no cue go to the previous paragraph's open cue ('Cruz continued:'
 * then the quotation), or continue the previous relation when they open the paragraph (a quotation
 * over several paragraphs).
 */
export function documentRelations(paragraphs: readonly ParagraphRelations[]): ModelRelation[] {
  const out: ModelRelation[] = [];
  // What the paragraph before left: a cue waiting for its content, or its last relation.
  let open: ParagraphRelations['open'] = null;
  let last: ModelRelation | null = null;
  for (const pr of paragraphs) {
    for (const o of pr.orphans) {
      if (!o.first) continue;
      if (open) {
        last = { ...open, content: o.range, segments: [o.range], margin: Math.min(open.margin, o.margin) };
        out.push(last);
        open = null;
      } else if (last) {
        last.segments.push(o.range);
        last.content = [last.content[0], o.range[1]];
        last.margin = Math.min(last.margin, o.margin);
      }
    }
    out.push(...pr.relations);
    last = pr.relations.length ? pr.relations[pr.relations.length - 1] : pr.orphans.some((o) => o.first) ? last : null;
    open = pr.open ?? null;
  }
  return out.sort((a, b) => a.content[0] - b.content[0]);
}

/** Relations of one paragraph from its tags; `margins` gives each token's tag margin (optional). */
export function relationsOf(p: ModelParagraph, tags: Uint8Array, margins?: Float64Array): ParagraphRelations {
  const spans = spansOf(tags);
  const cues = spans.filter((s) => s.role === 'C');
  // A relation stands or falls with its cue: its margin is the cue's mean (a content's for an orphan).
  const minMargin = (ss: readonly TaggedSpan[]) => {
    if (!margins) return 0;
    let m = 0;
    for (let k = ss[0].from; k < ss[0].to; k++) m += margins[k];
    return m / (ss[0].to - ss[0].from);
  };
  const t = p.tokens;
  // Only punctuation before it: the content opens the paragraph.
  let firstNonPunct = 0;
  while (firstNonPunct < t.length && t[firstNonPunct].kind === 'punct') firstNonPunct++;
  const orphan = (q: TaggedSpan) => ({ range: range(t, q.from, q.to), first: q.from <= firstNonPunct, margin: minMargin([q]) });
  if (!cues.length) return { relations: [], open: null, orphans: spans.filter((s) => s.role === 'Q').map(orphan) };
  const sources = spans.filter((s) => s.role === 'S');
  const contents = spans.filter((s) => s.role === 'Q');
  const { owned, unplaced } = contentsOfCues(p, tags.length, cues, sources, contents);
  const taken = unplaced.length ? new Set(owned.flat()) : null;
  const orphans = unplaced.filter((q) => !taken!.has(q)).map(orphan);
  return { ...cueRelations(p, cues, owned, sources, contents, minMargin), orphans };
}

/**
 * Each cue's contents: those that stand right by a cue go to it; those far from any go to the nearest
 * cue of their sentence that has none yet. `unplaced` lists the contents no cue stood right by.
 */
function contentsOfCues(p: ModelParagraph, n: number, cues: readonly TaggedSpan[], sources: readonly TaggedSpan[], contents: readonly TaggedSpan[]): { owned: TaggedSpan[][]; unplaced: TaggedSpan[] } {
  const owned: TaggedSpan[][] = cues.map(() => []);
  const sourceTokens = new Uint8Array(n);
  for (const s of sources) sourceTokens.fill(1, s.from, s.to);
  const unplaced: TaggedSpan[] = [];
  for (const q of contents) {
    const claim = adjacentCue(p, q, cues, sourceTokens);
    if (claim) owned[claim.cue].push(q);
    else unplaced.push(q);
  }
  const free = unplaced.length ? new FreeCues(owned) : null;
  for (const q of unplaced) {
    const best = nearestFreeCue(p, q, cues, free!);
    if (best < 0) continue;
    owned[best].push(q);
    free!.take(best);
  }
  return { owned, unplaced };
}

/**
 * The nearest cue with no content yet whose first word is in the content's sentence; the one before
 * it on a tie. Cues lie in the order of the text, so the nearest free one on each side is enough.
 */
function nearestFreeCue(p: ModelParagraph, q: TaggedSpan, cues: readonly TaggedSpan[], free: FreeCues): number {
  const s = p.sentence[q.from];
  const split = firstWhere((i) => cues[i].from >= q.to, 0, cues.length);
  const l = free.atOrBefore(split - 1);
  const r = free.atOrAfter(split);
  const dl = l >= 0 && p.sentence[cues[l].from] === s ? q.from - cues[l].to : Infinity;
  const dr = r < cues.length && p.sentence[cues[r].from] === s ? cues[r].from - q.to : Infinity;
  if (dl === Infinity && dr === Infinity) return -1;
  return dl <= dr ? l : r;
}

/**
 * The cues with no content yet, as skip pointers with path compression: finding the nearest free one
 * on a side stays cheap however many taken ones lie between.
 */
class FreeCues {
  private readonly left: Int32Array;
  private readonly right: Int32Array;
  constructor(owned: readonly (readonly TaggedSpan[])[]) {
    const n = owned.length;
    this.left = Int32Array.from({ length: n }, (_, i) => (owned[i].length ? i - 1 : i));
    this.right = Int32Array.from({ length: n }, (_, i) => (owned[i].length ? i + 1 : i));
  }
  take(i: number): void {
    this.left[i] = i - 1;
    this.right[i] = i + 1;
  }
  /** The last free cue at or before i, or -1. */
  atOrBefore(i: number): number {
    let r = i;
    while (r >= 0 && this.left[r] !== r) r = this.left[r];
    for (let x = i; x >= 0 && x !== r; ) {
      const next = this.left[x];
      this.left[x] = r;
      x = next;
    }
    return r;
  }
  /** The first free cue at or after i, or the cue count. */
  atOrAfter(i: number): number {
    const n = this.right.length;
    let r = i;
    while (r < n && this.right[r] !== r) r = this.right[r];
    for (let x = i; x < n && x !== r; ) {
      const next = this.right[x];
      this.right[x] = r;
      x = next;
    }
    return r;
  }
}

/** A relation for each cue with contents, its nearest source with it; the paragraph's last cue, when no content follows it, is left open for the next paragraph. */
function cueRelations(p: ModelParagraph, cues: readonly TaggedSpan[], owned: TaggedSpan[][], sources: readonly TaggedSpan[], contents: readonly TaggedSpan[], minMargin: (ss: readonly TaggedSpan[]) => number): Omit<ParagraphRelations, 'orphans'> {
  const t = p.tokens;
  const relations: ModelRelation[] = [];
  let open: ParagraphRelations['open'] = null;
  cues.forEach((c, ci) => {
    const qs = owned[ci].sort((a, b) => a.from - b.from);
    const src = nearestSource(p, c, sources);
    const cue = range(t, c.from, c.to);
    const source = src ? range(t, src.from, src.to) : null;
    if (!qs.length) {
      if (ci === cues.length - 1 && !contents.some((q) => q.from >= c.to)) open = { cue, source, margin: minMargin(src ? [c, src] : [c]) };
      return;
    }
    const segments = qs.map((q) => range(t, q.from, q.to));
    relations.push({ cue, source, content: [segments[0][0], segments[segments.length - 1][1]], segments, margin: minMargin([c, ...qs, ...(src ? [src] : [])]) });
  });
  return { relations, open };
}

const range = (t: readonly Token[], from: number, to: number): Range => [t[from].start, t[to - 1].end];

/**
 * The cue a content stands right after ('X said that A') or right before ('"A," X said'), with
 * only punctuation, the source and a few words between, in one sentence. After a cue wins a tie;
 * between two cues as near, the earlier one. It walks out from the content's edges, so a sentence
 * of many statements costs what its statements do.
 */
function adjacentCue(p: ModelParagraph, q: TaggedSpan, cues: readonly TaggedSpan[], sourceTokens: Uint8Array): Claim | null {
  let best: Claim | null = null;
  const consider = (cue: number, cost: number) => {
    if (cost <= MAX_GAP_WORDS && (!best || cost < best.cost || (cost === best.cost && cue < best.cue))) best = { cue, cost };
  };
  // What the gap gains with token k: a word, nothing (punctuation, the source), or a sentence's end.
  const widen = (k: number, words: number) => {
    if (sourceTokens[k]) return words;
    const t = p.tokens[k];
    return t.kind === 'word' ? words + 1 : TERMINATOR.test(t.text) ? Infinity : words;
  };
  // Cues before the content, nearest first: the one ending at boundary k has the tokens [k, q.from) between.
  const first = p.sentence[q.from];
  let ci = firstWhere((i) => cues[i].to > q.from, 0, cues.length) - 1;
  for (let k = q.from, words = 0; ci >= 0 && k > 0 && p.sentence[k - 1] === first && q.from - k <= MAX_GAP_TOKENS; k--) {
    while (ci >= 0 && cues[ci].to > k) ci--;
    if (ci >= 0 && cues[ci].to === k) consider(ci, words);
    words = widen(k - 1, words);
    if (words > MAX_GAP_WORDS) break;
  }
  // Cues after it: the one starting at token k has the tokens [q.to, k) between.
  const last = p.sentence[q.to - 1];
  let cj = firstWhere((i) => cues[i].from >= q.to, 0, cues.length);
  for (let k = q.to, words = 0; cj < cues.length && k < p.tokens.length && p.sentence[k] === last && k - q.to <= MAX_GAP_TOKENS; k++) {
    while (cj < cues.length && cues[cj].from < k) cj++;
    if (cj < cues.length && cues[cj].from === k) consider(cj, words + 0.5);
    words = widen(k, words);
    if (words + 0.5 > MAX_GAP_WORDS) break;
  }
  return best;
}

/**
 * The source span closest to the cue in its sentence (the one before it on a tie): sources lie in the
 * order of the text, so the last one ending before the cue and the first one starting after it are
 * the only ones to weigh.
 */
function nearestSource(p: ModelParagraph, c: TaggedSpan, sources: readonly TaggedSpan[]): TaggedSpan | null {
  const s = p.sentence[c.from];
  const after = firstWhere((i) => sources[i].to > c.from, 0, sources.length);
  const before = after > 0 && p.sentence[sources[after - 1].from] === s ? sources[after - 1] : null;
  const next = firstWhere((i) => sources[i].from >= c.to, after, sources.length);
  const later = next < sources.length && p.sentence[sources[next].from] === s ? sources[next] : null;
  if (!before) return later;
  if (!later) return before;
  return c.from - before.to <= later.from - c.to + 0.5 ? before : later;
}
