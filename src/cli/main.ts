#!/usr/bin/env node
// The quotecheck command: analyze files or JSONL from stdin; one bad document never stops the batch.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyze } from '../analyze.js';
import type { AnalyzeOptions } from '../schema/options.js';
import { formatText } from './format-text.js';

const HELP = `quotecheck — who said what in news articles

Usage:
  quotecheck FILE                 print the analysis of one article as a JSON object
  quotecheck FILE...              one JSON result per line (JSONL), each with its "id" (the file name)
  quotecheck --jsonl < in.jsonl   read {id, text, url?, publishedDate?} lines from stdin, write one result per line
  quotecheck --format text FILE   a readable "who said what" listing instead of JSON

Options:
  --format json|text   output format (default json)
  --url URL            the article's URL (single file)
  --date YYYY-MM-DD    publication date (single file)
  -h, --help           this help

Examples:
  quotecheck --format text examples/article.md
  quotecheck story1.md story2.txt > results.jsonl
  cat batch.jsonl | quotecheck --jsonl > results.jsonl

Exit code: 0 when every document was analyzed, 1 when any failed (each failure is reported on stderr), 2 on bad usage.`;

interface Args {
  files: string[];
  jsonl: boolean;
  format: 'json' | 'text';
  options: AnalyzeOptions;
}

function parseArgs(argv: string[]): Args | null {
  const a: Args = { files: [], jsonl: false, format: 'json', options: {} };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    if (x === '-h' || x === '--help') return null;
    else if (x === '--jsonl') a.jsonl = true;
    else if (x === '--format') {
      const f = argv[++i];
      if (f !== 'json' && f !== 'text') throw new Error(`--format must be json or text, got ${f}`);
      a.format = f;
    } else if (x === '--url') a.options.url = argv[++i];
    else if (x === '--date') a.options.publishedDate = argv[++i];
    else if (x.startsWith('-') && x !== '-') throw new Error(`unknown option ${x} (see --help)`);
    else a.files.push(x);
  }
  return a;
}

function emit(format: Args['format'], id: string, result: ReturnType<typeof analyze>, single: boolean): void {
  if (format === 'text') process.stdout.write(formatText(result, single ? undefined : id) + '\n\n');
  else process.stdout.write((single ? JSON.stringify(result, null, 2) : JSON.stringify({ id, ...result })) + '\n');
}

async function main(): Promise<number> {
  let args: Args | null;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`quotecheck: ${(e as Error).message}\n`);
    return 2;
  }
  if (!args || (!args.files.length && !args.jsonl)) {
    process.stdout.write(HELP + '\n');
    return args ? 2 : 0;
  }
  let failed = 0;
  if (args.jsonl) {
    let n = 0;
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      n++;
      if (!line.trim()) continue;
      try {
        const rec = JSON.parse(line) as { id?: unknown; text?: unknown; url?: string; publishedDate?: string };
        if (typeof rec.text !== 'string') throw new Error('no "text" string');
        const id = rec.id === undefined ? `line ${n}` : String(rec.id);
        emit(args.format, id, analyze(rec.text, { ...args.options, ...(rec.url ? { url: rec.url } : {}), ...(rec.publishedDate ? { publishedDate: rec.publishedDate } : {}) }), false);
      } catch (e) {
        failed++;
        process.stderr.write(`quotecheck: stdin line ${n}: ${(e as Error).message}\n`);
      }
    }
  }
  const single = args.files.length === 1 && !args.jsonl;
  for (const file of args.files) {
    try {
      const text = readFileSync(file === '-' ? 0 : file, 'utf8');
      emit(args.format, file, analyze(text, args.options), single);
    } catch (e) {
      failed++;
      process.stderr.write(`quotecheck: ${file}: ${(e as Error).message}\n`);
    }
  }
  return failed ? 1 : 0;
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
