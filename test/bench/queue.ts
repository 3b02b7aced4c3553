// npm run bench:queue -- [--data FILE] [--docs N]
// The job queue's cost: the same documents analyzed in-process (analyzeMany, one thread) and through
// BullMQ on a Redis server of its own with 1 and 2 worker processes (started and warmed before the
// documents are enqueued, as long-running workers are), from the first enqueue to the last job done.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeMany } from '../../src/batch/index.js';
import { Queue } from 'bullmq';
import { collect, createQueue, redisConnection } from '../../src/queue/index.js';
import { startRedis } from '../helpers/redis.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const args = process.argv.slice(2);
const flag = (n: string) => (args.indexOf(n) >= 0 ? args[args.indexOf(n) + 1] : undefined);
const dataFile = flag('--data') ?? join(process.env.QUOTECHECK_DATA ?? resolve(root, '../shared/data'), 'quotes/polnear.train.jsonl');
const N = Number(flag('--docs') ?? 400);

let docs: { id: string; text: string }[];
if (existsSync(dataFile)) docs = readFileSync(dataFile, 'utf8').split('\n').filter(Boolean).slice(0, N + 120).map((l) => { const d = JSON.parse(l); return { id: d.id, text: d.text }; });
else {
  console.warn(`no ${dataFile}; benchmarking on the example article, varied`);
  const base = readFileSync(resolve(root, 'examples/article.md'), 'utf8');
  docs = Array.from({ length: N + 120 }, (_, i) => ({ id: `doc-${i}`, text: `${base}\n\nUpdate ${i}.` }));
}
// Warm-up documents are others than the measured ones: a second pass over the same texts would flatter the in-process run.
const warmDocs = docs.splice(N).map((d) => ({ id: `warm-up:${d.id}`, text: d.text }));
const words = docs.reduce((n, d) => n + d.text.split(/\s+/).length, 0);

// The built CLI when there is one (what runs in production), else the source through tsx.
const built = join(root, 'dist/cli.cjs');
const workerArgs = (url: string, queue: string) => (existsSync(built) && !process.env.BENCH_SOURCE ? [built] : ['--import', 'tsx', join(root, 'src/cli/main.ts')]).concat(['worker', '--redis', url, '--queue', queue, '--quiet']);

async function inProcess(): Promise<number> {
  for await (const r of analyzeMany(warmDocs.slice(0, 60))) if (!r.ok) throw new Error(r.error.message);
  const t = performance.now();
  for await (const r of analyzeMany(docs)) if (!r.ok) throw new Error(r.error.message);
  return (performance.now() - t) / 1000;
}

async function until(q: ReturnType<typeof createQueue>, done: number): Promise<void> {
  for (let s = await q.status(); s.done + s.failed < done; s = await q.status()) await new Promise((r) => setTimeout(r, 20));
}

/**
 * Enqueue to all done, with the workers up and warm before (as long-running workers are), then
 * collecting on its own: in production the collector often runs on another machine.
 */
async function throughQueue(url: string, workers: number, queue: string): Promise<{ seconds: number; enqueueSeconds: number; collectSeconds: number; busyMs: number }> {
  const procs = Array.from({ length: workers }, () => spawn(process.execPath, workerArgs(url, queue), { cwd: root, stdio: 'ignore' }));
  const q = createQueue({ redis: url, queue });
  const warm = warmDocs.slice(0, 60 * workers);
  await q.enqueue(warm);
  await until(q, warm.length);
  const t = performance.now();
  await q.enqueue(docs);
  const enqueueSeconds = (performance.now() - t) / 1000;
  await until(q, warm.length + docs.length);
  const seconds = (performance.now() - t) / 1000;
  // Where the time went: each job's time on a worker (active to finished) against the wall.
  const raw = new Queue(queue, { connection: redisConnection(url) });
  const jobs = (await raw.getJobs(['completed'], 0, -1)).filter((j) => !j.data.id.startsWith('warm-up:'));
  const busyMs = jobs.reduce((n, j) => n + ((j.finishedOn ?? 0) - (j.processedOn ?? 0)), 0) / jobs.length;
  await raw.close();
  const c = performance.now();
  let n = 0;
  for await (const r of collect({ redis: url, queue }, { pollMs: 50 })) if (r.ok && !r.id.startsWith('warm-up:')) n++;
  const collectSeconds = (performance.now() - c) / 1000;
  if (n !== docs.length) throw new Error(`collected ${n} of ${docs.length}`);
  for (const p of procs) p.kill('SIGTERM');
  await Promise.all(procs.map((p) => new Promise((r) => p.once('exit', r))));
  await q.obliterate();
  await q.close();
  return { seconds, enqueueSeconds, collectSeconds, busyMs };
}

const redis = await startRedis();
try {
  // Alternated, so that a machine slowing down under sustained load slows both alike.
  const one = await throughQueue(redis.url, 1, 'bench-1');
  const base1 = await inProcess();
  const two = await throughQueue(redis.url, 2, 'bench-2');
  const base2 = await inProcess();
  const base = (base1 + base2) / 2;
  const rate = (s: number) => `${(docs.length / s).toFixed(1)} docs/s, ${Math.round(words / s)} words/s`;
  console.log(`${docs.length} documents, ${words} words (${existsSync(dataFile) ? 'PolNeAR train' : 'example article'})`);
  console.log(`in-process analyzeMany (1 thread) ${base.toFixed(2)} s  ${rate(base)}  (mean of ${base1.toFixed(2)} and ${base2.toFixed(2)} s; ${((base * 1000) / docs.length).toFixed(1)} ms per document)`);
  for (const [label, r] of [['queue, 1 worker process  ', one], ['queue, 2 worker processes', two]] as const)
    console.log(`${label}         ${r.seconds.toFixed(2)} s  ${rate(r.seconds)}  (enqueue ${r.enqueueSeconds.toFixed(2)} s of it; ${r.busyMs.toFixed(1)} ms per job on a worker; collecting afterwards ${r.collectSeconds.toFixed(2)} s)`);
  console.log(`queue overhead at 1 worker: ${(((one.seconds - base) / base) * 100).toFixed(1)}% (${(((one.seconds - base) / docs.length) * 1000).toFixed(2)} ms per document); 2 workers: ${(base / two.seconds).toFixed(2)}x in-process`);
} finally {
  await redis.stop();
}
