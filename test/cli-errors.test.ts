// The mistakes a new user makes first each get one line that names the fix (issue #14).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'qc-errors-'));
const article = join(dir, 'a.md');
writeFileSync(article, '"We are ready," Jane Roe said.');
const empty = join(dir, 'empty');
mkdirSync(empty);
writeFileSync(join(empty, 'notes.pdf'), 'x');
const cli = (args: string[], input = '') => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], { cwd: root, input, encoding: 'utf8' });

describe('first mistakes name their fix', () => {
  it.each([
    ['no input', [], 1, /nothing to read: pipe an article in \(quotecheck < article\.txt\) or name a file/],
    ['a file that does not exist', [join(dir, 'nope.md')], 2, /nope\.md: no such file or folder \(check the path, or quote a glob/],
    ['a folder with no articles', [empty], 2, /no articles in this folder \(a folder is read for \*\.txt, \*\.md.*name other files directly\)/],
    ['an unknown option', ['--frobnicate', article], 2, /unknown option --frobnicate: quotecheck --help lists the options/],
    ['a mistyped option', ['--formt', 'text', article], 2, /unknown option --formt: did you mean --format\?/],
    ['a bad --format', ['--format', 'yaml', article], 2, /--format yaml is not a format: use one of json, jsonl, csv, html, text, claimreview \(for example --format text\)/],
    ['an option without its value', [article, '--jobs'], 2, /--jobs needs a value \(quotecheck --help shows what it takes\)/],
    ['a glob that matches nothing', [join(dir, '*.txt')], 2, /no files match \(check the glob, and quote it/],
  ] as const)('%s', (_, args, status, message) => {
    const r = cli([...args]);
    expect(r.status).toBe(status);
    const first = r.stderr.split('\n')[0];
    expect(first).toMatch(/^quotecheck: /);
    expect(first).toMatch(message);
    expect(r.stdout).toBe('');
  });
});
