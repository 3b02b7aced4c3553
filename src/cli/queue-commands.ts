// The queue's subcommands: `quotecheck enqueue|worker|collect|status --redis URL ...`. BullMQ is
// loaded only here, so the analyzing command runs where it is not installed.
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { createFactCheckIndex, type FactCheckIndex } from '../factcheck/index.js';
import { loadFactChecks } from '../factcheck/records.js';
import type { AnalyzeOptions } from '../schema/options.js';
import { expandPaths, readFiles, readJsonl, readStdinText } from './inputs.js';
import { countStatements, ResultWriter, type Format } from './output.js';
import { FORMATS, optionValue } from './options.js';

export const QUEUE_COMMANDS = ['enqueue', 'worker', 'collect', 'status'] as const;
type Command = (typeof QUEUE_COMMANDS)[number];

interface QueueArgs {
  redis: string | null;
  queue?: string;
  paths: string[];
  jsonl: boolean;
  attempts?: number;
  concurrency: number;
  stalledMs?: number;
  factChecks: string | null;
  format: Format;
  out: string | null;
  wait: boolean;
  quiet: boolean;
  json: boolean;
  options: AnalyzeOptions;
}

const wholeNumber = (v: string, name: string, min: number) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number >= ${min}`);
  return n;
};

function parseQueueArgs(command: Command, argv: readonly string[]): QueueArgs {
  const a: QueueArgs = { redis: null, paths: [], jsonl: false, concurrency: 1, factChecks: null, format: 'jsonl', out: null, wait: true, quiet: false, json: false, options: {} };
  const value = (i: number, name: string) => optionValue(argv, i, name);
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    if (x === '--redis') a.redis = value(++i, x);
    else if (x === '--queue') a.queue = value(++i, x);
    else if (x === '--quiet') a.quiet = true;
    else if (command === 'enqueue' && x === '--jsonl') a.jsonl = true;
    else if (command === 'enqueue' && x === '--attempts') a.attempts = wholeNumber(value(++i, x), x, 1);
    else if (command === 'worker' && x === '--concurrency') a.concurrency = wholeNumber(value(++i, x), x, 1);
    else if (command === 'worker' && x === '--stalled-ms') a.stalledMs = wholeNumber(value(++i, x), x, 200);
    else if (command === 'worker' && x === '--fact-checks') a.factChecks = value(++i, x);
    else if (command === 'worker' && x === '--date') a.options.publishedDate = value(++i, x);
    else if (command === 'worker' && x === '--span-model') a.options.spanModel = true;
    else if (command === 'collect' && x === '--out') a.out = value(++i, x);
    else if (command === 'collect' && x === '--no-wait') a.wait = false;
    else if (command === 'collect' && x === '--format') {
      const f = value(++i, x);
      if (!(FORMATS as readonly string[]).includes(f)) throw new Error(`--format ${f} is not a format: use one of ${FORMATS.join(', ')}`);
      a.format = f as Format;
    } else if (command === 'status' && x === '--json') a.json = true;
    else if (x.startsWith('-') && x !== '-') throw new Error(`quotecheck ${command} has no option ${x}; quotecheck --help lists what each command takes`);
    else if (command === 'enqueue') a.paths.push(x);
    else throw new Error(`quotecheck ${command} takes no file (${x}); only enqueue reads documents`);
  }
  if (!a.redis) throw new Error(`quotecheck ${command} needs --redis URL (for example --redis redis://127.0.0.1:6379)`);
  return a;
}

async function loadQueueModule(): Promise<typeof import('../queue/index.js')> {
  try {
    return await import('../queue/index.js');
  } catch (e) {
    if ((e as { code?: string }).code === 'MODULE_NOT_FOUND' || (e as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') throw new Error('the queue commands need BullMQ, which was not installed: npm install bullmq');
    throw e;
  }
}

function factCheckIndex(file: string | null): FactCheckIndex | undefined {
  if (!file) return undefined;
  const loaded = loadFactChecks(readFileSync(file, 'utf8'));
  for (const p of loaded.problems) process.stderr.write(`quotecheck: ${file} ${p.position}: ${p.message} (skipped)\n`);
  return createFactCheckIndex(loaded.records);
}

/** Fails fast, naming the fix, when nothing listens at the Redis address (the client would retry forever). */
function checkReachable(at: { host: string; port: number }, url: string): Promise<void> {
  return new Promise((ok, fail) => {
    const socket = connect({ host: at.host, port: at.port, timeout: 3000 });
    const no = () => {
      socket.destroy();
      fail(new Error(`cannot reach Redis at ${url}: start it (redis-server --port ${at.port}) or check --redis`));
    };
    socket.once('connect', () => {
      socket.end();
      ok();
    });
    socket.once('error', no);
    socket.once('timeout', no);
  });
}

type QueueModule = Awaited<ReturnType<typeof loadQueueModule>>;
type Where = { redis: string; queue?: string };
type Say = (s: string) => void;

/** Runs a queue subcommand; the exit code. */
export async function runQueueCommand(command: Command, argv: readonly string[]): Promise<number> {
  const a = parseQueueArgs(command, argv);
  const q = await loadQueueModule();
  const where: Where = { redis: a.redis!, queue: a.queue };
  await checkReachable(q.redisConnection(where.redis) as { host: string; port: number }, where.redis);
  const say: Say = (s) => void (!a.quiet && process.stderr.write(`quotecheck ${command}: ${s}\n`));
  const run = { enqueue: enqueueCommand, status: statusCommand, worker: workerCommand, collect: collectCommand }[command];
  return run(q, where, a, say);
}

async function enqueueCommand(q: QueueModule, where: Where, a: QueueArgs, say: Say): Promise<number> {
  const paths = expandPaths(a.paths.filter((p) => p !== '-'));
  if (a.paths.length && !paths.length) throw new Error(`${a.paths.join(' ')}: no files match (check the path or glob)`);
  const source = a.jsonl ? readJsonl(process.stdin) : paths.length ? readFiles(paths) : readStdinText(process.stdin);
  const queue = q.createQueue(where);
  try {
    const s = await queue.enqueue(source, { attempts: a.attempts });
    say(`${s.read} documents read, ${s.added} jobs added, ${s.existing} already queued`);
  } finally {
    await queue.close();
  }
  return 0;
}

async function statusCommand(q: QueueModule, where: Where, a: QueueArgs): Promise<number> {
  const queue = q.createQueue(where);
  try {
    const s = await queue.status();
    process.stdout.write(a.json ? JSON.stringify(s) + '\n' : `waiting ${s.waiting}  active ${s.active}  delayed ${s.delayed}  done ${s.done}  failed ${s.failed}  ${s.docsPerSecond === null ? '' : `${s.docsPerSecond} documents/s`}\n`);
  } finally {
    await queue.close();
  }
  return 0;
}

async function workerCommand(q: QueueModule, where: Where, a: QueueArgs, say: Say): Promise<number> {
  let jobs = 0;
  const onJob = (r: { ok: boolean; id: string; error?: { message: string } }) => {
    jobs++;
    if (!r.ok) say(`${r.id}: ${r.error!.message}`);
  };
  const worker = await q.runWorker(where, { ...a.options, concurrency: a.concurrency, stalledMs: a.stalledMs, factChecks: factCheckIndex(a.factChecks), onJob });
  say(`waiting for documents (${a.concurrency} at a time); SIGTERM or Ctrl-C finishes the current ones and stops`);
  const drain = () => void worker.close();
  process.once('SIGTERM', drain);
  process.once('SIGINT', drain);
  await worker.closed;
  say(`stopped after ${jobs} documents`);
  return 0;
}

async function collectCommand(q: QueueModule, where: Where, a: QueueArgs, say: Say): Promise<number> {
  const writer = new ResultWriter(a.format, a.out);
  let done = 0;
  let failed = 0;
  let statements = 0;
  let last = 0;
  const t0 = performance.now();
  const onProgress = (p: { done: number; failed: number; remaining: number }) => {
    if (a.quiet || performance.now() - last < 2000) return;
    last = performance.now();
    process.stderr.write(`quotecheck collect: ${p.done} done, ${p.failed} failed, ${p.remaining} still queued\n`);
  };
  for await (const r of q.collect(where, { wait: a.wait, onProgress })) {
    if (r.ok) {
      done++;
      statements += countStatements(r);
    } else {
      failed++;
      say(`${r.id}: failed: ${r.error.message}`);
    }
    writer.add(r, r.text);
  }
  await writer.finish();
  say(`${done} documents, ${statements} statements, ${failed} failed, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return failed ? 1 : 0;
}
