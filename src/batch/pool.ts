import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions } from '../schema/options.js';
import type { BatchInput, BatchResult } from './types.js';

/** A worker running the built script next to this module, or the TypeScript source through tsx in development. */
function startWorker(): Worker {
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, join(here, '..')]) {
    const built = join(dir, 'worker.cjs');
    if (existsSync(built)) return new Worker(built);
  }
  const source = join(here, 'worker.ts');
  const tsx = createRequire(source).resolve('tsx/cjs/api');
  return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)});`, { eval: true });
}

/** A fixed set of worker threads; each runs one document at a time. */
export class WorkerPool {
  private idle: Worker[] = [];
  private queue: { index: number; item: BatchInput; resolve: (r: BatchResult) => void }[] = [];
  private waiting = new Map<Worker, (r: BatchResult) => void>();
  private workers: Worker[] = [];

  constructor(size: number, private readonly options: AnalyzeOptions) {
    for (let i = 0; i < size; i++) {
      const w = startWorker();
      w.on('message', (r: BatchResult) => {
        const done = this.waiting.get(w)!;
        this.waiting.delete(w);
        this.idle.push(w);
        done(r);
        this.pump();
      });
      w.on('error', (e) => {
        const done = this.waiting.get(w);
        this.waiting.delete(w);
        done?.({ index: -1, id: '', ok: false, error: { code: 'worker-error', message: e.message } });
      });
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  run(index: number, item: BatchInput): Promise<BatchResult> {
    return new Promise((resolve) => {
      this.queue.push({ index, item, resolve });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const task = this.queue.shift()!;
      const id = typeof task.item === 'string' ? `#${task.index + 1}` : String(task.item?.id ?? `#${task.index + 1}`);
      this.waiting.set(w, (r) => task.resolve(r.index === -1 ? { ...r, index: task.index, id } : r));
      w.postMessage({ index: task.index, item: task.item, options: this.options });
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
