// Every TypeScript/JavaScript block of README.md runs against the built package, every shell example
// of its Use section runs on a temporary folder, and its option list is `quotecheck --help` verbatim:
// a README example that drifts from the API fails here. A block may be skipped only with a reason,
// written just before it: <!-- readme-test: skip (why) -->. Needs `npm run build` first (CI does).
import { startRedis } from './helpers/redis.js';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const built = existsSync(join(root, 'dist/index.js')) && existsSync(join(root, 'dist/cli.cjs'));
if (!built) console.warn('README test skipped: run `npm run build` first (CI does)');

interface Block {
  lang: string;
  code: string;
  line: number;
  skip: string | null;
  section: string;
}

/** The fenced blocks of a Markdown text, with the section they are in and a skip reason if marked. */
export function codeBlocks(md: string): Block[] {
  const out: Block[] = [];
  const lines = md.split('\n');
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    if (/^## /.test(lines[i])) section = lines[i].slice(3).trim();
    const open = /^```(\w+)/.exec(lines[i]);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    while (++i < lines.length && !/^```\s*$/.test(lines[i])) body.push(lines[i]);
    let k = start - 1;
    while (k >= 0 && !lines[k].trim()) k--;
    const skip = /<!--\s*readme-test:\s*skip\s*\(([^)]+)\)\s*-->/.exec(lines[k] ?? '')?.[1] ?? null;
    out.push({ lang: open[1], code: body.join('\n'), line: start + 1, skip, section });
  }
  return out;
}

const blocks = codeBlocks(readme);
const README_REDIS = 'redis://127.0.0.1:6379';
const scripts = blocks.filter((b) => ['ts', 'js', 'typescript', 'javascript'].includes(b.lang));

// What the samples take as given: an article, a page, a claim, a transcript, records to stream, a
// file of fact-checks. Defined here, once, as a reader would have them.
const PRELUDE = `
import * as fs from 'node:fs';
import { analyze as __analyze } from 'quotecheck';
const articleText = fs.readFileSync('article.md', 'utf8');
const html = fs.readFileSync('page.html', 'utf8');
const claim = __analyze(articleText).claims[0];
const transcript = 'We will not raise taxes on working families, she said.';
async function* readRecords() { yield { id: 'a', text: articleText }; yield { id: 'b', text: '"Not yet," the minister told reporters.' }; }
const saved = [];
const save = (id, claims) => saved.push([id, claims.length]);
`;

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qc-readme-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules/quotecheck'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'readme', private: true, type: 'module' }));
  cpSync(join(root, 'examples/article.md'), join(dir, 'article.md'));
  cpSync(join(root, 'test/fixtures/html/wordpress.html'), join(dir, 'page.html'));
  mkdirSync(join(dir, 'articles'));
  cpSync(join(root, 'examples/article.md'), join(dir, 'articles/one.md'));
  mkdirSync(join(dir, 'news/2025'), { recursive: true });
  cpSync(join(root, 'examples/article.md'), join(dir, 'news/2025/story.md'));
  writeFileSync(join(dir, 'batch.jsonl'), `${JSON.stringify({ id: 'a', text: '"We are ready," Jane Roe said.' })}\n${JSON.stringify({ id: 'b', text: 'The mayor said the bridge would stay open.' })}\n`);
  writeFileSync(
    join(dir, 'claimreviews.jsonl'),
    `${JSON.stringify({ '@context': 'https://schema.org', '@type': 'ClaimReview', url: 'https://check.example/1', claimReviewed: 'The bridge toll was paused after protests', reviewRating: { '@type': 'Rating', alternateName: 'True' }, author: { '@type': 'Organization', name: 'Example Check' }, datePublished: '2025-03-15' })}\n`,
  );
  return dir;
}

describe.runIf(built)('README.md', () => {
  const dir = built ? workspace() : '';

  it('has code to run, and every skipped block says why', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(4);
    for (const b of blocks) if (b.skip !== null) expect(b.skip.trim().length).toBeGreaterThan(5);
  });

  it.each(scripts.map((b) => [`line ${b.line} (${b.section})`, b] as const))('the %s block runs against the built package', async (_, b) => {
    if (b.skip) return;
    // A block that talks to Redis at its default address gets a server of the test's own there.
    const redis = b.code.includes(README_REDIS) ? await startRedis() : null;
    try {
      const code = redis ? b.code.replaceAll(README_REDIS, redis.url) : b.code;
      const js = transformSync(`${PRELUDE}\n${code}`, { loader: 'ts', format: 'esm' }).code;
      const file = join(dir, `block-${b.line}.mjs`);
      writeFileSync(file, js);
      const r = spawnSync(process.execPath, [file], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      expect(r.stderr.replace(/^.*ExperimentalWarning.*$/gm, '').trim() && r.status !== 0 ? r.stderr : '').toBe('');
      expect(r.status).toBe(0);
    } finally {
      await redis?.stop();
    }
  }, 90_000);

  const shell = blocks.filter((b) => b.lang === 'sh' && b.section === 'Use').flatMap((b) => b.code.split('\n').filter((l) => /\bquotecheck\b/.test(l) && !l.trim().startsWith('#')));
  it.each(shell)('the shell example runs: %s', (line) => {
    const command = line.replace(/\s+#.*$/, '').replace(/npx quotecheck/g, `node ${JSON.stringify(join(root, 'dist/cli.cjs'))}`);
    const r = spawnSync('bash', ['-c', `${command} --quiet`], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('lists the options exactly as quotecheck --help prints them', () => {
    const help = execFileSync(process.execPath, [join(root, 'dist/cli.cjs'), '--help'], { encoding: 'utf8' }).trim();
    const m = /<!-- quotecheck --help -->\n```text\n([\s\S]*?)\n```/.exec(readme);
    expect(m, 'README.md needs the --help block (npm run readme:help writes it)').not.toBeNull();
    expect(m![1]).toBe(help);
  });
});
