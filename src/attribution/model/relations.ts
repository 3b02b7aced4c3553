// From tags to attribution relations: each cue the model tagged takes the contents and the source
// around it, by the positions English attribution uses ('X said A', '"A," X said, "B"').
import type { Token } from '../tokens.js';
import type { ModelParagraph, Role } from './features.js';

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
  const orphan = (q: TaggedSpan) => ({ range: range(t, q.from, q.to), first: q.from === 0 || t.slice(0, q.from).every((x) => x.kind === 'punct'), margin: minMargin([q]) });
  if (!cues.length) return { relations: [], open: null, orphans: spans.filter((s) => s.role === 'Q').map(orphan) };
  const sources = spans.filter((s) => s.role === 'S');
  const contents = spans.filter((s) => s.role === 'Q');
  const { owned, unplaced } = contentsOfCues(p, tags.length, cues, sources, contents);
  const orphans = unplaced.filter((q) => !owned.some((o) => o.includes(q))).map(orphan);
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
  for (const q of unplaced) {
    let best = -1;
    let bestDist = Infinity;
    cues.forEach((c, ci) => {
      if (owned[ci].length || p.sentence[c.from] !== p.sentence[q.from]) return;
      const d = c.from >= q.to ? c.from - q.to : q.from - c.to;
      if (d < bestDist) {
        bestDist = d;
        best = ci;
      }
    });
    if (best >= 0) owned[best].push(q);
  }
  return { owned, unplaced };
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
 * only punctuation, the source and a few words between, in one sentence. After a cue wins a tie.
 */
function adjacentCue(p: ModelParagraph, q: TaggedSpan, cues: readonly TaggedSpan[], sourceTokens: Uint8Array): Claim | null {
  const gapWords = (from: number, to: number): number => {
    let words = 0;
    for (let k = from; k < to; k++) {
      if (sourceTokens[k]) continue;
      const t = p.tokens[k];
      if (t.kind === 'word') words++;
      else if (TERMINATOR.test(t.text)) return Infinity;
    }
    return words;
  };
  let best: Claim | null = null;
  for (let ci = 0; ci < cues.length; ci++) {
    const c = cues[ci];
    let cost = Infinity;
    if (c.to <= q.from && p.sentence[c.to - 1] === p.sentence[q.from]) cost = gapWords(c.to, q.from);
    else if (c.from >= q.to && p.sentence[c.from] === p.sentence[q.to - 1]) cost = gapWords(q.to, c.from) + 0.5;
    if (cost <= MAX_GAP_WORDS && (!best || cost < best.cost)) best = { cue: ci, cost };
  }
  return best;
}

/** The source span closest to the cue in its sentence. */
function nearestSource(p: ModelParagraph, c: TaggedSpan, sources: readonly TaggedSpan[]): TaggedSpan | null {
  let best: TaggedSpan | null = null;
  let bestDist = Infinity;
  for (const s of sources) {
    if (p.sentence[s.from] !== p.sentence[c.from]) continue;
    const d = s.to <= c.from ? c.from - s.to : s.from - c.to + 0.5;
    if (d >= 0 && d < bestDist) {
      bestDist = d;
      best = s;
    }
  }
  return best;
}
