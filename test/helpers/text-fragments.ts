// The Text Fragments spec's matching, reimplemented here on its own: parse the directive, then find
// every range of the (whitespace-collapsed, case-folded) page text that it selects.
export function parse(fragment: string) {
  const body = fragment.replace(/^:~:text=/, '');
  const parts = body.split(',').map(decodeURIComponent);
  const prefix = parts[0].endsWith('-') ? parts.shift()!.slice(0, -1) : null;
  const suffix = parts[parts.length - 1].startsWith('-') ? parts.pop()!.slice(1) : null;
  return { prefix, start: parts[0], end: parts[1] ?? null, suffix };
}
const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
const wordEdge = (t: string, i: number) => i <= 0 || i >= t.length || !/[\p{L}\p{N}]/u.test(t[i - 1]) || !/[\p{L}\p{N}]/u.test(t[i]);
export function select(page: string, fragment: string): number[] {
  const t = fold(page);
  const d = parse(fragment);
  const found: number[] = [];
  const start = fold(d.start);
  for (let s = t.indexOf(start); s >= 0; s = t.indexOf(start, s + 1)) {
    if (!wordEdge(t, s) || !wordEdge(t, s + start.length)) continue;
    if (d.prefix && !t.slice(0, s).trimEnd().endsWith(fold(d.prefix))) continue;
    let e = s + start.length;
    if (d.end) {
      const j = t.indexOf(fold(d.end), e);
      if (j < 0) continue;
      e = j + d.end.length;
    }
    if (d.suffix && !t.slice(e).trimStart().startsWith(fold(d.suffix))) continue;
    found.push(s);
  }
  return found;
}

