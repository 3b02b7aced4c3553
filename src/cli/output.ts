// Where results go: one writer for every format, used by the analyzing command and by `collect`.
import { createWriteStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { toClaim, toClaimReview } from '../factcheck/claimreview.js';
import type { FactCheckMatch } from '../factcheck/index.js';
import type { BatchResult } from '../batch/types.js';
import { csvHeader, csvRows } from './formats/csv.js';
import { HtmlReport } from './formats/html.js';
import { formatText } from './formats/text.js';
import type { FORMATS } from './options.js';

export type Format = (typeof FORMATS)[number];
type Ok = Extract<BatchResult, { ok: true }>;

/** One JSON-LD object a line: a ClaimReview where a fact-check matched, else the Claim. */
function claimReviewLines(r: Ok): string {
  const matches = new Map(((r.result as { factChecks?: { claimId: string; matches: FactCheckMatch[] }[] }).factChecks ?? []).map((f) => [f.claimId, f.matches[0]]));
  return r.result.claims
    .map((c) => {
      const m = matches.get(c.id);
      const ld = m?.record.url && m.record.rating
        ? toClaimReview(c, { rating: { alternateName: m.record.rating }, author: { name: m.record.publisher ?? 'unknown' }, url: m.record.url, datePublished: m.record.date ?? '' })
        : toClaim(c);
      return JSON.stringify(ld) + '\n';
    })
    .join('');
}

/** The body of one document's own file when --out is a folder. */
function fileBody(format: Format, r: Ok, text: string | undefined): string {
  if (format === 'claimreview') return claimReviewLines(r);
  if (format === 'csv') return csvHeader() + csvRows(r);
  if (format === 'text') return formatText(r.result, r.id);
  if (format === 'html') {
    const h = new HtmlReport();
    h.add(r, text);
    return h.render();
  }
  return JSON.stringify({ id: r.id, ...r.result }, null, 2);
}

const EXTENSION: Record<Format, string> = { json: 'json', jsonl: 'json', claimreview: 'json', csv: 'csv', text: 'txt', html: 'html' };

/**
 * Writes results in one format to stdout, a file, or a folder (one file per document). `single`
 * writes one document's JSON as it is, not in an array.
 */
export class ResultWriter {
  private readonly outDir: string | null;
  private readonly sink: NodeJS.WritableStream;
  private readonly report: HtmlReport | null;
  private written = 0;

  constructor(private readonly format: Format, out: string | null, private readonly single = false) {
    this.outDir = out && (out.endsWith('/') || (existsSync(out) && statSync(out).isDirectory())) ? out : null;
    if (this.outDir) mkdirSync(this.outDir, { recursive: true });
    this.sink = out && !this.outDir ? createWriteStream(out) : process.stdout;
    this.report = format === 'html' && !this.outDir ? new HtmlReport() : null;
    if (format === 'csv' && !this.outDir) this.write(csvHeader());
    if (format === 'json' && !single && !this.outDir) this.write('[\n');
  }

  private write(s: string): void {
    if (s) this.sink.write(s);
  }

  /** Adds one result; a failed one is only reported in the HTML report (the caller tells the user). */
  add(r: BatchResult, text?: string): void {
    if (this.report) return this.report.add(r, text);
    if (!r.ok) return;
    this.written++;
    if (this.outDir) {
      const file = join(this.outDir, `${basename(r.id).replace(/[^\w.-]+/g, '_') || `doc-${r.index + 1}`}.${EXTENSION[this.format]}`);
      writeFileSync(file, fileBody(this.format, r, text));
    } else if (this.format === 'claimreview') this.write(claimReviewLines(r));
    else if (this.format === 'json') this.write(this.single ? JSON.stringify(r.result, null, 2) + '\n' : `${this.written > 1 ? ',\n' : ''}${JSON.stringify({ id: r.id, ...r.result })}`);
    else if (this.format === 'jsonl') this.write(JSON.stringify({ id: r.id, ...r.result }) + '\n');
    else if (this.format === 'csv') this.write(csvRows(r));
    else this.write(formatText(r.result, this.single ? undefined : r.id) + '\n\n');
  }

  /** Closes the array or the report and waits until a file is flushed. */
  async finish(): Promise<void> {
    if (this.format === 'json' && !this.single && !this.outDir) this.write('\n]\n');
    if (this.report) this.write(this.report.render());
    if (this.sink !== process.stdout) await new Promise<void>((ok) => (this.sink as NodeJS.WritableStream & { end(cb: () => void): void }).end(ok));
  }
}

/** Statements (direct, partial, indirect) of a result, for the summary line. */
export function countStatements(r: Ok): number {
  return r.result.quotes.filter((q) => q.kind === 'direct' || q.kind === 'partial' || q.kind === 'indirect').length;
}
