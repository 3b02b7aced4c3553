import { analyze } from '../analyze.js';
import type { AnalyzeOptions } from '../schema/options.js';
import type { BatchInput, BatchResult } from './types.js';

/** A document's name in results: its record id, or its position ("#3"). */
export function batchId(item: BatchInput, index: number): string {
  return typeof item === 'string' ? `#${index + 1}` : String(item?.id ?? `#${index + 1}`);
}

/** Analyzes one batch input; any error becomes part of the result, never a throw. */
export function runOne(item: BatchInput, index: number, options: AnalyzeOptions): BatchResult {
  const id = batchId(item, index);
  try {
    if (typeof item === 'object' && item !== null && 'inputError' in item) throw Object.assign(new Error(item.inputError), { code: 'unreadable-input' });
    if (typeof item !== 'string' && (typeof item !== 'object' || item === null || typeof item.text !== 'string')) throw Object.assign(new Error('record has no "text" string'), { code: 'invalid-record' });
    const record = item as Extract<BatchInput, { text: string }>;
    const text = typeof item === 'string' ? item : record.text;
    const meta = typeof item === 'string' ? {} : pick(record);
    return { index, id, ok: true, result: analyze(text, { ...options, ...meta }) };
  } catch (e) {
    const err = e as Error & { code?: string };
    return { index, id, ok: false, error: { code: err.code ?? 'error', message: err.message } };
  }
}

// Only known metadata keys are read from a record: untrusted input never reaches the options otherwise.
function pick(item: Extract<BatchInput, { text: string }>): AnalyzeOptions {
  const out: AnalyzeOptions = {};
  if (typeof item.url === 'string') out.url = item.url;
  if (typeof item.publishedDate === 'string') out.publishedDate = item.publishedDate;
  if (typeof item.publisher === 'string') out.publisher = item.publisher;
  if (typeof item.byline === 'string' || Array.isArray(item.byline)) out.byline = item.byline;
  return out;
}
