// What a job holds: one document, named so that enqueueing the same corpus twice adds nothing.
import { createHash } from 'node:crypto';
import type { BatchInput } from '../batch/types.js';

/** The data of one job: the document as `analyzeMany` takes it, its name in results and its place in the enqueued order. */
export interface DocumentJob {
  id: string;
  index: number;
  input: BatchInput;
}

/** The text a document's id falls back on: its content when it has no id of its own. */
function contentOf(input: BatchInput): string {
  if (typeof input === 'string') return input;
  return 'text' in input && typeof input.text === 'string' ? input.text : JSON.stringify(input);
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
