import type { OutletIndex } from '../lexicons/outlet-index.js';
import { isDayWord } from '../text/dates.js';
import { mentionAfter } from './mentions.js';
import { DETERMINERS, PRONOUNS, VENUE_NOUNS } from './cues.js';
import type { Token } from './tokens.js';

export interface VenueMatch {
  name: string;
  type: 'outlet' | 'event' | 'platform' | 'audience' | 'interview' | 'other';
  from: number; // token range
  to: number;
  outlet: string | null;
  trace: string;
}

const EVENTS = /^(press|news) conference$|^(rally|hearing|summit|event|debate|town hall|briefing|speech|meeting|forum|convention|fundraiser|luncheon|dinner|address|ceremony|session)$/;
const PLATFORMS = new Set(['twitter', 'x', 'facebook', 'instagram', 'telegram', 'truth social', 'tiktok', 'youtube', 'linkedin', 'threads', 'bluesky', 'weibo', 'vk', 'reddit', 'snapchat', 'medium', 'substack']);

/** Looks for an outlet named inside token range [from, to). */
function outletIn(tokens: readonly Token[], from: number, to: number, outlets: OutletIndex): string | null {
  return outletAt(tokens, from, to, outlets)?.name ?? null;
}

/** The longest outlet name in tokens [from, to): its canonical name and the tokens it was written with. */
function outletAt(tokens: readonly Token[], from: number, to: number, outlets: OutletIndex): { name: string; from: number; to: number } | null {
  for (let len = Math.min(5, to - from); len >= 1; len--) {
    for (let i = from; i + len <= to; i++) {
      const words = tokens.slice(i, i + len);
      if (words.some((w) => w.kind !== 'word')) continue;
      const text = words.map((w) => w.text).join(' ');
      const o = outlets.byName(text);
      if (o && (len > 1 || words[0].cap)) return { name: o.name, from: i, to: i + len };
    }
  }
  return null;
}

/** The addressee after a "told"-type cue, and the venue it names: "told the France 24 channel". */
export function addresseeAfter(tokens: readonly Token[], at: number, outlets: OutletIndex, speechAct = true): { from: number; to: number; venue: VenueMatch | null } | null {
  const found = addressee(tokens, at, outlets);
  // Only telling and asking have a listener that can be a venue; "accused the agency" does not.
  return found && !speechAct ? { ...found, venue: null } : found;
}

function addressee(tokens: readonly Token[], at: number, outlets: OutletIndex): { from: number; to: number; venue: VenueMatch | null } | null {
  // "warned that traffic would double": a complementizer opens the content, not a listener.
  if (tokens[at]?.lower === 'that') return null;
  const m = mentionAfter(tokens, at);
  if (!m || m.kind === 'pronoun') {
    const t = tokens[at];
    if (t && t.kind === 'word' && ['reporters', 'journalists', 'him', 'her', 'them', 'us', 'me', 'supporters', 'voters', 'lawmakers'].includes(t.lower) && !possessiveHer(tokens, at)) return { from: at, to: at + 1, venue: t.lower === 'reporters' || t.lower === 'journalists' ? { name: t.text, type: 'audience', from: at, to: at + 1, outlet: null, trace: 'venue:told-audience' } : null };
    return null;
  }
  const outlet = outletIn(tokens, m.from, m.to, outlets);
  const hasVenueNoun = tokens.slice(m.from, m.to).some((t) => VENUE_NOUNS.has(t.lower));
  let venue: VenueMatch | null = null;
  if (outlet) venue = { name: outlet, type: 'outlet', from: m.from, to: m.to, outlet, trace: 'venue:told-outlet' };
  else if (hasVenueNoun) venue = { name: tokens.slice(m.from, m.to).map((t) => t.text).join(' '), type: 'outlet', from: m.from, to: m.to, outlet: null, trace: 'venue:told-media' };
  return { from: m.from, to: m.to, venue };
}

/** "calls her record a blueprint", "urged her staff": "her" before a noun of its own is a possessive, no listener. */
function possessiveHer(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (tokens[at].lower !== 'her' || next?.kind !== 'word' || next.cap || DETERMINERS.has(next.lower) || PRONOUNS[next.lower] || NOT_NOUNS_AFTER_HER.test(next.lower)) return false;
  return !!next.tags && (next.tags.has('Noun') || next.tags.has('Adjective') || next.tags.has('Infinitive'));
}
const NOT_NOUNS_AFTER_HER = /^(that|to|about|of|for|on|in|with|at|as|if|whether|what|how|why|when|where|who|not|again|later|then|so|by|from|into|over)$/;

/** Venue phrases in [from, to): "in an interview with X", "at a press conference", "on Twitter", "in a statement". */
export function venueIn(tokens: readonly Token[], from: number, to: number, outlets: OutletIndex): VenueMatch | null {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const next = tokens.slice(i + 1, Math.min(to, i + 8));
    const words = next.map((w) => w.lower);
    if ((t.lower === 'in' || t.lower === 'during') && words.includes('interview')) {
      const k = i + 1 + words.indexOf('interview');
      let end = k + 1;
      let outlet: string | null = null;
      if (tokens[k + 1]?.lower === 'with' || tokens[k + 1]?.lower === 'on' || tokens[k + 1]?.lower === 'by') {
        const m = mentionAfter(tokens, k + 2, to);
        if (m) {
          end = m.to;
          outlet = outletIn(tokens, m.from, m.to, outlets);
        }
      } else if (k - i <= 3) {
        outlet = outletIn(tokens, i + 1, k, outlets);
      }
      if (k - i > 4) continue;
      return { name: outlet ?? 'interview', type: outlet ? 'outlet' : 'interview', from: i, to: end, outlet, trace: 'venue:interview' };
    }
    if ((t.lower === 'at' || t.lower === 'during') && next.length) {
      for (let len = 1; len <= 4 && len <= next.length; len++) {
        const phrase = words.slice(0, len).filter((w) => !['a', 'an', 'the', 'his', 'her', 'their'].includes(w)).join(' ');
        if (EVENTS.test(phrase) || EVENTS.test(words.slice(len - 2 >= 0 ? len - 2 : 0, len).join(' '))) {
          if (EVENTS.test(words[len - 1]) || EVENTS.test(words.slice(len - 2, len).join(' '))) return { name: tokens.slice(i + 1, i + 1 + len).map((w) => w.text).join(' '), type: 'event', from: i, to: i + 1 + len, outlet: null, trace: 'venue:event' };
        }
      }
    }
    if (t.lower === 'on' && next.length) {
      const two = words.slice(0, 2).join(' ');
      const one = words[0];
      // Ranges from the tokens matched, never from a name's length: "on Twitter" ending its text, or an
      // outlet written otherwise than its canonical name ("on AP"), once ran past the sentence.
      if (words.length >= 2 && PLATFORMS.has(two)) return { name: next.slice(0, 2).map((w) => w.text).join(' '), type: 'platform', from: i, to: i + 3, outlet: null, trace: 'venue:platform' };
      if (PLATFORMS.has(one) && (one !== 'x' || next[0].text === 'X')) return { name: next[0].text, type: 'platform', from: i, to: i + 2, outlet: null, trace: 'venue:platform' };
      const outlet = outletAt(tokens, i + 1, Math.min(to, i + 5), outlets);
      if (outlet && outlet.from === i + 1 && tokens[i + 1].cap) return { name: outlet.name, type: 'outlet', from: i, to: outlet.to, outlet: outlet.name, trace: 'venue:on-outlet' };
    }
    if (t.lower === 'in' && (words[1] === 'statement' || words[1] === 'tweet' || words[1] === 'post' || words[1] === 'letter' || words[1] === 'memo' || words[1] === 'email' || words[1] === 'op-ed')) {
      const platform = words[1] === 'tweet' ? 'platform' : 'other';
      return { name: words[1], type: platform, from: i, to: i + 3, outlet: null, trace: `venue:in-${words[1]}` };
    }
  }
  return null;
}

/** A day phrase in [from, to): "on Friday", "Friday", "yesterday", "last week"; token range. */
export function dateIn(tokens: readonly Token[], from: number, to: number): [number, number] | null {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const bare = t.lower.replace(/['\u2019]s$/, '');
    if (isDayWord(bare)) {
      const start = tokens[i - 1]?.lower === 'on' && i - 1 >= from ? i - 1 : i;
      return [start, i + 1];
    }
    if ((t.lower === 'last' || t.lower === 'this' || t.lower === 'earlier' || t.lower === 'next') && ['week', 'month', 'year', 'weekend'].includes(tokens[i + 1]?.lower ?? '')) return [i, i + 2];
  }
  return null;
}
