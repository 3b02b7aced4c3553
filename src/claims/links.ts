// Text fragments (https://wicg.github.io/scroll-to-text-fragment/): '-', '&' and ',' are syntax and must be escaped.
const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
const QUOTES_AT_EDGES = /^[\s"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a]+|[\s"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a.,;:]+$/g;
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
const words = (s: string) => s.split(/\s+/).filter(Boolean);

interface Directive {
  prefix: string | null;
  start: string;
  end: string | null;
  suffix: string | null;
}

const isBoundary = (text: string, i: number) => i <= 0 || i >= text.length || !/[\p{L}\p{N}]/u.test(text[i - 1]) || !/[\p{L}\p{N}]/u.test(text[i]);

/** Where a directive matches in whitespace-collapsed, lower-cased text, as the spec finds ranges. */
function matches(text: string, d: Directive): number[] {
  const out: number[] = [];
  const start = norm(d.start);
  for (let s = text.indexOf(start); s >= 0; s = text.indexOf(start, s + 1)) {
    if (!isBoundary(text, s) || !isBoundary(text, s + start.length)) continue;
    // The prefix ends right before the start, whitespace aside.
    if (d.prefix && !text.slice(0, s).trimEnd().endsWith(norm(d.prefix))) continue;
    let e = s + start.length;
    if (d.end) {
      const j = text.indexOf(norm(d.end), e);
      if (j < 0) continue;
      e = j + d.end.length;
    }
    if (d.suffix && !text.slice(e).trimStart().startsWith(norm(d.suffix))) continue;
    out.push(s);
  }
  return out;
}

const render = (d: Directive) => `:~:text=${d.prefix ? `${enc(d.prefix)}-,` : ''}${enc(d.start)}${d.end ? `,${enc(d.end)}` : ''}${d.suffix ? `,-${enc(d.suffix)}` : ''}`;

/**
 * A `#:~:text=` directive that selects the passage: whole when short, start and end words when long.
 * Given the page text and the passage's offsets in it, adds prefix or suffix words until the
 * directive matches exactly once, there.
 */
export function textFragment(passage: string, context?: { text: string; start: number }): string {
  const ws = words(passage.replace(QUOTES_AT_EDGES, ''));
  if (!ws.length) return ':~:text=';
  const base: Directive = ws.length <= 10 ? { prefix: null, start: ws.join(' '), end: null, suffix: null } : { prefix: null, start: ws.slice(0, 5).join(' '), end: ws.slice(-5).join(' '), suffix: null };
  if (!context) return render(base);
  const text = norm(context.text);
  // Our passage's start in the collapsed text: collapse what precedes it the same way.
  const lead = passage.length - passage.replace(/^[\s"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a]+/, '').length;
  const at = norm(context.text.slice(0, context.start + lead)).length;
  // Context words as the page has them, punctuation included (the quotation mark trimmed off the passage is one).
  const trail = passage.replace(/^[\s\S]*?([\s"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a.,;:]*)$/, '$1').length;
  const before = words(context.text.slice(Math.max(0, context.start + lead - 200), context.start + lead));
  const after = words(context.text.slice(context.start + passage.length - trail, context.start + passage.length - trail + 200));
  const tries: Directive[] = [base];
  for (let n = 1; n <= 4; n++) if (before.length >= n) tries.push({ ...base, prefix: before.slice(-n).join(' ') });
  for (let n = 1; n <= 4; n++) if (after.length >= n) tries.push({ ...base, suffix: after.slice(0, n).join(' ') });
  for (const d of tries) {
    const m = matches(text, d);
    if (m.length === 1 && Math.abs(m[0] - at) <= 1) return render(d);
  }
  return render(base);
}

/** The article URL with a text fragment pointing at the passage (replacing any fragment it had). */
export function deepLink(url: string | null, fragment: string): string | null {
  if (!url) return null;
  return `${url.replace(/#.*$/, '')}#${fragment}`;
}
