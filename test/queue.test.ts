// The job queue against a real Redis server: enqueue twice, three worker processes with one killed
// mid-run, a bad document among good ones, and the collected output against a single-process run.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueue, documentId, redisConnection } from '../src/queue/index.js';
import { packResult, unpackResult } from '../src/queue/jobs.js';
import { analyze } from '../src/index.js';
import { startRedis, type TestRedis } from './helpers/redis.js';

const root = resolve(import.meta.dirname, '..');
const cliArgs = (args: string[]) => ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args];
const cli = (args: string[], input = '') => spawnSync(process.execPath, cliArgs(args), { cwd: root, input, encoding: 'utf8', maxBuffer: 1 << 28 });

describe('queue addresses and ids', () => {
  it.each([
    ['redis://127.0.0.1:6380/2', { host: '127.0.0.1', port: 6380, db: 2 }],
    ['redis://:secret@cache.local', { host: 'cache.local', port: 6379, db: 0, password: 'secret' }],
    ['rediss://u:p@h:7000', { host: 'h', port: 7000, username: 'u', password: 'p', tls: {} }],
  ])('%s', (url, expected) => {
    expect(redisConnection(url)).toMatchObject({ ...expected, maxRetriesPerRequest: null });
  });
  it.each([['127.0.0.1:6379', /not a URL|redis:\/\//], ['http://h:1', /redis:\/\//], ['redis://h:1/x', /database/]])('rejects %s naming the fix', (url, message) => {
    expect(() => redisConnection(url)).toThrow(message);
  });
  it('names a document by its id, else by its content', () => {
    expect(documentId({ id: 'a-1', text: 'x' })).toBe('a-1');
    expect(documentId('same text')).toBe(documentId({ text: 'same text' }));
    expect(documentId('one text')).not.toBe(documentId('another text'));
    expect(documentId('x')).toMatch(/^sha256:[0-9a-f]{32}$/);
  });
  it.each([
    ['plain text', 'Budget row\n\n"We will not pay," Ann Lee, the mayor, said on Tuesday. Tom Park told reporters that the plan was dead.'],
    ['HTML, where spans are in the markup\'s coordinates', '<html><body><article><h1>Row</h1><p>&ldquo;No,&rdquo; said Ann Lee, the mayor. &#8220;Never.&#8221;</p></article></body></html>'],
    ['astral characters before the quotes', '\u{1F600}\u{1F600} "It works," said Tom Park.'],
  ])('stores a result without its span texts and gives back the same JSON (%s)', (_, text) => {
    const result = analyze(text);
    const json = JSON.stringify(result);
    const stored = JSON.stringify(packResult(structuredClone(result), text));
    expect(stored.length).toBeLessThan(json.length);
    expect(stored).toContain('"text":0');
    expect(JSON.stringify(unpackResult(JSON.parse(stored), text))).toBe(json);
  });
  it('keeps a span text that its document does not give back', () => {
    const r = { spans: [{ start: 0, end: 2, text: 'zz' }, { start: 0, end: 2, text: 'ab' }] };
    expect(packResult(r, 'abc')).toEqual({ spans: [{ start: 0, end: 2, text: 'zz' }, { start: 0, end: 2, text: 0 }] });
    expect(unpackResult(r, 'abc')).toEqual({ spans: [{ start: 0, end: 2, text: 'zz' }, { start: 0, end: 2, text: 'ab' }] });
  });
});

const PEOPLE = ['Ann Lee', 'Tom Park', 'Maria Santos', 'Joe Brandt', 'Priya Raman', 'Omar Haddad', 'Lena Ortiz', 'Sam Wu'];
const ROLES = ['mayor', 'spokesman', 'chief executive', 'senator', 'economist', 'coach'];
const TOPICS = ['the bridge toll', 'the new stadium', 'tax rates', 'the school budget', 'bus fares', 'the harbor plan', 'water prices'];
/** Short articles of varied shapes, each a little different (no two share a text). */
function article(i: number): { id: string; text: string } {
  const p = PEOPLE[i % PEOPLE.length];
  const q = PEOPLE[(i * 3 + 1) % PEOPLE.length];
  const role = ROLES[i % ROLES.length];
  const topic = TOPICS[(i >> 1) % TOPICS.length];
  const text = `Council debates ${topic} (${i})\n\n"We will not accept ${topic} as it stands," ${p}, the ${role}, said on Tuesday.\n\n${q} told reporters that ${topic} would cost ${i % 90 + 10} million dollars. "It is a mistake," ${q.split(' ')[0]} added.`;
  return { id: `story-${i}`, text };
}

describe.sequential('quotecheck on BullMQ with a real Redis server', () => {
  let redis: TestRedis;
  let dir: string;
  const workers: ChildProcess[] = [];
  beforeAll(async () => {
    redis = await startRedis();
    dir = mkdtempSync(join(tmpdir(), 'quotecheck-queue-'));
  });
  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await redis?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('2,000 documents, 3 workers, one killed mid-run: every result once, as a single process gives them, and the bad document failed with its reason', async () => {
    const docs = Array.from({ length: 2000 }, (_, i) => article(i));
    const lines = docs.map((d) => JSON.stringify(d));
    lines.splice(777, 0, JSON.stringify({ id: 'bad-doc', text: 42 }));
    const input = lines.join('\n') + '\n';

    // Enqueueing the same inputs twice leaves one job per document.
    const first = cli(['enqueue', '--redis', redis.url, '--jsonl', '--attempts', '2'], input);
    expect(first.stderr).toContain('2001 documents read, 2001 jobs added, 0 already queued');
    const second = cli(['enqueue', '--redis', redis.url, '--jsonl', '--attempts', '2'], input);
    expect(second.stderr).toContain('2001 documents read, 0 jobs added, 2001 already queued');
    const q = createQueue({ redis: redis.url });
    expect((await q.status()).waiting).toBe(2001);

    for (let i = 0; i < 3; i++) {
      const w = spawn(process.execPath, cliArgs(['worker', '--redis', redis.url, '--stalled-ms', '1000', '--quiet']), { cwd: root, stdio: 'ignore' });
      workers.push(w);
    }
    // Kill one worker in the middle of the run, while it holds a job.
    for (let s = await q.status(); s.done < 500; s = await q.status()) await new Promise((r) => setTimeout(r, 100));
    workers[0].kill('SIGKILL');
    const killedAt = (await q.status()).done;
    expect(killedAt).toBeLessThan(1900);

    const out = join(dir, 'out.jsonl');
    const collected = cli(['collect', '--redis', redis.url, '--out', out, '--format', 'jsonl']);
    expect(collected.status).toBe(1); // one document failed
    expect(collected.stderr).toMatch(/line 778 \(bad-doc\): failed: no "text" string/);
    expect(collected.stderr).toContain('2000 documents');
    const results = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string });
    expect(results).toHaveLength(2000);
    expect(new Set(results.map((r) => r.id)).size).toBe(2000);

    const s = await q.status();
    expect(s).toMatchObject({ waiting: 0, active: 0, delayed: 0, done: 2000, failed: 1 });
    // The bad document was tried as many times as enqueue allowed before it was kept as failed.
    const raw = new Queue('quotecheck', { connection: redisConnection(redis.url) });
    const [bad] = await raw.getFailed();
    expect(bad.attemptsMade).toBe(2);
    expect(bad.failedReason).toMatch(/no "text" string/);
    await raw.close();

    // Draining: SIGTERM lets the other workers finish and exit cleanly.
    const exits = workers.slice(1).map((w) => new Promise<number | null>((ok) => w.once('exit', (code) => ok(code))));
    for (const w of workers.slice(1)) w.kill('SIGTERM');
    expect(await Promise.all(exits)).toEqual([0, 0]);
    await q.close();

    // The same documents through one process: the same results, claims and ids.
    const single = cli(['--jsonl', '--jobs', '1', '--quiet'], input);
    const expected = new Map(single.stdout.trim().split('\n').map((l) => [JSON.parse(l).id as string, l]));
    expect(expected.size).toBe(2000);
    const byId = new Map(readFileSync(out, 'utf8').trim().split('\n').map((l) => [JSON.parse(l).id as string, l]));
    const differing = [...expected].filter(([id, l]) => byId.get(id) !== l).map(([id]) => id);
    expect(differing).toEqual([]);

    // Collecting again gives the same results (jobs stay in Redis until removed).
    const again = cli(['collect', '--redis', redis.url, '--no-wait', '--format', 'jsonl', '--quiet']);
    expect(again.stdout.trim().split('\n')).toHaveLength(2000);
  }, 240_000);

  it('a worker matches claims against --fact-checks, and status counts what is done', async () => {
    const checks = join(dir, 'checks.jsonl');
    writeFileSync(checks, JSON.stringify({ '@context': 'https://schema.org', '@type': 'ClaimReview', url: 'https://check.example/toll', claimReviewed: 'The bridge toll was paused after protests', reviewRating: { '@type': 'Rating', alternateName: 'True' }, author: { '@type': 'Organization', name: 'Example Check' }, datePublished: '2025-03-15' }) + '\n');
    const docs = [{ id: 'toll', text: 'The mayor said the bridge toll was paused after protests.' }, { id: 'other', text: '"We will build more schools," the governor said.' }];
    cli(['enqueue', '--redis', redis.url, '--queue', 'fc', '--jsonl', '--quiet'], docs.map((d) => JSON.stringify(d)).join('\n'));
    const w = spawn(process.execPath, cliArgs(['worker', '--redis', redis.url, '--queue', 'fc', '--fact-checks', checks, '--quiet']), { cwd: root, stdio: 'ignore' });
    workers.push(w);
    const r = cli(['collect', '--redis', redis.url, '--queue', 'fc', '--format', 'jsonl', '--quiet']);
    expect(r.status).toBe(0);
    const byId = new Map(r.stdout.trim().split('\n').map((l) => [JSON.parse(l).id, JSON.parse(l)]));
    const toll = byId.get('toll') as { factChecks: { matches: { record: { url: string } }[] }[] };
    expect(toll.factChecks.flatMap((f) => f.matches.map((m) => m.record.url))).toContain('https://check.example/toll');
    const status = JSON.parse(cli(['status', '--redis', redis.url, '--queue', 'fc', '--json']).stdout);
    expect(status).toMatchObject({ waiting: 0, active: 0, done: 2, failed: 0 });
    const exit = new Promise((ok) => w.once('exit', ok));
    w.kill('SIGTERM');
    expect(await exit).toBe(0);
  }, 60_000);

  it('says how to reach Redis when nothing listens there', () => {
    const r = cli(['status', '--redis', 'redis://127.0.0.1:1']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot reach Redis at redis:\/\/127\.0\.0\.1:1: start it/);
  });
  it('asks for --redis', () => {
    const r = cli(['worker']);
    expect(r.stderr).toMatch(/needs --redis URL/);
  });
});
