import type { Analysis } from '../schema/result.js';
import type { AnalyzeOptions } from '../schema/options.js';

/**
 * One document for `analyzeMany`: its text, or a record with an id and metadata.
 * @example const d: BatchInput = { id: 'story-1', text: '"Hi," Ann said.', url: 'https://example.com/1' };
 */
export type BatchInput =
  | string
  | { id?: string; text: string; url?: string; publishedDate?: string; publisher?: string; byline?: string | string[] }
  /** A document that could not be read (unreadable file, bad JSON line): reported as a failure, not analyzed. */
  | { id?: string; inputError: string };

/**
 * The outcome for one document, in input order by default: its analysis or the error that stopped it.
 * @example for await (const r of analyzeMany(docs)) if (!r.ok) console.error(r.id, r.error.message);
 */
export type BatchResult =
  | { index: number; id: string; ok: true; result: Analysis }
  | { index: number; id: string; ok: false; error: { code: string; message: string } };

/**
 * Options of `analyzeMany`: `analyze`'s options plus how to run.
 * @example const o: BatchOptions = { concurrency: 4, ordered: true, publishedDate: '2024-02-23' };
 */
export interface BatchOptions extends AnalyzeOptions {
  /** Worker threads; 1 (the default) analyzes in this thread. */
  concurrency?: number;
  /** Yield in input order (default) or as each document finishes. */
  ordered?: boolean;
}
