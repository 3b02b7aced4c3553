// Lookups the combination of rules and model makes for every statement: which tagged spans, earlier
// statements, quotation segments and paragraph a range meets. A scan of the document per statement
// made the span model quadratic: a 2 MB input took 21 s where 1 MB took 6. Each lookup here costs a
// binary search, or the length of the range it asks about.
import type { Segmentation } from '../../segment/index.js';
import { firstAbove } from '../../text/ranges.js';

type Range = [number, number];

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
