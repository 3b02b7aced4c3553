import type { Analysis } from '../schema/result.js';
import { plainRange, type PlainText } from './plain-text.js';

const isSpan = (v: Record<string, unknown>) => typeof v.start === 'number' && typeof v.end === 'number' && typeof v.text === 'string';

/** Gives every span of the result its range in the page's plain text (HTML input). */
export function addPlainOffsets(result: Analysis, plain: PlainText): void {
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
      if (!o.plain) o.plain = plainRange(plain, o.start as number, o.end as number);
      return;
    }
    // Captions are not in the plain text (they are not body): they carry their own text instead.
    for (const k in o) if (k !== 'plainText' && k !== 'captions') visit(o[k]);
  };
  visit(result);
}
