// quotecheck on a job queue (BullMQ on Redis): enqueue documents on one machine, run workers on
// many, collect the results. Its own entry (`quotecheck/queue`), so the core stays Redis-free.
import { Queue, Worker, type Job } from 'bullmq';
import { resolveOptions } from '../analyze.js';
import { WorkerPool } from '../batch/pool.js';
import { runOne } from '../batch/run-one.js';
import { withFactCheckMatches } from '../batch/fact-checks.js';
import type { BatchInput, BatchResult } from '../batch/types.js';
import type { FactCheckIndex } from '../factcheck/index.js';
import type { AnalyzeOptions } from '../schema/options.js';
import { redisConnection } from './connection.js';
import { documentId, jobId, packResult, textOf, unpackResult, type DocumentJob } from './jobs.js';

export { redisConnection } from './connection.js';
export { documentId } from './jobs.js';

/** The queue's name when none is given. */
export const DEFAULT_QUEUE = 'quotecheck';

/**
 * Where the queue lives: a Redis URL and the queue's name.
 * @example const where: QueueLocation = { redis: 'redis://127.0.0.1:6379', queue: 'crawl-2026-12' };
 */
export interface QueueLocation {
  redis: string;
  queue?: string;
}

/**
 * How enqueued documents are retried: `attempts` runs in all (default 3), `backoffMs` apart (default 1000).
 * @example const o: EnqueueOptions = { attempts: 5, backoffMs: 2000 };
 */
export interface EnqueueOptions {
  attempts?: number;
  backoffMs?: number;
}

/**
 * What one `enqueue` call did: documents read, jobs added, and those already there (same id).
 * @example const { added, existing } = await q.enqueue(docs);
 */
export interface EnqueueSummary {
  read: number;
  added: number;
  existing: number;
}

/**
 * A queue of documents to analyze.
 * @example
 * const q = createQueue({ redis: 'redis://127.0.0.1:6379' });
 * await q.enqueue([{ id: 'a1', text: '"Hi," Ann said.' }]);
 * await q.close();
 */
export interface DocumentQueue {
  /** Adds one job per document; a document whose id is already queued (waiting, running, done or failed) is not added again. */
  enqueue(source: Iterable<BatchInput> | AsyncIterable<BatchInput>, options?: EnqueueOptions): Promise<EnqueueSummary>;
  /** Job counts and recent throughput. */
  status(): Promise<QueueStatus>;
  /** Removes every job and result of the queue. */
  obliterate(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Counts of the queue's jobs, and documents per second over its most recent completions (null before two).
 * @example const s = await q.status(); console.log(s.waiting, s.done, s.docsPerSecond);
 */
export interface QueueStatus {
  waiting: number;
  active: number;
  delayed: number;
  done: number;
  failed: number;
  docsPerSecond: number | null;
}

const BULK = 500;
/** Completions read again on each poll: those finishing in the same millisecond may sort before the cursor. */
const OVERLAP = 500;

/**
 * Opens (or creates) a queue of documents on Redis.
 * @example
 * import { createQueue } from 'quotecheck/queue';
 * const q = createQueue({ redis: 'redis://127.0.0.1:6379', queue: 'news' });
 * console.log(await q.enqueue(['"We will win," Ann said.']));
 * await q.close();
 */
export function createQueue(where: QueueLocation): DocumentQueue {
  const queue = new Queue<DocumentJob>(where.queue ?? DEFAULT_QUEUE, { connection: redisConnection(where.redis) });
  return {
    async enqueue(source, options = {}) {
      const attempts = options.attempts ?? 3;
      if (!Number.isInteger(attempts) || attempts < 1) throw new RangeError(`enqueue: "attempts" must be a whole number >= 1, got ${attempts}`);
      const opts = { attempts, backoff: { type: 'fixed', delay: options.backoffMs ?? 1000 }, removeOnComplete: false, removeOnFail: false };
      // Indexes continue after the jobs already queued: collected results sort in the order documents came.
      let index = Object.values(await queue.getJobCounts()).reduce((a, b) => a + b, 0);
      const summary: EnqueueSummary = { read: 0, added: 0, existing: 0 };
      let batch: DocumentJob[] = [];
      const flush = async () => {
        const ids = batch.map((d) => jobId(d.id));
        const before = await Promise.all(ids.map((id) => queue.getJobState(id)));
        const fresh = batch.filter((_, i) => before[i] === 'unknown');
        // The same id twice in one batch is one job too (BullMQ keeps the first).
        if (fresh.length) await queue.addBulk(fresh.map((d) => ({ name: 'analyze', data: d, opts: { ...opts, jobId: jobId(d.id) } })));
        const added = new Set(fresh.map((d) => d.id)).size;
        summary.added += added;
        summary.existing += batch.length - added;
        batch = [];
      };
      for await (const input of source) {
        const id = documentId(input);
        const record: BatchInput = typeof input === 'string' ? { id, text: input } : { ...input, id };
        batch.push({ id, index: index++, input: record });
        summary.read++;
        if (batch.length >= BULK) await flush();
      }
      if (batch.length) await flush();
      return summary;
    },
    status: () => queueStatus(queue),
    async obliterate() {
      await queue.obliterate({ force: true });
    },
    close: () => queue.close(),
  };
}

async function queueStatus(queue: Queue): Promise<QueueStatus> {
  const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'paused', 'completed', 'failed');
  // The completed set is scored by finishing time: the last 200 scores give the rate without reading any result.
  const client = (await queue.client) as unknown as { zrange(key: string, from: number, to: number, scores: 'WITHSCORES'): Promise<string[]> };
  const scored = await client.zrange(queue.keys.completed, -200, -1, 'WITHSCORES');
  const times = scored.filter((_, i) => i % 2 === 1).map(Number).filter((t) => t > 0);
  const span = times.length > 1 ? (Math.max(...times) - Math.min(...times)) / 1000 : 0;
  return {
    waiting: (c.waiting ?? 0) + (c.prioritized ?? 0) + (c.paused ?? 0),
    active: c.active ?? 0,
    delayed: c.delayed ?? 0,
    done: c.completed ?? 0,
    failed: c.failed ?? 0,
    docsPerSecond: span > 0 ? Math.round(((times.length - 1) / span) * 10) / 10 : null,
  };
}

/**
 * Options of a worker: `analyze`'s options, how many documents at once (`concurrency` worker
 * threads, default 1), fact-checks to match claims against, and how soon a dead worker's jobs go
 * to another (`stalledMs`, default 30 s: a job whose worker stops renewing its lock is run again).
 * @example const o: WorkerOptions = { concurrency: 2, publishedDate: '2024-02-23', stalledMs: 10000 };
 */
export interface WorkerOptions extends AnalyzeOptions {
  concurrency?: number;
  factChecks?: FactCheckIndex;
  stalledMs?: number;
  /** Called after each job, done or failed (for progress lines), before its result is stored (which packs it in place). */
  onJob?: (r: BatchResult) => void;
}

/**
 * A running worker. `close()` drains it: the jobs it holds finish, it takes no new ones.
 * @example const w = await runWorker({ redis: 'redis://127.0.0.1:6379' }); process.on('SIGTERM', () => w.close());
 */
export interface RunningWorker {
  close(): Promise<void>;
  /** Resolves when the worker has closed. */
  closed: Promise<void>;
}

/** The error a failed document's job ends with: its reason as `code: message`, which `collect` reads back. */
class DocumentFailed extends Error {}

/**
 * Takes documents from the queue and analyzes them until closed. A document that fails is retried
 * (see `EnqueueOptions`) and then kept as failed with its reason.
 * @example
 * import { runWorker } from 'quotecheck/queue';
 * const w = await runWorker({ redis: 'redis://127.0.0.1:6379' }, { concurrency: 2 });
 * process.on('SIGTERM', () => void w.close());
 */
export async function runWorker(where: QueueLocation, options: WorkerOptions = {}): Promise<RunningWorker> {
  const { concurrency = 1, factChecks, stalledMs = 30_000, onJob, ...analyzeOptions } = options;
  resolveOptions(analyzeOptions); // misuse throws before any job is taken
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`runWorker: "concurrency" must be a whole number >= 1, got ${concurrency}`);
  if (!(stalledMs >= 200)) throw new RangeError(`runWorker: "stalledMs" must be at least 200 (milliseconds), got ${stalledMs}`);
  // More than one document at a time means threads: the analysis is CPU-bound.
  const pool = concurrency > 1 ? new WorkerPool(concurrency, analyzeOptions) : null;
  const analyzeJob = async (job: Job<DocumentJob>): Promise<BatchResult> => {
    const { index, input } = job.data;
    const r = pool ? await pool.run(index, input) : runOne(input, index, analyzeOptions);
    onJob?.(r);
    if (!r.ok) throw new DocumentFailed(`${r.error.code}: ${r.error.message}`);
    return packResult(factChecks ? withFactCheckMatches(r, factChecks) : r, textOf(input));
  };
  const worker = new Worker<DocumentJob, BatchResult>(where.queue ?? DEFAULT_QUEUE, analyzeJob, {
    connection: redisConnection(where.redis),
    // One job more than there are analyses at a time: the next document is already in hand while the
    // last one's result travels to Redis, so the round trip does not idle the CPU (the analysis itself
    // is synchronous, so two analyses never overlap on one thread).
    concurrency: concurrency + 1,
    lockDuration: stalledMs,
    stalledInterval: stalledMs,
    // A job whose worker died twice is still worth a third try; a document that kills every worker is not.
    maxStalledCount: 2,
  });
  worker.on('error', () => {}); // connection errors are retried by the client; they are not the document's
  let closing: Promise<void> | null = null;
  let resolveClosed!: () => void;
  const closed = new Promise<void>((ok) => (resolveClosed = ok));
  await worker.waitUntilReady();
  return {
    close() {
      closing ??= (async () => {
        await worker.close();
        await pool?.close();
        resolveClosed();
      })();
      return closing;
    },
    closed,
  };
}

/**
 * One collected result: the document's analysis or why it failed, with its text for reports.
 * @example for await (const r of collect(where)) if (!r.ok) console.error(r.id, r.error.message);
 */
export type CollectedResult = BatchResult & { text?: string };

/**
 * Options of `collect`: wait for the queue to empty (default) or stop at what is finished now,
 * and a progress callback.
 * @example const o: CollectOptions = { wait: false, onProgress: (p) => console.error(p.done, p.remaining) };
 */
export interface CollectOptions {
  wait?: boolean;
  pollMs?: number;
  onProgress?: (p: { done: number; failed: number; remaining: number }) => void;
}

/**
 * The queue's finished documents, each once (a retried job never yields twice), as they finish;
 * with `wait` (the default) until no job is waiting, delayed or running. Jobs stay in Redis, so
 * collecting again yields the same results.
 * @example
 * import { collect } from 'quotecheck/queue';
 * for await (const r of collect({ redis: 'redis://127.0.0.1:6379' })) if (r.ok) console.log(r.id, r.result.claims.length);
 */
export async function* collect(where: QueueLocation, options: CollectOptions = {}): AsyncGenerator<CollectedResult> {
  const { wait = true, pollMs = 250, onProgress } = options;
  const queue = new Queue<DocumentJob, BatchResult>(where.queue ?? DEFAULT_QUEUE, { connection: redisConnection(where.redis) });
  const seen = new Set<string>();
  const cursor = { completed: 0, failed: 0 };
  let done = 0;
  let failed = 0;
  const read = async function* (type: 'completed' | 'failed', ids: string[]): AsyncGenerator<CollectedResult> {
    const fresh = ids.filter((id) => !seen.has(id));
    for (let i = 0; i < fresh.length; i += 50) {
      const jobs = await Promise.all(fresh.slice(i, i + 50).map((id) => queue.getJob(id)));
      for (const job of jobs) {
        if (!job || seen.has(job.id!)) continue;
        seen.add(job.id!);
        const r = resultOf(type, job as Job<DocumentJob, BatchResult>);
        if (!r) continue;
        if (r.ok) done++;
        else failed++;
        yield r;
      }
    }
  };
  try {
    for (;;) {
      for (const type of ['completed', 'failed'] as const) {
        const from = Math.max(0, cursor[type] - OVERLAP);
        const ids = await queue.getRanges([type], from, from + 5000, true);
        cursor[type] = from + ids.length;
        yield* read(type, ids);
      }
      const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'paused', 'waiting-children');
      const remaining = Object.values(c).reduce((a, b) => a + b, 0);
      onProgress?.({ done, failed, remaining });
      if (!wait || remaining === 0) {
        // A last full pass: nothing that finished while the cursors moved is left out.
        for (const type of ['completed', 'failed'] as const) yield* read(type, await queue.getRanges([type], 0, -1, true));
        onProgress?.({ done, failed, remaining });
        return;
      }
      await new Promise((ok) => setTimeout(ok, pollMs));
    }
  } finally {
    await queue.close();
  }
}

function resultOf(type: 'completed' | 'failed', job: Job<DocumentJob, BatchResult>): CollectedResult | null {
  const data = job.data;
  const text = textOf(data?.input);
  if (type === 'completed') return job.returnvalue ? { ...unpackResult(job.returnvalue, text), index: data.index, text } : null;
  const reason = job.failedReason ?? 'failed';
  const colon = reason.indexOf(': ');
  const code = colon > 0 && /^[\w-]+$/.test(reason.slice(0, colon)) ? reason.slice(0, colon) : 'error';
  return { index: data?.index ?? -1, id: data?.id ?? String(job.id), ok: false, error: { code, message: code === 'error' ? reason : reason.slice(colon + 2) }, text };
}
