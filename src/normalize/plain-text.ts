import { Kind } from './html.js';
import { fromCodeUnits } from '../text/code-units.js';

/** The page's text as a reader sees it, and the maps between page and text offsets. */
export interface PlainText {
  text: string;
  /** `offsets[i]` is the plain-text offset of page offset i (length: page length + 1). */
  offsets: Uint32Array;
  /** Character p of the text was read from page range [starts[p], ends[p]) (an entity's whole "&rdquo;"). */
  starts: Uint32Array;
  ends: Uint32Array;
}

/**
 * Extracts the text of a parsed page: text runs with whitespace collapsed as browsers render it,
 * a line break per block boundary, markup and entity padding dropped.
 */
export function plainText(view: string, kinds: Uint8Array): PlainText {
  const out = new Uint16Array(view.length);
  const offsets = new Uint32Array(view.length + 1);
  const starts = new Uint32Array(view.length + 1);
  const ends = new Uint32Array(view.length + 1);
  let n = 0;
  let last = NL; // as if after a break: leading whitespace is dropped
  const emit = (c: number, at: number) => {
    out[n] = last = c;
    starts[n] = at;
    ends[n++] = at + 1;
  };
  // A break after a space takes the space's place (and keeps where it came from).
  const lineBreak = (at: number) => {
    if (last === SPACE) out[n - 1] = last = NL;
    else if (last !== NL) emit(NL, at);
  };
  for (let i = 0; i < view.length; i++) {
    offsets[i] = n;
    const kind = kinds[i];
    if (kind === Kind.Text) {
      const c = view.charCodeAt(i);
      if (c === NL || c === CR) lineBreak(i);
      else if (c === SPACE || c === TAB || c === FF) {
        if (last !== SPACE && last !== NL) emit(SPACE, i);
      } else emit(c, i);
    } else if (kind === Kind.Break) lineBreak(i);
    // Padding belongs to the character before it: "&rdquo;" is one character read from seven.
    else if (kind === Kind.Filler && n > 0 && ends[n - 1] === i) ends[n - 1] = i + 1;
  }
  offsets[view.length] = n;
  starts[n] = ends[n] = view.length;
  return { text: fromCodeUnits(out.subarray(0, n)), offsets, starts: starts.subarray(0, n + 1), ends: ends.subarray(0, n + 1) };
}

const NL = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const FF = 0x0c;
