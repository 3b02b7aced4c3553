// Lookups the combination of rules and model makes for every statement: which tagged spans, earlier
// statements, quotation segments and paragraph a range meets. A scan of the document per statement
// made the span model quadratic: a 2 MB input took 21 s where 1 MB took 6. Each lookup here costs a
// binary search, or the length of the range it asks about.
import type { Segmentation } from '../../segment/index.js';

type Range = [number, number];

/**
 * The first index in [lo, hi) whose value (`at`, ascending) is above `x`; `hi` if none.
 * @example firstAbove((i) => [1, 3, 5][i], 0, 3, 3); // 2
 */
export function firstAbove(at: (i: number) => number, lo: number, hi: number, x: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(mid) > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The spans of one role that overlap a range, in document order. The tagger's spans of a role never
 * overlap one another and come in document order, so their ends ascend with their starts.
 * @example new DisjointSpans([{ range: [0, 5] }, { range: [8, 9] }]).overlapping([4, 8]); // [{ range: [0, 5] }]
 */
export class DisjointSpans<S extends { range: Range }> {
  constructor(private readonly spans: readonly S[]) {}

  overlapping(r: Range): S[] {
    const out: S[] = [];
    for (let i = firstAbove((i) => this.spans[i].range[1], 0, this.spans.length, r[0]); i < this.spans.length && this.spans[i].range[0] < r[1]; i++) out.push(this.spans[i]);
    return out;
  }
}

/**
 * Which characters the ranges marked so far cover, to ask whether a new range overlaps any of them
 * (as `a[0] < b[1] && b[0] < a[1]` would over every marked range). Empty ranges, which overlap what
 * holds their point strictly inside, are compared one by one: they are rare.
 * @example const c = new Coverage(10); c.mark([2, 4]); c.overlaps([3, 6]); // true
 */
export class Coverage {
  private readonly covered: Uint8Array;
  private readonly marked: Range[] = [];
  private readonly empty: Range[] = [];
  constructor(length: number) {
    this.covered = new Uint8Array(length);
  }

  mark(r: Range): void {
    this.marked.push(r);
    if (r[0] >= r[1]) this.empty.push(r);
    else this.covered.fill(1, r[0], r[1]);
  }

  overlaps(r: Range): boolean {
    const meets = (e: Range) => e[0] < r[1] && r[0] < e[1];
    if (r[0] >= r[1]) return this.marked.some(meets);
    return this.covered.subarray(r[0], r[1]).indexOf(1) >= 0 || this.empty.some(meets);
  }
}

interface IndexedSegment {
  start: number;
  end: number;
  /** Its place in the order of `seg.quotes` and their segments. */
  order: number;
}
const segmentIndexes = new WeakMap<Segmentation, IndexedSegment[]>();

/**
 * Quotation segments inside a content range (a character of slack at each end), in the order of the
 * segmentation's quotes and their segments.
 * @example quotedIn(segment(normalize('He said "yes" twice.', opts)), [0, 20]); // [[8, 13]]
 */
export function quotedIn(seg: Segmentation, content: Range): Range[] {
  let byStart = segmentIndexes.get(seg);
  if (!byStart) {
    byStart = seg.quotes.flatMap((q) => q.segments.map((g) => ({ start: g.start, end: g.end, order: 0 })));
    byStart.forEach((g, i) => (g.order = i));
    byStart.sort((a, b) => a.start - b.start || a.order - b.order);
    segmentIndexes.set(seg, byStart);
  }
  const found: IndexedSegment[] = [];
  for (let i = firstAbove((i) => byStart[i].start, 0, byStart.length, content[0] - 2); i < byStart.length && byStart[i].start <= content[1] + 1; i++) if (byStart[i].end <= content[1] + 1) found.push(byStart[i]);
  return found.sort((a, b) => a.order - b.order).map((g) => [g.start, g.end]);
}

/**
 * The index of the paragraph that holds a character (paragraphs are disjoint and in order); 0 when none does.
 * @example paragraphAt(seg, 0); // 0
 */
export function paragraphAt(seg: Segmentation, pos: number): number {
  const i = firstAbove((j) => seg.paragraphs[j].start, 0, seg.paragraphs.length, pos) - 1;
  return i >= 0 && pos < seg.paragraphs[i].end ? i : 0;
}
