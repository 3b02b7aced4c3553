import { lookupTable } from './lookup-table.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR = lookupTable({ jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11 });
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(w);
  return full >= 0 ? full : (MONTH_ABBR[w] ?? -1);
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m + 1)}-${pad(d)}`;

/** Parses a stand-alone date ("February 23, 2024", "23 February 2024", "2024-02-23") to YYYY-MM-DD. */
export function parseDate(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(?:[A-Za-z]+,\s+)?([A-Za-z]{3,9}\.?)\s+(\d{1,2}),?\s+(\d{4})$/.exec(t);
  if (m && monthIndex(m[1]) >= 0) return iso(+m[3], monthIndex(m[1]), +m[2]);
  m = /^(?:[A-Za-z]+,\s+)?(\d{1,2})\s+([A-Za-z]{3,9}\.?)\s+(\d{4})$/.exec(t);
  if (m && monthIndex(m[2]) >= 0) return iso(+m[3], monthIndex(m[2]), +m[1]);
  return null;
}

/**
 * Resolves a relative day phrase ("Friday", "on Friday", "yesterday", "last week") against a
 * reference date; weekdays mean the most recent such day on or before the reference (news usage).
 */
export function resolveRelativeDate(phrase: string, reference: string | null): string | null {
  if (!reference) return null;
  const ref = new Date(`${reference.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(ref.getTime())) return null;
  const p = phrase.toLowerCase();
  const shift = (days: number) => {
    const d = new Date(ref.getTime() + days * 86400000);
    return iso(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  };
  if (/\btoday\b|\btonight\b|\bthis (morning|afternoon|evening)\b/.test(p)) return shift(0);
  if (/\byesterday\b/.test(p)) return shift(-1);
  const wd = WEEKDAYS.findIndex((w) => new RegExp(`\\b${w}\\b`).test(p));
  if (wd >= 0) {
    const back = (ref.getUTCDay() - wd + 7) % 7;
    return shift(-back);
  }
  const abs = /\b([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:,?\s+(\d{4}))?\b/.exec(phrase);
  if (abs && monthIndex(abs[1]) >= 0) return iso(abs[3] ? +abs[3] : ref.getUTCFullYear(), monthIndex(abs[1]), +abs[2]);
  return null;
}

/** Whether a word names a weekday or a relative day. */
export function isDayWord(word: string): boolean {
  const w = word.toLowerCase();
  return WEEKDAYS.includes(w) || w === 'today' || w === 'yesterday' || w === 'tonight';
}

/**
 * A timestamp with its time zone, normalized to ISO 8601 ("2016-12-22T10:15:00-05:00"), or null when
 * the text gives no time or no zone (a time without a zone says no instant).
 * @example
 * isoTimestamp('2016-12-22T10:15-0500'); // '2016-12-22T10:15:00-05:00'
 */
export function isoTimestamp(text: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)$/i.exec(text.trim());
  if (!m) return null;
  const zone = m[5].toUpperCase() === 'Z' ? 'Z' : `${m[5].slice(0, 3)}:${m[5].slice(3).replace(':', '') || '00'}`;
  return `${m[1]}T${m[2]}:${m[3]}:${m[4] ?? '00'}${zone}`;
}
