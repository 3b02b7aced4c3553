import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
// tsx by absolute URL, so the command can run from the corpus folder.
const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
const cli = (args: string[], input?: string, cwd = root) =>
  spawnSync(process.execPath, ['--import', tsx, join(root, 'src/cli/main.ts'), ...args], { cwd, input, encoding: 'utf8' });

describe('quotecheck on a corpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qc-batch-'));
  mkdirSync(join(dir, 'news/deep'), { recursive: true });
  const docs: Record<string, string> = {
    'news/a.md': '"We are ready," Jane Roe said.',
    'news/b.txt': 'The ministry said revenue fell by a third. "Not yet," the minister told reporters.',
    'news/deep/c.md': '"Fares will rise," said Maria Lind.',
    'news/deep/d.html': '<html><head><title>Port</title></head><body><nav>"Menu," it said.</nav><article><p>&ldquo;We are back,&rdquo; port director Ann Lee said.</p></article></body></html>',
    'news/skip.json': '{"not": "an article"}',
  };
  for (const [f, t] of Object.entries(docs)) writeFileSync(join(dir, f), t);
  writeFileSync(join(dir, 'news/bin.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 5, 6, 0, 0]));

  it('folders are read recursively by extension, in order, with jobs; a binary file fails by name; exit 1', () => {
    const r = cli(['news', '--jobs', '2'], undefined, dir);
    expect(r.status).toBe(1);
    const ids = r.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(['news/a.md', 'news/b.txt', 'news/deep/c.md', 'news/deep/d.html']);
    const page = JSON.parse(r.stdout.trim().split('\n')[3]);
    expect(page.document.format).toBe('html');
    expect(page.claims.map((c: { text: string; speaker: { name: string } }) => [c.text, c.speaker.name])).toEqual([['\u201cWe are back,\u201d', 'Ann Lee']]);
    expect(r.stderr).toMatch(/news\/bin\.txt: not a text file/);
    expect(r.stderr).toMatch(/5 documents, \d+ statements, 1 failed/);
  });

  it('globs; csv has one row per claim with flat columns', () => {
    const r = cli(['news/**/*.md', '--format', 'csv', '--quiet'], undefined, dir);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^document,claim_id,kind,headline,speaker,/);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['news/a.md', 'news/deep/c.md']);
    expect(lines[1]).toContain('Jane Roe');
    expect(r.stderr).toBe('');
  });

  it('json for several documents is one array; --kinds and --min-confidence filter', () => {
    const r = cli(['news/a.md', 'news/b.txt', '--format', 'json', '--kinds', 'indirect', '--quiet'], undefined, dir);
    const arr = JSON.parse(r.stdout);
    expect(arr.map((d: { id: string }) => d.id)).toEqual(['news/a.md', 'news/b.txt']);
    expect(arr[0].claims).toHaveLength(0);
    expect(arr[1].claims.map((c: { kind: string }) => c.kind)).toEqual(['indirect']);
    const high = JSON.parse(cli(['news/b.txt', '--min-confidence', '0.99', '--quiet'], undefined, dir).stdout);
    expect(high.claims).toHaveLength(0);
  });

  it('--out FILE and --out DIR/', () => {
    expect(cli(['news', '--format', 'jsonl', '--out', 'out.jsonl', '--quiet'], undefined, dir).status).toBe(1);
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n')).toHaveLength(4);
    cli(['news/a.md', 'news/deep/c.md', '--out', 'per-doc/', '--quiet'], undefined, dir);
    expect(readdirSync(join(dir, 'per-doc')).sort()).toEqual(['a.md.json', 'c.md.json']);
  });

  it('--fail-fast stops at the first failure', () => {
    const r = cli(['news/bin.txt', 'news/a.md', '--fail-fast', '--jobs', '1'], undefined, dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
  });

  it('stdin as one article; bad usage exits 2', () => {
    const r = cli(['--quiet'], '"Hi," said Ann Lee.');
    expect(JSON.parse(r.stdout).claims[0].speaker.name).toBe('Ann Lee');
    expect(cli(['--jobs', '0']).status).toBe(2);
    expect(cli(['--format', 'xml']).status).toBe(2);
  });

  it('the html report is one self-contained page with highlights and a claims table', () => {
    const r = cli(['news', '--format', 'html', '--quiet'], undefined, dir);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout).not.toMatch(/<script|<link /);
    expect((r.stdout.match(/class="qc-statement"/g) ?? []).length).toBeGreaterThanOrEqual(4);
    expect(r.stdout).toContain('bin.txt: not a text file');
  });

  it('--fact-checks matches every claim; --format claimreview writes ClaimReview or Claim JSON-LD a line', () => {
    writeFileSync(join(dir, 'checks.jsonl'), [JSON.stringify({ id: 'fc1', claim: 'We are ready for the vote, says Jane Roe.', rating: 'True', url: 'https://check.example/1', publisher: 'Example Check', date: '2024-01-01' }), '{bad'].join('\n'));
    const json = cli(['news/a.md', '--fact-checks', 'checks.jsonl'], undefined, dir);
    expect(json.stderr).toContain('checks.jsonl line 2: invalid JSON (skipped)');
    expect(JSON.parse(json.stdout).factChecks[0].matches[0].record.id).toBe('fc1');
    const ld = cli(['news/a.md', 'news/deep/c.md', '--fact-checks', 'checks.jsonl', '--format', 'claimreview', '--quiet'], undefined, dir);
    const lines = ld.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l['@type'])).toEqual(['ClaimReview', 'Claim']);
    expect(lines[0].reviewRating.alternateName).toBe('True');
  });
});
