// npm run eval:checkworthiness -- [--data FILE] [--predictions OUT] [--no-context]
// Ranks each debate's sentences by check-worthiness and prints MAP (per debate, averaged: the CLEF
// CheckThat! way), P@10 and the calibration error of the score, on the dev splits by default. Each
// debate is scored as a transcript, with each sentence's context (--no-context: each sentence alone).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreCheckworthiness, scoreTranscript } from '../../src/factcheck/checkworthiness.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (n: string) => (args.indexOf(n) >= 0 ? args[args.indexOf(n) + 1] : undefined);
const data = process.env.QUOTECHECK_DATA ?? resolve(here, '../../../shared/data');
const files = flag('--data') ? [flag('--data')!] : ['clef2019-t1', 'clef2020-t5'].map((s) => join(data, `checkworthiness/${s}/dev.jsonl`));
const out: string[] = [];
const MAP_FLOOR = 0.34;
const ECE_CEILING = 0.05;
/** Expected calibration error over ten equal-width bins of the score. */
function ece(pairs: readonly [number, number][]): number {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, p: 0, y: 0 }));
  for (const [p, y] of pairs) {
    const b = bins[Math.min(9, Math.floor(p * 10))];
    b.n++;
    b.p += p;
    b.y += y;
  }
  return bins.reduce((e, b) => e + (b.n ? Math.abs(b.p - b.y) : 0), 0) / Math.max(1, pairs.length);
}
let failed = false;
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`no data at ${file}`);
    process.exit(2);
  }
  const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string; label: number; debate: string; speaker?: string; line: number });
  const transcripts = new Map<string, typeof rows>();
  for (const r of rows) (transcripts.get(r.debate) ?? transcripts.set(r.debate, []).get(r.debate)!).push(r);
  const byDebate = new Map<string, { id: string; score: number; label: number }[]>();
  const calibration: [number, number][] = [];
  for (const [debate, lines] of transcripts) {
    // Each debate in the order it was spoken, scored with its context (--no-context: each sentence alone).
    lines.sort((a, b) => a.line - b.line);
    const scores = args.includes('--no-context') ? lines.map((r) => scoreCheckworthiness(r.text)) : scoreTranscript(lines);
    byDebate.set(debate, lines.map((r, i) => ({ id: r.id, score: scores[i].score, label: r.label })));
    for (const x of byDebate.get(debate)!) out.push(JSON.stringify({ id: x.id, score: x.score }));
    for (let i = 0; i < lines.length; i++) calibration.push([scores[i].score, lines[i].label]);
  }
  let map = 0;
  let p10 = 0;
  for (const list of byDebate.values()) {
    list.sort((a, b) => b.score - a.score);
    const positives = list.filter((x) => x.label === 1).length;
    let hits = 0;
    let ap = 0;
    list.forEach((x, i) => {
      if (x.label === 1) {
        hits++;
        ap += hits / (i + 1);
      }
    });
    map += positives ? ap / positives : 0;
    p10 += list.slice(0, 10).filter((x) => x.label === 1).length / 10;
  }
  const n = byDebate.size;
  console.log(`${file.split('/').slice(-2).join('/')}: ${rows.length} sentences, ${n} debates: MAP ${(map / n).toFixed(4)}, P@10 ${(p10 / n).toFixed(4)}, ECE ${ece(calibration).toFixed(4)}`);
  // The gate: 2019 T1 dev MAP above its floor (0.369 when set, less a margin), and a score that stays a probability.
  if (args.includes('--gate') && file.includes('clef2019-t1') && map / n < MAP_FLOOR) failed = true;
  if (args.includes('--gate') && ece(calibration) > ECE_CEILING) failed = true;
}
const pred = flag('--predictions');
if (pred) writeFileSync(pred, out.join('\n') + '\n');
if (failed) {
  console.error(`FAIL: MAP below ${MAP_FLOOR} on clef2019-t1 dev, or ECE above ${ECE_CEILING}`);
  process.exit(1);
}
