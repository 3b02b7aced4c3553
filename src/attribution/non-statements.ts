import type { Token } from './tokens.js';

const CAPITAL_OR_DIGIT_FIRST = /^[\p{Lu}\d]/u;
const TITLE_CUES = new Set(['book', 'film', 'movie', 'song', 'album', 'show', 'series', 'episode', 'titled', 'entitled', 'called', 'named', 'article', 'essay', 'column', 'play', 'poem', 'novel', 'documentary', 'program', 'programme', 'headline', 'report', 'memoir', 'hashtag', 'slogan', 'campaign', 'podcast', 'op-ed', 'editorial', 'speech', 'track', 'video', 'ad', 'painting', 'exhibition', 'musical']);
const TERM_CUES = new Set(['word', 'words', 'term', 'phrase', 'label', 'the']);

/** A short Title Case quotation right after "book", "called", "titled"...: the name of a work, not words said. */
export function looksLikeTitle(view: string, tokens: readonly Token[], idx: number): boolean {
  const q = tokens[idx];
  const inner = view.slice(q.start + 1, q.end - 1).replace(/\u2060/g, '').trim();
  const words = inner.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 8) return false;
  const titleCase = words.filter((w) => CAPITAL_OR_DIGIT_FIRST.test(w)).length >= Math.ceil(words.length * 0.6);
  return titleCase && tokens.slice(Math.max(0, idx - 3), idx).some((t) => TITLE_CUES.has(t.lower));
}

/**
 * What an unattributed quotation is: a nickname between name parts, the title of a work, a term
 * mentioned as a word, a scare quote (short and inside running text), or a direct statement whose
 * speaker the text does not give.
 */
export function classifyUnattributed(view: string, tokens: readonly Token[], idx: number, headline: boolean): 'direct' | 'scare' | 'title' | 'nickname' | 'term' {
  const q = tokens[idx];
  // Word joiners pad marks written with two characters (''like this'', &ldquo;): not text.
  const inner = view.slice(q.start + 1, q.end - (q.quote?.closeMark ? 1 : 0)).replace(/\u2060/g, '').trim();
  const words = inner.split(/\s+/).filter(Boolean);
  const prev = tokens[idx - 1];
  const next = tokens[idx + 1];
  // 'on NBC's "Meet the Press"': a programme after its network's possessive.
  if (prev?.kind === 'word' && prev.cap && /['\u2019]s$/.test(prev.text) && words.length <= 7) return 'title';
  if (!headline && prev?.kind === 'word' && prev.cap && next?.kind === 'word' && next.cap && words.length <= 4) return 'nickname';
  const titleCase = words.length > 0 && words.filter((w) => CAPITAL_OR_DIGIT_FIRST.test(w)).length >= Math.max(1, Math.ceil(words.length * 0.6));
  const near = tokens.slice(Math.max(0, idx - 3), idx).map((t) => t.lower);
  if (near.some((w) => TITLE_CUES.has(w)) && titleCase) return 'title';
  if (words.length <= 2 && near.some((w) => TERM_CUES.has(w)) && /^(the|word|term|phrase)$/.test(near[near.length - 1] ?? '')) return 'term';
  const sentenceLike = /[.!?,\u2026]["'\u201d\u2019]?$/.test(view.slice(q.start, q.end).trim()) || words.length >= 8;
  if (headline && words.length <= 3) return 'scare';
  if (!sentenceLike || words.length <= 3) return titleCase && words.length > 1 && !headline ? 'title' : 'scare';
  return 'direct';
}
