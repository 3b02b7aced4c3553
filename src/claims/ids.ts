/** FNV-1a (64-bit, as two 32-bit halves): a short stable id from text, the same on every platform and run. */
export function stableId(prefix: string, ...parts: string[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const s = parts.join('\u241f');
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return `${prefix}_${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0').slice(0, 4)}`;
}
