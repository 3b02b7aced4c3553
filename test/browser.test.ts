import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HtmlReport } from '../src/cli/formats/html.js';
import { analyze } from '../src/index.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (install Debian's chromium package, or set CHROMIUM_PATH)`);

const root = resolve(__dirname, '..');
const playground = join(root, 'examples/playground');
const ARTICLE = [
  'Port Authority Says Ferry Fares Will Rise',
  '',
  'The port authority will raise ferry fares in June, its chairwoman Maria Lind said on Monday.',
  '',
  '"We have no other way to pay for the new boats," Maria Lind told the Coast Radio channel.',
  '',
  'Commuter groups said the increase was unfair.',
  '',
  '"Fares have gone up three times in four years," said Tom Baker, who leads the riders\' union.',
].join('\n');

describe.runIf(haveChromium)('the playground in headless Chromium', () => {
  let server: Server;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    // The core entry must bundle for the browser: no Node built-ins.
    await build({ entryPoints: [join(root, 'src/index.ts')], bundle: true, platform: 'browser', format: 'esm', minify: true, outfile: join(playground, 'quotecheck.js'), logLevel: 'silent' });
    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };
    server = createServer((req, res) => {
      const file = join(playground, (req.url ?? '/').split('?')[0] === '/' ? 'index.html' : (req.url ?? '').split('?')[0]);
      if (!file.startsWith(playground) || !existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('highlights statements per speaker, explains them on hover, lists claims, and saves a screenshot', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.waitForFunction('window.quotecheckReady === true');
    await page.fill('#input', ARTICLE);
    await page.click('#analyze');
    await page.waitForSelector('mark.qc-statement');
    const marks = await page.$$eval('mark.qc-statement', (els) => els.map((e) => ({ speaker: e.getAttribute('data-speaker'), title: e.getAttribute('title') ?? '', bg: e.getAttribute('style') ?? '' })));
    expect(marks.length).toBeGreaterThanOrEqual(3);
    const lind = marks.filter((m) => m.speaker === 'Maria Lind');
    const baker = marks.filter((m) => m.speaker === 'Tom Baker');
    expect(lind.length).toBeGreaterThanOrEqual(2);
    expect(baker.length).toBe(1);
    expect(lind[0].bg).not.toBe(baker[0].bg);
    expect(lind.some((m) => /Venue: Coast Radio/.test(m.title) || /Venue: the Coast Radio channel/.test(m.title))).toBe(true);
    expect(lind[0].title).toMatch(/Confidence: 0\.\d\d/);
    const rows = await page.$$eval('#claims tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''));
    expect(rows.some((r) => r.includes('Maria Lind') && r.includes('told'))).toBe(true);
    mkdirSync(join(root, 'tmp'), { recursive: true });
    await page.screenshot({ path: join(root, 'tmp/playground.png'), fullPage: true });
    expect(errors).toEqual([]);
  }, 60_000);

  it('the command\'s html report: statements highlighted per speaker, claims tables, screenshot', async () => {
    const report = new HtmlReport();
    const texts = [ARTICLE, '"We will appeal," the city attorney, Ana Ruiz, said on Tuesday.\n\nCritics said the ruling was overdue.'];
    texts.forEach((t, i) => report.add({ index: i, id: `article-${i + 1}.md`, ok: true, result: analyze(t) }, t));
    report.add({ index: 2, id: 'broken.txt', ok: false, error: { code: 'unreadable-input', message: 'cannot read: EACCES' } }, undefined);
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.setContent(report.render());
    const marks = await page.$$eval('mark.qc-statement', (els) => els.map((e) => ({ speaker: e.getAttribute('data-speaker'), style: e.getAttribute('style') ?? '', title: e.getAttribute('title') ?? '' })));
    expect(marks.length).toBeGreaterThanOrEqual(6);
    expect(new Set(marks.map((m) => m.style)).size).toBeGreaterThanOrEqual(3);
    expect(marks.every((m) => /Speaker: .*\nCue: /.test(m.title))).toBe(true);
    expect(await page.$$eval('table.claims', (t) => t.length)).toBe(2);
    expect(await page.textContent('.failures')).toContain('broken.txt');
    mkdirSync(join(root, 'tmp'), { recursive: true });
    await page.screenshot({ path: join(root, 'tmp/report.png'), fullPage: true });
  }, 60_000);
});
