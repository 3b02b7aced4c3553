import type { Analysis } from '../../schema/result.js';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}\u2026` : s);

/** A human-readable "who said what" listing of one analysis. */
export function formatText(r: Analysis, name?: string): string {
  const lines: string[] = [];
  const d = r.document;
  if (name) lines.push(`# ${name}`);
  if (d.headline) lines.push(`Headline:  ${d.headline.value}`);
  const outlets = [d.publisher && `publisher ${d.publisher.value.name}`, d.wire && `wire ${d.wire.value.name}`, d.publishedDate && `published ${d.publishedDate.value}`].filter(Boolean);
  if (outlets.length) lines.push(`Source:    ${outlets.join(', ')}`);
  lines.push('');
  const speakers = new Map(r.speakers.map((s) => [s.id, s]));
  for (const c of r.claims) {
    const s = c.speaker ? speakers.get(c.speaker.id) : null;
    const who = s ? `${s.name}${s.role ? ` (${s.role})` : ''}` : 'unknown speaker';
    const where = [c.venue && `to/at ${c.venue.name}`, c.date && `on ${c.date}`].filter(Boolean).join(', ');
    lines.push(`${who} ${c.cue ?? 'said'}${where ? ` [${where}]` : ''} — ${c.kind}${c.headline ? ', headline' : ''}, confidence ${c.confidence.toFixed(2)}`);
    lines.push(`    ${clip(c.text.replace(/\s+/g, ' '), 160)}`);
  }
  const others = r.quotes.filter((q) => !['direct', 'partial', 'indirect'].includes(q.kind));
  if (others.length) lines.push('', `Not statements: ${others.map((q) => `${q.content.text} (${q.kind})`).join(', ')}`);
  if (r.diagnostics.length) lines.push('', ...r.diagnostics.map((x) => `${x.severity}: ${x.code} at ${x.span?.start ?? '-'}: ${x.message}`));
  return lines.join('\n');
}
