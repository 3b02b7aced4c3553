// Markdown syntax is blanked to spaces in a view of the same length as the input, so every offset
// in the view is an offset in the input: the offset map back to the original is the identity.

/** Heuristic: does the text use Markdown syntax? */
export function looksLikeMarkdown(text: string): boolean {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  return /\]\([^)\s]*\)|\*\*[^*\n]+\*\*|^#{1,6} |<https?:\/\/[^>\s]+>/m.test(sample);
}

const blank = (chars: string[], from: number, to: number) => {
  for (let i = from; i < to; i++) if (chars[i] !== '\n') chars[i] = ' ';
};

export interface MarkdownLink {
  start: number; // of the whole construct
  end: number;
  labelStart: number;
  labelEnd: number;
  url: string;
}

/** Blanks Markdown markup; returns the view and the links found (label offsets index the input). */
export function maskMarkdown(text: string): { view: string; links: MarkdownLink[] } {
  const chars = text.split('');
  const links: MarkdownLink[] = [];
  // Bounded quantifiers keep these linear on hostile input.
  for (const m of text.matchAll(/!\[[^\]\n]{0,500}\]\([^)\s]{0,2000}\)/g)) blank(chars, m.index, m.index + m[0].length);
  for (const m of text.matchAll(/\[([^\]\n]{0,500})\]\(([^)\s]{0,2000})\)/g)) {
    if (chars[m.index] === ' ') continue; // inside an image
    const labelStart = m.index + 1;
    const labelEnd = labelStart + m[1].length;
    blank(chars, m.index, labelStart);
    blank(chars, labelEnd, m.index + m[0].length);
    links.push({ start: m.index, end: m.index + m[0].length, labelStart, labelEnd, url: m[2] });
  }
  for (const m of text.matchAll(/<(https?:\/\/[^>\s]{1,2000})>/g)) {
    blank(chars, m.index, m.index + m[0].length);
    links.push({ start: m.index, end: m.index + m[0].length, labelStart: m.index + 1, labelEnd: m.index + 1 + m[1].length, url: m[1] });
  }
  for (const m of text.matchAll(/\*\*|__/g)) blank(chars, m.index, m.index + 2);
  for (const m of text.matchAll(/(^|[\s(])[*_](?=\S)|(?<=\S)[*_](?=[\s).,;:!?]|$)/gm)) {
    const at = m.index + (m[1]?.length ?? 0);
    blank(chars, at, at + 1);
  }
  for (const m of text.matchAll(/^(#{1,6} |> ?|[-*+] (?=\S))/gm)) blank(chars, m.index, m.index + m[0].length);
  return { view: chars.join(''), links };
}
