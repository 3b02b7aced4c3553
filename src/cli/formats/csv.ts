import type { BatchResult } from '../../batch/types.js';

/** One row per claim, flat columns, for spreadsheets and data frames. */
export const CSV_COLUMNS = ['document', 'claim_id', 'kind', 'headline', 'speaker', 'speaker_type', 'role', 'cue', 'venue', 'publisher', 'wire', 'date', 'confidence', 'start', 'end', 'text', 'url', 'deep_link'] as const;

const cell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function csvHeader(): string {
  return CSV_COLUMNS.join(',') + '\n';
}

export function csvRows(r: BatchResult): string {
  if (!r.ok) return '';
  return r.result.claims
    .map((c) =>
      [r.id, c.id, c.kind, c.headline, c.speaker?.name, c.speaker?.type, c.speaker?.role, c.cue, c.venue?.name, c.outlets.publisher?.name, c.outlets.wire?.name, c.date, c.confidence, c.spans.content.start, c.spans.content.end, c.text, c.links.url, c.links.deepLink]
        .map(cell)
        .join(','),
    )
    .map((row) => row + '\n')
    .join('');
}
