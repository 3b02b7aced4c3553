import { resolveOptions } from '../analyze.js';
import { WorkerPool } from './pool.js';
import { runOne } from './run-one.js';
import type { BatchInput, BatchOptions, BatchResult } from './types.js';

export type { BatchInput, BatchOptions, BatchResult } from './types.js';

/**
 * Analyzes a stream of documents: an iterable or async iterable of texts or `{id, text, url?}`
 * records, yielding one result per document (its analysis, or its error: one bad document never
 * stops the batch). Backpressure: at most four times `concurrency` documents are read ahead. With
 * `concurrency` > 1 the work runs in that many worker threads. Node only (`quotecheck/node`).
 * @example
 * import { analyzeMany } from 'quotecheck/node';
 * for await (const r of analyzeMany(['"Hi," Ann said.', '"No," Tom said.'], { concurrency: 2 })) {
 *   if (r.ok) console.log(r.id, r.result.claims.length);
 * }
 */
export async function* analyzeMany(source: Iterable<BatchInput> | AsyncIterable<BatchInput>, options: BatchOptions = {}): AsyncGenerator<BatchResult> {
  const { concurrency = 1, ordered = true, ...analyzeOptions } = options;
  resolveOptions(analyzeOptions); // misuse throws before any work starts
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`analyzeMany: "concurrency" must be a whole number >= 1, got ${concurrency}`);
  const it = Symbol.asyncIterator in source ? (source as AsyncIterable<BatchInput>)[Symbol.asyncIterator]() : (source as Iterable<BatchInput>)[Symbol.iterator]();
  if (concurrency === 1) {
    for (let i = 0; ; i++) {
      const r = await it.next();
      if (r.done) return;
      yield runOne(r.value, i, analyzeOptions);
    }
  }
  const pool = new WorkerPool(concurrency, analyzeOptions);
  const pending = new Map<number, Promise<BatchResult>>();
  let read = 0;
  let emit = 0;
  let done = false;
  try {
    for (;;) {
      while (!done && pending.size < concurrency * 4) {
        const r = await it.next();
        if (r.done) done = true;
        else {
          const index = read++;
          pending.set(index, pool.run(index, r.value));
        }
      }
      if (!pending.size) return;
      let res: BatchResult;
      if (ordered) {
        res = await pending.get(emit)!;
        pending.delete(emit++);
      } else {
        res = await Promise.race(pending.values());
        pending.delete(res.index);
      }
      yield res;
    }
  } finally {
    await pool.close();
  }
}
