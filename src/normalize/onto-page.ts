import type { Analysis } from '../schema/result.js';
import type { Source } from './index.js';

const isSpan = (v: Record<string, unknown>) => typeof v.start === 'number' && typeof v.end === 'number' && typeof v.text === 'string';

/**
 * Moves every span of a result analysed on a page's text onto the page itself: `start`/`end`/`text`
 * index the HTML, and `plain` keeps the range in the page's text. Captions are already on the page.
 */
export function spansOntoPage(result: Analysis, page: NonNullable<Source['page']>): void {
  const { html } = page;
  const { starts, ends } = page.plain;
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (!v || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) visit(x);
      return;
    }
    const o = v as Record<string, unknown>;
    if (isSpan(o)) {
      const s = o.start as number;
      const e = o.end as number;
      o.plain = { start: s, end: e, text: o.text };
      const hs = starts[s];
      const he = e > s ? ends[e - 1] : hs;
      o.start = hs;
      o.end = he;
      o.text = html.slice(hs, he);
      return;
    }
    for (const k in o) if (k !== 'plainText' && k !== 'captions') visit(o[k]);
  };
  visit(result);
}
