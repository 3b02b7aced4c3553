// npm run eval:checkworthiness -- [--data FILE] [--predictions OUT]
// Ranks each debate's sentences by check-worthiness and prints MAP (per debate, averaged: the CLEF
// CheckThat! way) and P@10, on the dev splits by default.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreCheckworthiness } from '../../src/factcheck/checkworthiness.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (n: string) => (args.indexOf(n) >= 0 ? args[args.indexOf(n) + 1] : undefined);
const data = process.env.QUOTECHECK_DATA ?? resolve(here, '../../../shared/data');
const files = flag('--data') ? [flag('--data')!] : ['clef2019-t1', 'clef2020-t5'].map((s) => join(data, `checkworthiness/${s}/dev.jsonl`));
const out: string[] = [];
let failed = false;
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`no data at ${file}`);
    process.exit(2);
  }
  const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string; label: number; debate: string });
  const byDebate = new Map<string, { id: string; score: number; label: number }[]>();
  for (const r of rows) {
    const s = scoreCheckworthiness(r.text).score;
    out.push(JSON.stringify({ id: r.id, score: s }));
    (byDebate.get(r.debate) ?? byDebate.set(r.debate, []).get(r.debate)!).push({ id: r.id, score: s, label: r.label });
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
  console.log(`${file.split('/').slice(-2).join('/')}: ${rows.length} sentences, ${n} debates: MAP ${(map / n).toFixed(4)}, P@10 ${(p10 / n).toFixed(4)}`);
  if (args.includes('--gate') && file.includes('clef2019-t1') && map / n < 0.15) failed = true;
}
const pred = flag('--predictions');
if (pred) writeFileSync(pred, out.join('\n') + '\n');
if (failed) {
  console.error('FAIL: MAP below the floor 0.15 on clef2019-t1 dev');
  process.exit(1);
}
