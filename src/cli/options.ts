// The command's options as data: `quotecheck --help` is printed from this table, and the README's
// option list is that output (test/readme.test.ts checks they agree; npm run readme:help rewrites it).

/** One option of the command line. */
export interface CliOption {
  flags: string;
  help: string;
}

/** The output formats of --format. */
export const FORMATS = ['json', 'jsonl', 'csv', 'html', 'text', 'claimreview'] as const;

/** Every option, in the order --help lists them. */
export const OPTIONS: readonly CliOption[] = [
  { flags: `--format ${FORMATS.join('|')}`, help: 'output (default: json for one document, jsonl for several); claimreview writes schema.org JSON-LD: a ClaimReview for each claim matched by --fact-checks, a Claim for the others' },
  { flags: '--fact-checks FILE', help: 'match every claim against these fact-checks (ClaimReview JSON-LD, Google Fact Check Tools JSON or plain records; JSON or JSONL)' },
  { flags: '--out FILE|DIR', help: 'write there instead of stdout (a folder gets one file per document)' },
  { flags: '--min-confidence X', help: 'keep statements and claims with confidence >= X' },
  { flags: '--kinds LIST', help: 'keep these kinds (direct,partial,indirect)' },
  { flags: '--jobs N', help: 'worker threads (default: the number of cores)' },
  { flags: '--url URL', help: 'the article URL, for a single document' },
  { flags: '--date YYYY-MM-DD', help: 'its publication date, for a single document' },
  { flags: '--jsonl', help: 'read {id, text, url?, publishedDate?} lines from stdin' },
  { flags: '--span-model', help: 'let the trained span model decide statement boundaries (see the README)' },
  { flags: '--fail-fast', help: 'stop at the first document that fails' },
  { flags: '--quiet', help: 'no progress bar and no summary' },
  { flags: '-h, --help', help: 'this help' },
];

/** The option names (`--format`), for parsing and for suggesting the closest one to a typo. */
export const OPTION_NAMES = OPTIONS.flatMap((o) => o.flags.split(/,\s*/).map((f) => f.split(' ')[0]));

function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join(`\n${indent}`);
}

/** The text of `quotecheck --help`. */
export function helpText(): string {
  const pad = 23;
  const options = OPTIONS.map((o) => {
    const help = wrap(o.help, 100 - pad, ' '.repeat(pad));
    return o.flags.length + 2 < pad - 1 ? `  ${o.flags.padEnd(pad - 2)}${help}` : `  ${o.flags}\n${' '.repeat(pad)}${help}`;
  }).join('\n');
  return `quotecheck — who said what in news articles

Usage:
  quotecheck [options] FILE|FOLDER|GLOB...     analyze files (folders: *.txt, *.md, *.html, recursively)
  quotecheck [options] < article.txt           analyze stdin as one article
  quotecheck --jsonl [options] < batch.jsonl   analyze {id, text, url?, publishedDate?} lines

Options:
${options}

Job queue (BullMQ on Redis: workers on many machines; the README's "More than one machine"):
  quotecheck enqueue --redis URL [--queue NAME] [--attempts N] [--jsonl] FILE|FOLDER|GLOB...
                       one job per document (its id, or a hash of its text): enqueueing twice adds nothing
  quotecheck worker --redis URL [--queue NAME] [--concurrency N] [--stalled-ms MS]
                    [--fact-checks FILE] [--date YYYY-MM-DD] [--span-model]
                       analyze jobs until SIGTERM (which finishes the current ones first)
  quotecheck collect --redis URL [--queue NAME] [--out FILE|DIR] [--format F] [--no-wait]
                       write each finished document once, waiting until the queue is empty
  quotecheck status --redis URL [--queue NAME] [--json]
                       waiting, active, done and failed jobs, and documents per second

Examples:
  quotecheck --format text examples/article.md
  quotecheck articles/ --format csv --out claims.csv
  quotecheck 'news/**/*.md' --format html --out report.html --min-confidence 0.5
  cat batch.jsonl | quotecheck --jsonl --jobs 4 > results.jsonl

Exit code: 0 when every document was analyzed, 1 when any failed (each failure is reported on stderr
with its file name or line number), 2 on bad usage.`;
}

/** The value after an option (argv[i]), or an error naming the option that needs one. */
export function optionValue(argv: readonly string[], i: number, name: string): string {
  const v = argv[i];
  if (v === undefined) throw new Error(`${name} needs a value (quotecheck --help shows what it takes)`);
  return v;
}

/** The option closest to a mistyped one, when it is close enough to be meant. */
export function closestOption(typed: string): string | null {
  let best: string | null = null;
  let bestD = 3;
  for (const name of OPTION_NAMES) {
    const d = editDistance(typed, name);
    if (d < bestD) {
      bestD = d;
      best = name;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}
