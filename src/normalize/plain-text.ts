import { Kind } from './html.js';
import { fromCodeUnits } from '../text/code-units.js';

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
  const out = new Uint16Array(view.length);
  const offsets = new Uint32Array(view.length + 1);
  let n = 0;
  let last = NL; // as if after a break: leading whitespace is dropped
  const lineBreak = () => {
    if (last === SPACE) out[n - 1] = NL;
    else if (last !== NL) out[n++] = NL;
    last = NL;
  };
  for (let i = 0; i < view.length; i++) {
    offsets[i] = n;
    const kind = kinds[i];
    if (kind === Kind.Text) {
      const c = view.charCodeAt(i);
      if (c === NL || c === CR) lineBreak();
      else if (c === SPACE || c === TAB || c === FF) {
        if (last !== SPACE && last !== NL) out[n++] = last = SPACE;
      } else out[n++] = last = c;
    } else if (kind === Kind.Break) lineBreak();
  }
  offsets[view.length] = n;
  return { text: fromCodeUnits(out.subarray(0, n)), offsets };
}

const NL = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const FF = 0x0c;
