#!/usr/bin/env node
// The quotecheck command: files, folders, globs or stdin in; JSON, JSONL, CSV, an HTML report or text
// out. One bad document is reported and the batch goes on; the exit code says whether any failed.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { SingleBar } from 'cli-progress';
import { analyzeMany } from '../batch/index.js';
import { withFactCheckMatches } from '../batch/fact-checks.js';
import { createFactCheckIndex, type FactCheckIndex } from '../factcheck/index.js';
import { loadFactChecks } from '../factcheck/records.js';
import type { BatchInput, BatchResult } from '../batch/types.js';
import type { AnalyzeOptions } from '../schema/options.js';
import { countStatements, ResultWriter, type Format } from './output.js';
import { expandPaths, readFiles, readJsonl, readStdinText, TEXT_EXTENSIONS } from './inputs.js';
import { closestOption, FORMATS, helpText, optionValue } from './options.js';
import { QUEUE_COMMANDS, runQueueCommand } from './queue-commands.js';

interface Args {
  paths: string[];
  jsonl: boolean;
  format: Format | null;
  out: string | null;
  minConfidence: number;
  kinds: Set<string> | null;
  jobs: number;
  failFast: boolean;
  quiet: boolean;
  factChecks: string | null;
  options: AnalyzeOptions;
}

function parseArgs(argv: string[]): Args | 'help' {
  const a: Args = { paths: [], jsonl: false, format: null, out: null, minConfidence: 0, kinds: null, jobs: availableParallelism(), failFast: false, quiet: false, factChecks: null, options: {} };
  const value = (i: number, name: string) => optionValue(argv, i, name);
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    if (x === '-h' || x === '--help') return 'help';
    else if (x === '--jsonl') a.jsonl = true;
    else if (x === '--format') {
      const f = value(++i, '--format');
      if (!(FORMATS as readonly string[]).includes(f)) throw new Error(`--format ${f} is not a format: use one of ${FORMATS.join(', ')} (for example --format text)`);
      a.format = f as Format;
    } else if (x === '--out') a.out = value(++i, '--out');
    else if (x === '--min-confidence') {
      a.minConfidence = Number(value(++i, '--min-confidence'));
      if (!(a.minConfidence >= 0 && a.minConfidence <= 1)) throw new Error('--min-confidence must be a number from 0 to 1');
    } else if (x === '--kinds') a.kinds = new Set(value(++i, '--kinds').split(','));
    else if (x === '--jobs') {
      a.jobs = Number(value(++i, '--jobs'));
      if (!Number.isInteger(a.jobs) || a.jobs < 1) throw new Error('--jobs must be a whole number >= 1');
    } else if (x === '--url') a.options.url = value(++i, '--url');
    else if (x === '--date') a.options.publishedDate = value(++i, '--date');
    else if (x === '--fact-checks') a.factChecks = value(++i, '--fact-checks');
    else if (x === '--fail-fast') a.failFast = true;
    else if (x === '--quiet') a.quiet = true;
    else if (x === '--span-model') a.options.spanModel = true;
    else if (x.startsWith('-') && x !== '-') {
      const near = closestOption(x.split('=')[0]);
      throw new Error(`unknown option ${x}: ${near ? `did you mean ${near}? ` : ''}quotecheck --help lists the options`);
    }
    else a.paths.push(x);
  }
  return a;
}

/** Keeps the statements and claims the filters allow. */
function filter(r: BatchResult, a: Args): BatchResult {
  if (!r.ok || (a.minConfidence === 0 && !a.kinds)) return r;
  const keep = (kind: string, confidence: number) => confidence >= a.minConfidence && (!a.kinds || a.kinds.has(kind));
  const quotes = r.result.quotes.filter((q) => keep(q.kind, q.confidence));
  const claims = r.result.claims.filter((c) => keep(c.kind, c.confidence));
  return { ...r, result: { ...r.result, quotes, claims } };
}

const NO_INPUT = 'no input: give a file, a folder or a glob (quotecheck article.md), or pipe an article in (quotecheck < article.txt); quotecheck --help lists the options';

/** What is wrong with the inputs before anything runs, as one line that names the fix; null when nothing is. */
function checkInputs(args: Args, paths: readonly string[]): string | null {
  // One path that leads nowhere is a usage error; among others, it is reported in its place and the rest run.
  const named = args.paths.filter((p) => p !== '-' && !/[*?[{]/.test(p));
  if (named.length === args.paths.length && named.length)
    for (const p of named) {
      if (!existsSync(p)) {
        if (named.length === 1) return `${p}: no such file or folder (check the path, or quote a glob: 'news/**/*.md')`;
        continue;
      }
      if (statSync(p).isDirectory() && !expandPaths([p]).length && named.length === 1) return `${p}: no articles in this folder (a folder is read for ${TEXT_EXTENSIONS.map((e) => `*${e}`).join(', ')}; name other files directly)`;
    }
  if (args.paths.length && !paths.length) return `${args.paths.join(' ')}: no files match (check the glob, and quote it so that the shell does not expand it)`;
  if (!args.paths.length && process.stdin.isTTY) return NO_INPUT;
  return null;
}

/** A usage error: its message on stderr, exit code 2. */
function usage(message: string): 2 {
  process.stderr.write(`quotecheck: ${message}\n`);
  return 2;
}

async function main(): Promise<number> {
  const command = process.argv[2] as (typeof QUEUE_COMMANDS)[number];
  if ((QUEUE_COMMANDS as readonly string[]).includes(command)) return queueMain(command);
  let a: Args | 'help';
  try {
    a = parseArgs(process.argv.slice(2));
  } catch (e) {
    return usage((e as Error).message);
  }
  if (a === 'help') {
    process.stdout.write(helpText() + '\n');
    return 0;
  }
  const args = a;
  const paths = expandPaths(args.paths.filter((p) => p !== '-'));
  const usageError = checkInputs(args, paths);
  if (usageError) return usage(usageError);
  const index = factCheckIndex(args);
  if (typeof index === 'string') return usage(index);
  return analyzeAll(args, paths, index);
}

async function queueMain(command: (typeof QUEUE_COMMANDS)[number]): Promise<number> {
  try {
    return await runQueueCommand(command, process.argv.slice(3));
  } catch (e) {
    process.stderr.write(`quotecheck ${command}: ${(e as Error).message}\n`);
    return 2;
  }
}

/** The index of --fact-checks (null without it), its unreadable records reported and skipped; a message when the file cannot be read. */
function factCheckIndex(args: Args): FactCheckIndex | null | string {
  if (!args.factChecks) return null;
  let loaded: ReturnType<typeof loadFactChecks>;
  try {
    loaded = loadFactChecks(readFileSync(args.factChecks, 'utf8'));
  } catch (e) {
    return `--fact-checks ${args.factChecks}: ${(e as Error).message}`;
  }
  for (const p of loaded.problems) process.stderr.write(`quotecheck: ${args.factChecks} ${p.position}: ${p.message} (skipped)\n`);
  return createFactCheckIndex(loaded.records);
}

/** Analyzes every input, writes the results as they come, and returns the exit code: 1 when any document failed. */
async function analyzeAll(args: Args, paths: string[], index: FactCheckIndex | null): Promise<number> {
  const single = !args.jsonl && paths.length <= 1;
  const format: Format = args.format ?? (single ? 'json' : 'jsonl');
  const total = args.jsonl ? undefined : Math.max(1, paths.length);
  const source: AsyncIterable<BatchInput> | Iterable<BatchInput> = args.jsonl ? readJsonl(process.stdin) : paths.length ? readFiles(paths) : readStdinText(process.stdin);
  // The HTML report shows each article's text: keep it, in input order, only for that format.
  const texts: (string | undefined)[] = [];
  const writer = new ResultWriter(format, args.out, single);
  const progress = !args.quiet && process.stderr.isTTY ? new SingleBar({ format: 'analyzing {bar} {value}/{total} documents | {rate}/s | ETA {eta}s', stream: process.stderr, hideCursor: true, etaBuffer: 50 }) : null;
  progress?.start(total ?? 0, 0, { rate: '0' });

  const t0 = performance.now();
  let docs = 0;
  let failed = 0;
  let statements = 0;
  try {
    for await (const raw of analyzeMany(format === 'html' ? remembering(source, texts) : source, { ...args.options, concurrency: single ? 1 : args.jobs })) {
      const r = withFactCheckMatches(filter(raw, args), index);
      docs++;
      if (!r.ok) {
        failed++;
        process.stderr.write(`${progress ? '\n' : ''}quotecheck: ${r.id}: ${r.error.message}\n`);
      } else statements += countStatements(r);
      writer.add(r, texts[r.index]);
      progress?.update(docs, { rate: (docs / ((performance.now() - t0) / 1000)).toFixed(1) });
      if (!r.ok && args.failFast) break;
    }
  } finally {
    progress?.stop();
  }
  await writer.finish();
  if (!args.quiet) process.stderr.write(`quotecheck: ${docs} documents, ${statements} statements, ${failed} failed, ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  return failed ? 1 : 0;
}

/** The inputs, each one's text kept in `texts` as it passes. */
async function* remembering(src: AsyncIterable<BatchInput> | Iterable<BatchInput>, texts: (string | undefined)[]): AsyncGenerator<BatchInput> {
  for await (const item of src) {
    texts.push(typeof item === 'string' ? item : 'text' in item ? item.text : undefined);
    yield item;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`quotecheck: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  },
);
