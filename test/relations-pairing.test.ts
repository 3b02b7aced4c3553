// The pairing of tagged cues, contents and sources walks out from each span (so a sentence of many
// statements stays linear); it must pair exactly as the scan of every span against every other did.
// That scan, as it was, is the reference here, over random tag sequences in random sentences.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relationsOf, spansOf, type ModelRelation, type ParagraphRelations, type TaggedSpan } from '../src/attribution/model/relations.js';
import { NTAGS, type ModelParagraph } from '../src/attribution/model/features.js';
import type { Token } from '../src/attribution/tokens.js';

type Range = [number, number];
interface Claim {
  cue: number;
  cost: number;
}
const MAX_GAP_WORDS = 4;
const TERMINATOR = /^[.?!]$/;

function referenceRelationsOf(p: ModelParagraph, tags: Uint8Array, margins?: Float64Array): ParagraphRelations {
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
  const orphan = (q: TaggedSpan) => ({ range: refRange(t, q.from, q.to), first: q.from === 0 || t.slice(0, q.from).every((x) => x.kind === 'punct'), margin: minMargin([q]) });
  if (!cues.length) return { relations: [], open: null, orphans: spans.filter((s) => s.role === 'Q').map(orphan) };
  const sources = spans.filter((s) => s.role === 'S');
  const contents = spans.filter((s) => s.role === 'Q');
  const { owned, unplaced } = ref_contentsOfCues(p, tags.length, cues, sources, contents);
  const orphans = unplaced.filter((q) => !owned.some((o) => o.includes(q))).map(orphan);
  return { ...ref_cueRelations(p, cues, owned, sources, contents, minMargin), orphans };
}

/**
 * Each cue's contents: those that stand right by a cue go to it; those far from any go to the nearest
 * cue of their sentence that has none yet. `unplaced` lists the contents no cue stood right by.
 */
function ref_contentsOfCues(p: ModelParagraph, n: number, cues: readonly TaggedSpan[], sources: readonly TaggedSpan[], contents: readonly TaggedSpan[]): { owned: TaggedSpan[][]; unplaced: TaggedSpan[] } {
  const owned: TaggedSpan[][] = cues.map(() => []);
  const sourceTokens = new Uint8Array(n);
  for (const s of sources) sourceTokens.fill(1, s.from, s.to);
  const unplaced: TaggedSpan[] = [];
  for (const q of contents) {
    const claim = ref_adjacentCue(p, q, cues, sourceTokens);
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
function ref_cueRelations(p: ModelParagraph, cues: readonly TaggedSpan[], owned: TaggedSpan[][], sources: readonly TaggedSpan[], contents: readonly TaggedSpan[], minMargin: (ss: readonly TaggedSpan[]) => number): Omit<ParagraphRelations, 'orphans'> {
  const t = p.tokens;
  const relations: ModelRelation[] = [];
  let open: ParagraphRelations['open'] = null;
  cues.forEach((c, ci) => {
    const qs = owned[ci].sort((a, b) => a.from - b.from);
    const src = ref_nearestSource(p, c, sources);
    const cue = refRange(t, c.from, c.to);
    const source = src ? refRange(t, src.from, src.to) : null;
    if (!qs.length) {
      if (ci === cues.length - 1 && !contents.some((q) => q.from >= c.to)) open = { cue, source, margin: minMargin(src ? [c, src] : [c]) };
      return;
    }
    const segments = qs.map((q) => refRange(t, q.from, q.to));
    relations.push({ cue, source, content: [segments[0][0], segments[segments.length - 1][1]], segments, margin: minMargin([c, ...qs, ...(src ? [src] : [])]) });
  });
  return { relations, open };
}

const refRange = (t: readonly Token[], from: number, to: number): Range => [t[from].start, t[to - 1].end];

/**
 * The cue a content stands right after ('X said that A') or right before ('"A," X said'), with
 * only punctuation, the source and a few words between, in one sentence. After a cue wins a tie.
 */
function ref_adjacentCue(p: ModelParagraph, q: TaggedSpan, cues: readonly TaggedSpan[], sourceTokens: Uint8Array): Claim | null {
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
function ref_nearestSource(p: ModelParagraph, c: TaggedSpan, sources: readonly TaggedSpan[]): TaggedSpan | null {
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

const TEXTS = ['said', 'Roe', 'the', 'plan', ',', '.', '"', ':', '?', 'that'];
const paragraph = fc
  .array(fc.record({ text: fc.constantFrom(...TEXTS), tag: fc.integer({ min: 0, max: NTAGS - 1 }), breakBefore: fc.integer({ min: 0, max: 4 }) }), { minLength: 1, maxLength: 60 })
  .map((xs) => {
    let at = 0;
    let sentence = 0;
    const tokens: Token[] = [];
    const sentences: number[] = [];
    xs.forEach((x, k) => {
      if (k > 0 && x.breakBefore === 0) sentence++;
      const kind = x.text === '"' ? 'quote' : /^\w/.test(x.text) ? 'word' : 'punct';
      tokens.push({ start: at, end: at + x.text.length, text: x.text, lower: x.text.toLowerCase(), kind, cap: false } as Token);
      sentences.push(sentence);
      at += x.text.length + 1;
    });
    const p = { tokens, sentence: Int32Array.from(sentences) } as unknown as ModelParagraph;
    return { p, tags: Uint8Array.from(xs.map((x) => x.tag)), margins: Float64Array.from(xs.map((_, k) => (k % 5) - 2)) };
  });

describe('pairing cues with their contents and sources', () => {
  it('pairs as the scan of every span against every other did, on random tags and sentences', () => {
    fc.assert(
      fc.property(paragraph, ({ p, tags, margins }) => {
        expect(relationsOf(p, tags, margins)).toEqual(referenceRelationsOf(p, tags, margins));
      }),
      { numRuns: 5000, seed: 11 },
    );
  });
  it('a sentence of a thousand statements pairs in linear time', () => {
    // '"Hi," Ann said; ' a thousand times in one sentence: each content scanned every cue, and the
    // words between them (cubic: 2,000 such statements took minutes with the span model; these took 20 s).
    const unit = ['"', 'Hi', ',', '"', 'Ann', 'said', ';'];
    const unitTags = [5, 6, 6, 6, 1, 3, 0];
    const build = (n: number) => {
      const tokens: Token[] = [];
      const tags = new Uint8Array(n * unit.length);
      for (let i = 0, at = 0; i < n; i++)
        unit.forEach((text, j) => {
          tokens.push({ start: at, end: at + text.length, text, lower: text.toLowerCase(), kind: text === '"' ? 'quote' : /^\w/.test(text) ? 'word' : 'punct', cap: false } as Token);
          tags[i * unit.length + j] = unitTags[j];
          at += text.length + 1;
        });
      return { p: { tokens, sentence: new Int32Array(tokens.length) } as unknown as ModelParagraph, tags };
    };
    const small = build(40);
    expect(relationsOf(small.p, small.tags)).toEqual(referenceRelationsOf(small.p, small.tags));
    const { p, tags } = build(1000);
    const t0 = performance.now();
    const r = relationsOf(p, tags);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(r.relations.length).toBeGreaterThanOrEqual(999);
  });
});
