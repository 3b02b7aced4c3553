// npm run bench:corpus  (after npm run build)
// Corpus-scale figures for the batch API, from the built package: --jobs 2 against one thread on
// 2,000 articles, peak RSS for 100 and 10,000 articles, cold start, and linear growth (100 KB vs 1 MB).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const dist = join(root, 'dist/node.js');
if (!existsSync(dist)) {
  console.error('run `npm run build` first: the corpus bench measures the built package');
  process.exit(2);
}
const data = process.env.QUOTECHECK_DATA ?? resolve(root, '../shared/data');
const corpusFile = join(data, 'quotes/polnear.dev.jsonl');

// Each measurement runs in its own process so that memory and start-up are its own.
function child(code: string): Record<string, number> {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, CORPUS: corpusFile } });
  return JSON.parse(out.trim().split('\n').pop()!);
}
const lib = pathToFileURL(dist).href;
const run = (n: number, jobs: number) =>
  child(`
    import { readFileSync, existsSync } from 'node:fs';
    import { analyzeMany } from ${JSON.stringify(lib)};
    const base = existsSync(process.env.CORPUS) ? readFileSync(process.env.CORPUS, 'utf8').split('\\n').filter(Boolean).map((l) => JSON.parse(l).text) : ['"Hi," Ann said.'];
    function* docs() { for (let i = 0; i < ${n}; i++) yield { id: String(i), text: base[i % base.length] }; }
    let words = 0; for (let i = 0; i < ${n}; i++) words += base[i % base.length].split(/\\s+/).length;
    const t0 = performance.now(); let ok = 0;
    for await (const r of analyzeMany(docs(), { concurrency: ${jobs} })) if (r.ok) ok++;
    const s = (performance.now() - t0) / 1000;
    console.log(JSON.stringify({ ok, seconds: s, wordsPerSecond: words / s, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
  `);

const cold = child(`
  const t0 = performance.now();
  const { analyze } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist/index.js')).href)});
  analyze('"We are ready," Jane Roe said on Friday.');
  console.log(JSON.stringify({ ms: performance.now() - t0 }));
`);
console.log(`cold start (import + first article): ${cold.ms.toFixed(0)} ms (budget 600)`);

const lin = child(`
  import { readFileSync, existsSync } from 'node:fs';
  import { analyze } from ${JSON.stringify(pathToFileURL(join(root, 'dist/index.js')).href)};
  const base = existsSync(process.env.CORPUS) ? readFileSync(process.env.CORPUS, 'utf8').split('\\n').filter(Boolean).map((l) => JSON.parse(l).text) : ['"Hi," Ann said.'];
  const para = base.join('\\n\\n');
  const sized = (n) => { let s = ''; while (s.length < n) s += para + '\\n\\n'; return s.slice(0, n); };
  const small = sized(100000), big = sized(1000000);
  analyze(small);
  const t0 = performance.now(); analyze(small); analyze(small); analyze(small); const a = (performance.now() - t0) / 3;
  const t1 = performance.now(); analyze(big); const b = performance.now() - t1;
  console.log(JSON.stringify({ small: a, big: b }));
`);
console.log(`linearity: 100 KB in ${lin.small.toFixed(0)} ms, 1 MB in ${lin.big.toFixed(0)} ms, ratio ${(lin.big / lin.small).toFixed(1)} (at most 11)`);

const one = run(2000, 1);
const two = run(2000, 2);
console.log(`2,000 articles: 1 thread ${Math.round(one.wordsPerSecond).toLocaleString('en')} words/s, --jobs 2 ${Math.round(two.wordsPerSecond).toLocaleString('en')} words/s, speed-up ${(two.wordsPerSecond / one.wordsPerSecond).toFixed(2)}x (at least 1.7)`);
const m100 = run(100, 1);
const m10k = run(10_000, 1);
console.log(`peak RSS: 100 articles ${m100.peakRssMb.toFixed(0)} MB, 10,000 articles ${m10k.peakRssMb.toFixed(0)} MB (+${((m10k.peakRssMb / m100.peakRssMb - 1) * 100).toFixed(0)}%, at most +20%)`);

// What the machine allows: the same analysis in two independent processes at once (no pool, no
// messages) against one process alone. A pool cannot scale past this.
{
  const code = `
    import { readFileSync, existsSync } from 'node:fs';
    import { analyze } from ${JSON.stringify(pathToFileURL(join(root, 'dist/index.js')).href)};
    const base = existsSync(process.env.CORPUS) ? readFileSync(process.env.CORPUS, 'utf8').split('\\n').filter(Boolean).map((l) => JSON.parse(l).text) : ['"Hi," Ann said.'];
    analyze(base[0]);
    const t0 = performance.now(); let words = 0;
    for (let i = 0; i < 600; i++) { const t = base[i % base.length]; analyze(t); words += t.split(/\\s+/).length; }
    console.log(JSON.stringify({ wordsPerSecond: words / ((performance.now() - t0) / 1000) }));
  `;
  const { spawn } = await import('node:child_process');
  const proc = () =>
    new Promise<number>((res, rej) => {
      const p = spawn(process.execPath, ['--input-type=module', '-e', code], { env: { ...process.env, CORPUS: corpusFile } });
      let out = '';
      p.stdout.on('data', (d) => (out += d));
      p.on('exit', (c) => (c === 0 ? res(JSON.parse(out.trim().split('\n').pop()!).wordsPerSecond) : rej(new Error(`exit ${c}`))));
    });
  const alone = await proc();
  const pair = await Promise.all([proc(), proc()]);
  console.log(`machine: two independent processes analyze at ${((pair[0] + pair[1]) / alone).toFixed(2)}x one process alone (the ceiling for --jobs 2 here)`);
}
