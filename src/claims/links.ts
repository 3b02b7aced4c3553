// Text fragments (https://wicg.github.io/scroll-to-text-fragment/): '-', '&' and ',' are syntax and must be escaped.
const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

/** A `#:~:text=` directive that selects the passage: whole when short, start and end words when long. */
export function textFragment(passage: string): string {
  const words = passage
    .replace(/^[\s"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a]+|[\s"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a.,;:]+$/g, '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length <= 10) return `:~:text=${enc(words.join(' '))}`;
  return `:~:text=${enc(words.slice(0, 5).join(' '))},${enc(words.slice(-5).join(' '))}`;
}

/** The article URL with a text fragment pointing at the passage (replacing any fragment it had). */
export function deepLink(url: string | null, passage: string): string | null {
  if (!url) return null;
  return `${url.replace(/#.*$/, '')}#${textFragment(passage)}`;
}
