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
