// What a job holds: one document, named so that enqueueing the same corpus twice adds nothing.
import { createHash } from 'node:crypto';
import type { BatchInput } from '../batch/types.js';

/** The data of one job: the document as `analyzeMany` takes it, its name in results and its place in the enqueued order. */
export interface DocumentJob {
  id: string;
  index: number;
  input: BatchInput;
}

/** The text of a document, when it has one. */
export function textOf(input: BatchInput | undefined): string | undefined {
  if (typeof input === 'string') return input;
  return typeof input === 'object' && input !== null && 'text' in input && typeof input.text === 'string' ? input.text : undefined;
}

/** The text a document's id falls back on: its content when it has no id of its own. */
function contentOf(input: BatchInput): string {
  return textOf(input) ?? JSON.stringify(input);
}

/** The document's name in results: its record id, else "sha256:" and the start of its content hash. */
export function documentId(input: BatchInput): string {
  if (typeof input === 'object' && input !== null && input.id !== undefined && input.id !== '') return String(input.id);
  return `sha256:${createHash('sha256').update(contentOf(input)).digest('hex').slice(0, 32)}`;
}

/**
 * BullMQ's job id for a document id: a hash, since BullMQ refuses ids with ':' or that look like
 * integers, and a fixed length keeps Redis keys short for long file paths.
 */
export function jobId(documentId: string): string {
  return `doc-${createHash('sha256').update(documentId).digest('hex').slice(0, 40)}`;
}

/** A span whose text the document gives back: `text` is 0 while the result is stored. */
type StoredSpan = { start: number; end: number; text: string | 0 };

function isSpan(x: object): x is StoredSpan {
  const s = x as Partial<StoredSpan>;
  return typeof s.start === 'number' && typeof s.end === 'number' && (typeof s.text === 'string' || s.text === 0);
}

/** Visits every object of a result tree (depth first, arrays included). */
function eachObject(x: unknown, visit: (o: object) => void): void {
  if (Array.isArray(x)) for (const y of x) eachObject(y, visit);
  else if (x !== null && typeof x === 'object') {
    visit(x);
    for (const k in x) eachObject((x as Record<string, unknown>)[k], visit);
  }
}

/**
 * The result as a job stores it: every span's text, which the job's own document gives back, is
 * replaced by 0 in place (a third of a result's bytes, and of the time Redis and JSON spend on it).
 * Keys keep their places, so `unpackResult` gives back the same JSON.
 */
export function packResult<T>(result: T, text: string | undefined): T {
  if (text === undefined) return result;
  eachObject(result, (o) => {
    if (isSpan(o) && typeof o.text === 'string' && text.slice(o.start, o.end) === o.text) o.text = 0;
  });
  return result;
}

/** A stored result with its spans' texts back, from the document they were cut from. */
export function unpackResult<T>(result: T, text: string | undefined): T {
  if (text === undefined) return result;
  eachObject(result, (o) => {
    if (isSpan(o) && o.text === 0) o.text = text.slice(o.start, o.end);
  });
  return result;
}
