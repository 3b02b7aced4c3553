import type { BatchResult } from '../../batch/types.js';
import type { Analysis } from '../../schema/result.js';

const COLOURS = ['#ffd166', '#8ecae6', '#b5e48c', '#f4a3c0', '#cdb4db', '#f9c74f', '#90be6d', '#ffadad', '#a0c4ff', '#caffbf'];
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function articleHtml(text: string, r: Analysis): string {
  const colour = new Map(r.speakers.map((s, i) => [s.id, COLOURS[i % COLOURS.length]]));
  const speakers = new Map(r.speakers.map((s) => [s.id, s]));
  const marks = r.quotes
    .filter((q) => q.kind === 'direct' || q.kind === 'partial' || q.kind === 'indirect')
    .flatMap((q) => q.segments.map((g) => ({ g, q })))
    .sort((a, b) => a.g.start - b.g.start);
  let at = 0;
  let out = '';
  for (const { g, q } of marks) {
    if (g.start < at) continue;
    const s = q.speakerId ? speakers.get(q.speakerId) : undefined;
    const tip = [
      `Speaker: ${s ? s.name : 'unknown'}${s?.role ? ` (${s.role})` : ''}`,
      `Cue: ${q.cue?.text ?? '-'}  Kind: ${q.kind}`,
      `Venue: ${q.venue?.name ?? '-'}  Date: ${q.date?.value ?? q.date?.span.text ?? '-'}`,
      `Confidence: ${q.confidence.toFixed(2)}`,
      `Why: ${q.trace.join(', ')}`,
    ].join('\n');
    out += esc(text.slice(at, g.start));
    out += `<mark class="qc-statement" data-speaker="${esc(s?.name ?? '')}" style="background:${(q.speakerId && colour.get(q.speakerId)) || '#e0e0e0'}" title="${esc(tip)}">${esc(text.slice(g.start, g.end))}</mark>`;
    at = g.end;
  }
  return out + esc(text.slice(at));
}

function claimsTable(r: Analysis): string {
  const rows = r.claims
    .map((c) => `<tr><td>${esc(c.speaker?.name ?? 'unknown')}</td><td>${esc(c.speaker?.role ?? '')}</td><td>${esc(c.cue ?? '')}</td><td>${esc(c.venue?.name ?? '')}</td><td>${c.kind}</td><td>${c.confidence.toFixed(2)}</td><td>${esc(c.text)}</td></tr>`)
    .join('');
  return `<table class="claims"><thead><tr><th>Speaker</th><th>Role</th><th>Cue</th><th>Venue</th><th>Kind</th><th>Confidence</th><th>Statement</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** Collects documents and renders one self-contained report page. */
export class HtmlReport {
  private parts: string[] = [];
  private failures: string[] = [];

  add(r: BatchResult, text: string | undefined): void {
    if (!r.ok) {
      this.failures.push(`<li>${esc(r.id)}: ${esc(r.error.message)}</li>`);
      return;
    }
    const head = r.result.document.headline?.value;
    this.parts.push(`<section class="doc"><h2>${esc(r.id)}</h2>${head ? `<p class="headline">${esc(head)}</p>` : ''}<div class="article">${articleHtml(text ?? '', r.result)}</div>${claimsTable(r.result)}</section>`);
  }

  render(): string {
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>quotecheck report</title><style>
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:16px;color:#1d1d1f}
.article{white-space:pre-wrap;border:1px solid #ddd;padding:12px;border-radius:4px;background:#fff}
.qc-statement{border-radius:3px;cursor:help}table{border-collapse:collapse;width:100%;margin:12px 0 28px;font-size:13px}
th,td{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}th{background:#eee}.headline{font-weight:600}
</style></head><body><h1>quotecheck report</h1><p>${this.parts.length} documents${this.failures.length ? `, ${this.failures.length} failed` : ''}</p>${this.failures.length ? `<ul class="failures">${this.failures.join('')}</ul>` : ''}${this.parts.join('\n')}</body></html>\n`;
  }
}
