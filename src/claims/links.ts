// Text fragments (https://wicg.github.io/scroll-to-text-fragment/): '-', '&' and ',' are syntax and must be escaped.
const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
const LEAD_CHARS = new Set([...' \t\n"\'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a']);
/** The passage less quotation marks at its edges and punctuation at its end (loops: no regex backtracking). */
function trimEdges(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && LEAD_CHARS.has(s[a])) a++;
  while (b > a && EDGE_CHARS.has(s[b - 1])) b--;
  return s.slice(a, b);
}
const EDGE_CHARS = new Set([...' \t\n"\'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a.,;:']);
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
const words = (s: string) => s.split(/\s+/).filter(Boolean);

/**
 * What a directive takes of a passage's words: all of them when there are ten or fewer (`whole`), else
 * its first and last five. Read from its two ends: splitting a long passage whole, for every claim, made
 * a sentence of nested reported clauses quadratic.
 */
function edgeWords(s: string): { whole: boolean; first: string[]; last: string[] } {
  const first: string[] = [];
  const word = /\S+/g;
  for (let m = word.exec(s); m && first.length <= 10; m = word.exec(s)) first.push(m[0]);
  if (first.length <= 10) return { whole: true, first, last: [] };
  const last: string[] = [];
  let end = s.length;
  while (last.length < 5) {
    while (end > 0 && isSpace(s.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > 0 && !isSpace(s.charCodeAt(start - 1))) start--;
    last.unshift(s.slice(start, end));
    end = start;
  }
  return { whole: false, first, last };
}

interface Directive {
  prefix: string | null;
  start: string;
  end: string | null;
  suffix: string | null;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isBoundary = (text: string, i: number) => i <= 0 || i >= text.length || !WORD_CHAR.test(text[i - 1]) || !WORD_CHAR.test(text[i]);

/**
 * A start text found more often than this is not made unique with a few words of context: the link
 * keeps the plain directive. Text repeating its clauses a thousand times (one statement nesting the
 * next) made every link read every repetition.
 */
const MAX_STARTS = 100;

/** Where a directive's start text stands in whitespace-collapsed, lower-cased text, at word boundaries (at most MAX_STARTS + 1 of them). */
function startsOf(text: string, start: string): number[] {
  const out: number[] = [];
  const s0 = norm(start);
  for (let s = text.indexOf(s0); s >= 0 && out.length <= MAX_STARTS; s = text.indexOf(s0, s + 1)) if (isBoundary(text, s) && isBoundary(text, s + s0.length)) out.push(s);
  return out;
}

/**
 * Where a directive matches, as the spec finds ranges, given where its start text stands (`startsOf`):
 * the directives tried for one passage share their start, so the page is scanned once for them all.
 */
function matches(text: string, d: Directive, starts: readonly number[]): number[] {
  const out: number[] = [];
  const startLength = norm(d.start).length;
  for (const s of starts) {
    // The prefix ends right before the start, whitespace aside (index arithmetic, no copies of the page).
    if (d.prefix) {
      const p = norm(d.prefix);
      let k = s;
      while (k > 0 && text[k - 1] === ' ') k--;
      if (k < p.length || !text.startsWith(p, k - p.length)) continue;
    }
    let e = s + startLength;
    if (d.end) {
      const j = text.indexOf(norm(d.end), e);
      if (j < 0) continue;
      e = j + d.end.length;
    }
    if (d.suffix) {
      let k = e;
      while (text[k] === ' ') k++;
      if (!text.startsWith(norm(d.suffix), k)) continue;
    }
    out.push(s);
    if (out.length > 1) break; // two matches already: not unique, no need to count on
  }
  return out;
}

const render = (d: Directive) => `:~:text=${d.prefix ? `${enc(d.prefix)}-,` : ''}${enc(d.start)}${d.end ? `,${enc(d.end)}` : ''}${d.suffix ? `,-${enc(d.suffix)}` : ''}`;

/** The page text as text fragments match it (whitespace collapsed, case folded), prepared once per page. */
export interface FragmentPage {
  text: string;
  folded: string;
  /** folded offset of each original offset */
  at: Int32Array;
}

/** Pages longer than this get plain fragments: making each unique would cost a scan of the page per claim. */
export const MAX_FRAGMENT_PAGE = 300_000;

/** Prepares a page for `textFragment`, in one pass. */
export function fragmentPage(text: string): FragmentPage | null {
  if (text.length > MAX_FRAGMENT_PAGE) return null;
  return CONTEXT_CASED.test(text) ? foldByChar(text) : foldWhole(text);
}

// Characters a whole-string toLowerCase lowers otherwise than one at a time: 'İ' (two units), 'Σ'
// (a final sigma at a word's end) and surrogates (an astral capital is lowered whole, not by halves).
const CONTEXT_CASED = /[\u0130\u03a3\ud800-\udfff]/;

/** What /\s/ matches, by code unit. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The page lowered whole, where that lowers each character as `foldByChar` does: a string built a
 * character at a time was a tenth of the memory the analysis of a document allocated.
 */
function foldWhole(text: string): FragmentPage {
  // Single spaces, most of the whitespace, are left alone: replacing each with itself was half the fold.
  const folded = text.toLowerCase().replace(/ (?=\s)\s*|[^\S ]\s*/g, ' ');
  const at = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0, space = false; i < text.length; i++) {
    at[i] = n;
    const white = isSpace(text.charCodeAt(i));
    if (!white || !space) n++;
    space = white;
  }
  at[text.length] = n;
  return { text, folded, at };
}

function foldByChar(text: string): FragmentPage {
  const at = new Int32Array(text.length + 1);
  let folded = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    at[i] = folded.length;
    if (/\s/.test(text[i])) {
      if (!space) folded += ' ';
      space = true;
    } else {
      folded += text[i].toLowerCase().length === 1 ? text[i].toLowerCase() : text[i];
      space = false;
    }
  }
  at[text.length] = folded.length;
  return { text, folded, at };
}

/**
 * A `#:~:text=` directive that selects the passage: whole when short, start and end words when long.
 * Given the page (`fragmentPage`) and the passage's offset in it, adds prefix or suffix words until
 * the directive matches exactly once, there.
 */
export function textFragment(passage: string, context?: { page: FragmentPage | null; start: number }): string {
  const ws = edgeWords(trimEdges(passage));
  if (!ws.first.length) return ':~:text=';
  const base: Directive = ws.whole ? { prefix: null, start: ws.first.join(' '), end: null, suffix: null } : { prefix: null, start: ws.first.slice(0, 5).join(' '), end: ws.last.join(' '), suffix: null };
  if (!context?.page) return render(base);
  const { page } = context;
  const text = page.folded;
  let lead = 0;
  while (lead < passage.length && LEAD_CHARS.has(passage[lead])) lead++;
  const at = page.at[Math.min(page.text.length, context.start + lead)];
  // Context words as the page has them, punctuation included (the quotation mark trimmed off the passage is one).
  let trail = 0; // trailing quotation marks and punctuation, counted without a backtracking regex
  while (trail < passage.length && EDGE_CHARS.has(passage[passage.length - 1 - trail])) trail++;
  const before = words(page.text.slice(Math.max(0, context.start + lead - 200), context.start + lead));
  const after = words(page.text.slice(context.start + passage.length - trail, context.start + passage.length - trail + 200));
  const tries: Directive[] = [base];
  for (let n = 1; n <= 4; n++) if (before.length >= n) tries.push({ ...base, prefix: before.slice(-n).join(' ') });
  for (let n = 1; n <= 4; n++) if (after.length >= n) tries.push({ ...base, suffix: after.slice(0, n).join(' ') });
  const starts = startsOf(text, base.start);
  if (starts.length > MAX_STARTS) return render(base);
  for (const d of tries) {
    const m = matches(text, d, starts);
    if (m.length === 1 && Math.abs(m[0] - at) <= 1) return render(d);
  }
  return render(base);
}

/** The article URL with a text fragment pointing at the passage (replacing any fragment it had). */
export function deepLink(url: string | null, fragment: string): string | null {
  if (!url) return null;
  return `${url.replace(/#.*$/, '')}#${fragment}`;
}
