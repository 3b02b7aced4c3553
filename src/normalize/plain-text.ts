import { Kind } from './html.js';

/** The page's text as a reader sees it, and where each offset of the page lands in it. */
export interface PlainText {
  text: string;
  /** `offsets[i]` is the plain-text offset of page offset i (length: page length + 1). */
  offsets: Uint32Array;
}

/**
 * Extracts the text of a parsed page: text runs with whitespace collapsed as browsers render it,
 * a line break per block boundary, markup and entity padding dropped.
 */
export function plainText(view: string, kinds: Uint8Array): PlainText {
  const out: string[] = [];
  const offsets = new Uint32Array(view.length + 1);
  let last = '\n'; // as if after a break: leading whitespace is dropped
  for (let i = 0; i < view.length; i++) {
    offsets[i] = out.length;
    const kind = kinds[i];
    if (kind === Kind.Text) {
      const c = view[i];
      if (c === '\n' || c === '\r') {
        if (last === ' ') out[out.length - 1] = '\n';
        else if (last !== '\n') out.push('\n');
        last = '\n';
      } else if (c === ' ' || c === '\t' || c === '\f') {
        if (last !== ' ' && last !== '\n') {
          out.push(' ');
          last = ' ';
        }
      } else {
        out.push(c);
        last = c;
      }
    } else if (kind === Kind.Break) {
      if (last === ' ') out[out.length - 1] = '\n';
      else if (last !== '\n') out.push('\n');
      last = '\n';
    }
  }
  offsets[view.length] = out.length;
  return { text: out.join(''), offsets };
}

/** The plain-text range of a page range, narrowed past whitespace. */
export function plainRange(plain: PlainText, start: number, end: number): { start: number; end: number; text: string } {
  let s = plain.offsets[start];
  let e = plain.offsets[end];
  while (s < e && /\s/.test(plain.text[s])) s++;
  while (e > s && /\s/.test(plain.text[e - 1])) e--;
  return { start: s, end: e, text: plain.text.slice(s, e) };
}
