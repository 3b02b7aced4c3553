import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalyzeOptions } from '../schema/options.js';
import { batchId } from './run-one.js';
import type { BatchInput, BatchResult } from './types.js';

// A young generation of 48 MB (a worker's default is 16): the analysis allocates many short-lived
// objects, and fewer scavenges gave 8% more words/s per worker here. (Worker processes instead of
// threads were tried: no faster on the 2-core machine, 1.3x either way, and slower to start.)
const WORKER_OPTIONS = { resourceLimits: { maxYoungGenerationSizeMb: 48 } };
/** Documents sent ahead to each worker, so that it never waits for the main thread between two. */
const DEPTH = 2;

/** A worker thread running the built script next to this module, or the TypeScript source through tsx in development. */
function startWorker(): Worker {
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, join(here, '..')]) {
    const built = join(dir, 'worker.cjs');
    if (existsSync(built)) return new Worker(built, WORKER_OPTIONS);
  }
  const source = join(here, 'worker.ts');
  const tsx = createRequire(source).resolve('tsx/cjs/api');
  return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)});`, { ...WORKER_OPTIONS, eval: true });
}

/** A fixed set of worker threads, each with up to DEPTH documents sent ahead (it runs them in order). */
export class WorkerPool {
  private queue: { index: number; item: BatchInput; resolve: (r: BatchResult) => void }[] = [];
  private inFlight = new Map<Worker, ((r: BatchResult) => void)[]>();
  private workers: Worker[] = [];

  constructor(size: number, private readonly options: AnalyzeOptions) {
    for (let i = 0; i < size; i++) {
      const w = startWorker();
      this.inFlight.set(w, []);
      w.on('message', (r: BatchResult) => {
        const done = this.inFlight.get(w)!.shift()!;
        this.pump();
        done(r);
      });
      const fail = (message: string) => {
        for (const done of this.inFlight.get(w)!.splice(0)) done({ index: -1, id: '', ok: false, error: { code: 'worker-error', message } });
      };
      w.on('error', (e) => fail(e.message));
      w.on('exit', (code: number) => {
        if (!this.closing) fail(`worker thread exited (${code})`);
      });
      this.workers.push(w);
    }
  }

  run(index: number, item: BatchInput): Promise<BatchResult> {
    return new Promise((resolve) => {
      this.queue.push({ index, item, resolve });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length) {
      // The least busy worker.
      let w: Worker | null = null;
      for (const x of this.workers) if (this.inFlight.get(x)!.length < DEPTH && (!w || this.inFlight.get(x)!.length < this.inFlight.get(w)!.length)) w = x;
      if (!w) return;
      const task = this.queue.shift()!;
      const id = batchId(task.item, task.index);
      this.inFlight.get(w)!.push((r) => task.resolve(r.index === -1 ? { ...r, index: task.index, id } : r));
      w.postMessage({ index: task.index, item: task.item, options: this.options });
    }
  }

  private closing = false;

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
