// A Redis server of the test's own: a free loopback port, a temporary folder, stopped afterwards.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestRedis {
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

const listening = (port: number) =>
  new Promise<boolean>((ok) => {
    const c = connect({ host: '127.0.0.1', port });
    c.once('connect', () => (c.end(), ok(true)));
    c.once('error', () => ok(false));
  });

/** Starts redis-server, or throws saying how to get it (.ci/run installs it). */
export async function startRedis(): Promise<TestRedis> {
  if (spawnSync('redis-server', ['--version']).error) throw new Error('redis-server not found: install it (apt-get install -y redis-server; .ci/run does this when it is missing)');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'quotecheck-redis-'));
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 100 && !(await listening(port)); i++) await new Promise((r) => setTimeout(r, 50));
  if (!(await listening(port))) throw new Error(`redis-server did not start on port ${port}`);
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
