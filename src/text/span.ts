import type { Span } from '../schema/common.js';

/** Builds a span over the caller's input; the only way spans are made, so slices always match. */
export function span(input: string, start: number, end: number): Span {
  return { start, end, text: input.slice(start, end) };
}

const SPACE = /\s/;

/** Narrows [start, end) past surrounding whitespace (and any extra characters given). */
export function trimRange(view: string, start: number, end: number, extra = ''): [number, number] {
  while (start < end && (SPACE.test(view[start]) || extra.includes(view[start]))) start++;
  while (end > start && (SPACE.test(view[end - 1]) || extra.includes(view[end - 1]))) end--;
  return [start, end];
}

/** A trimmed span, or null when nothing is left. */
export function trimmedSpan(input: string, view: string, start: number, end: number, extra = ''): Span | null {
  const [s, e] = trimRange(view, start, end, extra);
  return s < e ? span(input, s, e) : null;
}
