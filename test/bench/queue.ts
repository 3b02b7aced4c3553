// npm run bench:queue -- [--data FILE] [--docs N] [--rounds R]
// The job queue's cost: the same documents analyzed in-process (analyzeMany, one thread) and through
// BullMQ on a Redis server of its own with 1 and 2 worker processes (started and warmed before the
// documents are enqueued, as long-running workers are), from the first enqueue to the last job done.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** analyzeMany in a fresh process warmed on the same documents as a worker: a long-lived process would be warmer than any worker. */
function inProcess(): number {
  const file = join(tmp, 'docs.json');
  if (!existsSync(file)) writeFileSync(file, JSON.stringify({ warm: warmDocs.slice(0, 60), docs }));
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'in-process-child.ts'), file], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return Number(r.stdout);
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

const ROUNDS = Number(flag('--rounds') ?? 3);
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const tmp = mkdtempSync(join(tmpdir(), 'qc-bench-queue-'));
const redis = await startRedis();
try {
  // Each queue run is paired with the in-process run right after it, and rounds repeat: this machine's
  // speed drifts by 15% between runs, more than the overhead being measured.
  const rounds: { one: Awaited<ReturnType<typeof throughQueue>>; base1: number; two: Awaited<ReturnType<typeof throughQueue>>; base2: number }[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const one = await throughQueue(redis.url, 1, `bench-1-${r}`);
    const base1 = inProcess();
    const two = await throughQueue(redis.url, 2, `bench-2-${r}`);
    const base2 = inProcess();
    rounds.push({ one, base1, two, base2 });
  }
  const rate = (s: number) => `${(docs.length / s).toFixed(1)} docs/s`;
  console.log(`${docs.length} documents, ${words} words (${existsSync(dataFile) ? 'PolNeAR train' : 'example article'}), ${ROUNDS} rounds`);
  rounds.forEach(({ one, base1, two, base2 }, r) => {
    console.log(`round ${r + 1}: 1 worker ${one.seconds.toFixed(2)} s (${rate(one.seconds)}, ${one.busyMs.toFixed(1)} ms per job on the worker) vs in-process ${base1.toFixed(2)} s (${rate(base1)}, ${((base1 * 1000) / docs.length).toFixed(1)} ms per document): overhead ${((one.seconds / base1 - 1) * 100).toFixed(1)}%`);
    console.log(`         2 workers ${two.seconds.toFixed(2)} s (${rate(two.seconds)}) vs in-process ${base2.toFixed(2)} s: ${(base2 / two.seconds).toFixed(2)}x; enqueue ${one.enqueueSeconds.toFixed(2)} s, collecting afterwards ${one.collectSeconds.toFixed(2)} s`);
  });
  const overhead = median(rounds.map((r) => r.one.seconds / r.base1 - 1));
  const perDoc = median(rounds.map((r) => (r.one.seconds - r.base1) / docs.length));
  console.log(`queue overhead at 1 worker, median of ${ROUNDS} rounds: ${(overhead * 100).toFixed(1)}% (${(perDoc * 1000).toFixed(2)} ms per document); 2 workers: ${median(rounds.map((r) => r.base2 / r.two.seconds)).toFixed(2)}x in-process`);
} finally {
  await redis.stop();
  rmSync(tmp, { recursive: true, force: true });
}
