// npm run bench:queue -- [--data FILE] [--docs N] [--rounds R (5)]
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
function inProcess(): { seconds: number; cpu: number } {
  const file = join(tmp, 'docs.json');
  if (!existsSync(file)) writeFileSync(file, JSON.stringify({ warm: warmDocs.slice(0, 60), docs }));
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'in-process-child.ts'), file], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const [seconds, cpu] = r.stdout.trim().split(/\s+/).map(Number);
  return { seconds, cpu };
}

/** CPU seconds a process has used (Linux /proc; null elsewhere): less swayed than the wall by other load on the machine. */
function cpuSeconds(pid: number | undefined): number | null {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return null;
  }
}

/** Waits for `done` finished jobs, polling lightly: the bench's own Redis calls share the machine with the workers. */
async function until(raw: Queue, done: number): Promise<void> {
  const finished = async () => Object.values(await raw.getJobCounts('completed', 'failed')).reduce((a, b) => a + b, 0);
  while ((await finished()) < done) await new Promise((r) => setTimeout(r, 50));
}

/**
 * Enqueue to all done, with the workers up and warm before (as long-running workers are), then
 * collecting on its own: in production the collector often runs on another machine.
 */
async function throughQueue(url: string, workers: number, queue: string): Promise<{ seconds: number; enqueueSeconds: number; collectSeconds: number; cpu: number | null }> {
  const procs = Array.from({ length: workers }, () => spawn(process.execPath, workerArgs(url, queue), { cwd: root, stdio: 'ignore' }));
  const q = createQueue({ redis: url, queue });
  const raw = new Queue(queue, { connection: redisConnection(url) });
  const warm = warmDocs.slice(0, 60 * workers);
  await q.enqueue(warm);
  await until(raw, warm.length);
  const cpu0 = procs.map((p) => cpuSeconds(p.pid));
  const t = performance.now();
  await q.enqueue(docs);
  const enqueueSeconds = (performance.now() - t) / 1000;
  await until(raw, warm.length + docs.length);
  const seconds = (performance.now() - t) / 1000;
  const cpu1 = procs.map((p) => cpuSeconds(p.pid));
  const cpu = cpu0.every((c) => c !== null) && cpu1.every((c) => c !== null) ? cpu1.reduce((n, c, i) => n + c! - cpu0[i]!, 0) : null;
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
  return { seconds, enqueueSeconds, collectSeconds, cpu };
}

const ROUNDS = Number(flag('--rounds') ?? 5);
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const tmp = mkdtempSync(join(tmpdir(), 'qc-bench-queue-'));
const redis = await startRedis();
try {
  // Every queue run stands between two in-process runs and is compared with their mean, and rounds
  // repeat: this machine's speed drifts by 15-20% between runs, more than the overhead being measured.
  const bases = [inProcess()];
  const rounds: { one: Awaited<ReturnType<typeof throughQueue>>; base1: number; cpu1: number; two: Awaited<ReturnType<typeof throughQueue>>; base2: number }[] = [];
  const mean = (a: { seconds: number; cpu: number }, b: { seconds: number; cpu: number }) => ({ seconds: (a.seconds + b.seconds) / 2, cpu: (a.cpu + b.cpu) / 2 });
  for (let r = 0; r < ROUNDS; r++) {
    const one = await throughQueue(redis.url, 1, `bench-1-${r}`);
    bases.push(inProcess());
    const two = await throughQueue(redis.url, 2, `bench-2-${r}`);
    bases.push(inProcess());
    const b1 = mean(bases[2 * r], bases[2 * r + 1]);
    rounds.push({ one, base1: b1.seconds, cpu1: b1.cpu, two, base2: mean(bases[2 * r + 1], bases[2 * r + 2]).seconds });
  }
  const rate = (s: number) => `${(docs.length / s).toFixed(1)} docs/s`;
  console.log(`${docs.length} documents, ${words} words (${existsSync(dataFile) ? 'PolNeAR train' : 'example article'}), ${ROUNDS} rounds; in-process runs ${bases.map((b) => b.seconds.toFixed(2)).join(', ')} s`);
  rounds.forEach(({ one, base1, cpu1, two, base2 }, r) => {
    console.log(`round ${r + 1}: 1 worker ${one.seconds.toFixed(2)} s (${rate(one.seconds)}) vs in-process ${base1.toFixed(2)} s (${rate(base1)}, ${((base1 * 1000) / docs.length).toFixed(1)} ms per document; mean of the runs before and after): overhead ${((one.seconds / base1 - 1) * 100).toFixed(1)}%`);
    if (one.cpu !== null) console.log(`         CPU: the worker ${one.cpu.toFixed(2)} s vs in-process ${cpu1.toFixed(2)} s: ${((one.cpu / cpu1 - 1) * 100).toFixed(1)}% more`);
    console.log(`         2 workers ${two.seconds.toFixed(2)} s (${rate(two.seconds)}) vs in-process ${base2.toFixed(2)} s: ${(base2 / two.seconds).toFixed(2)}x; enqueue ${one.enqueueSeconds.toFixed(2)} s, collecting afterwards ${one.collectSeconds.toFixed(2)} s`);
  });
  const overhead = median(rounds.map((r) => r.one.seconds / r.base1 - 1));
  const perDoc = median(rounds.map((r) => (r.one.seconds - r.base1) / docs.length));
  console.log(`queue overhead at 1 worker, median of ${ROUNDS} rounds: ${(overhead * 100).toFixed(1)}% (${(perDoc * 1000).toFixed(2)} ms per document); 2 workers: ${median(rounds.map((r) => r.base2 / r.two.seconds)).toFixed(2)}x in-process`);
  if (rounds.every((r) => r.one.cpu !== null)) console.log(`worker CPU against in-process CPU, median: ${(median(rounds.map((r) => r.one.cpu! / r.cpu1 - 1)) * 100).toFixed(1)}% more`);
} finally {
  await redis.stop();
  rmSync(tmp, { recursive: true, force: true });
}
