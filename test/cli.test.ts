import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], { cwd: root, input, encoding: 'utf8' });

describe('quotecheck command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qc-cli-'));
  const a = join(dir, 'a.txt');
  const b = join(dir, 'b.txt');
  writeFileSync(a, '"We are ready," Jane Roe said.');
  writeFileSync(b, '"Not yet," the minister told reporters.');

  it('one file: one JSON object', () => {
    const r = cli([a]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.claims[0].speaker.name).toBe('Jane Roe');
  });

  it('several files: one JSON line each, in order; a missing file is reported and the rest run', () => {
    const r = cli([a, join(dir, 'missing.txt'), b]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual([a, b]);
    expect(r.stderr).toContain('missing.txt');
  });

  it('--jsonl from stdin: bad lines are reported by number, exit code 1', () => {
    const input = [JSON.stringify({ id: 'x', text: '"Yes," said Ann Lee.' }), '{not json', JSON.stringify({ id: 'y', text: 'No quotes here.' })].join('\n');
    const r = cli(['--jsonl'], input);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['x', 'y']);
    expect(r.stderr).toContain('line 2');
  });

  it('--format text prints who said what; --help shows examples; bad options exit 2', () => {
    expect(cli(['--format', 'text', a]).stdout).toMatch(/Jane Roe said/);
    expect(cli(['--help']).stdout).toMatch(/Examples:/);
    expect(cli(['--bogus']).status).toBe(2);
  });

  it('untrusted JSONL records: __proto__ keys pollute nothing, an oversized record is skipped with its line number', () => {
    const big = JSON.stringify({ id: 'big', text: 'x'.repeat(10_000_001) });
    const input = [JSON.stringify({ id: 'p', text: '"Hi," said Ann Lee.', __proto__: { polluted: true } }).replace('"id"', '"__proto__":{"polluted":true},"id"'), big, JSON.stringify({ id: 'ok', text: 'Fine.' })].join('\n');
    const r = cli(['--jsonl'], input);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['p', 'ok']);
    expect(r.stderr).toMatch(/big: .*maxInputLength/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
