// Counting words from a text's start, no further than needed: contents that nest each other each hold
// the rest of their sentence, and reading every one whole made a document's claims quadratic.

/**
 * The first `max` words of `text` (runs of non-space): how many there are, up to `max`, and where the
 * last of them ends.
 * @example leadingWords('a bb  ccc d', 3); // { count: 3, end: 9 }
 */
export function leadingWords(text: string, max: number): { count: number; end: number } {
  const word = /\S+/g;
  let count = 0;
  let end = 0;
  while (count < max) {
    const m = word.exec(text);
    if (!m) break;
    count++;
    end = m.index + m[0].length;
  }
  return { count, end };
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/**
 * Whether `text.slice(start, end)` holds a letter or a digit (without the slice): a statement's content
 * of punctuation alone (')', '""', '..') says nothing.
 * @example hasWordCharacter('said: "".', 6, 8); // false
 */
export function hasWordCharacter(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c > 127 && WORD_CHARACTER.test(text[i])) return true;
  }
  return false;
}
