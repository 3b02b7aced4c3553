import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { predict } from './eval/predict.js';
import { score, type GoldDoc } from './eval/score.js';

const scorer = resolve(__dirname, '../../shared/eval/score_quotes.py');
const devFile = resolve(__dirname, '../../shared/data/quotes/polnear.dev.jsonl');
const python = spawnSync('python3', ['--version']).status === 0;
if (!existsSync(scorer) || !python) console.warn('eval agreement test skipped: needs python3 and ../shared/eval/score_quotes.py');

// Gold of our own making, covering every branch of the scorer: filtered kinds, missing speakers, exact trims.
const text = 'Jane said "we won" and "they lost." Tom said it rained. "Fine," said Ann.';
const synthetic: GoldDoc[] = [
  { id: 'a', text, quotes: [
    { start: 10, end: 18, kind: 'direct', speaker: 'Jane', speakerStart: 0, speakerEnd: 4, cueStart: 5, cueEnd: 9 },
    { start: 23, end: 34, kind: 'mixed', speaker: 'Jane', speakerStart: 0, speakerEnd: 4, cueStart: 5, cueEnd: 9 },
    { start: 45, end: 54, kind: 'indirect', speaker: 'Tom', speakerStart: 36, speakerEnd: 39, cueStart: 40, cueEnd: 44 },
    { start: 56, end: 63, kind: 'direct', speaker: null, speakerStart: null, speakerEnd: null, cueStart: null, cueEnd: null },
  ] },
];

function reference(gold: GoldDoc[], pred: object[], kinds?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'qc-eval-'));
  writeFileSync(join(dir, 'g.jsonl'), gold.map((g) => JSON.stringify(g)).join('\n'));
  writeFileSync(join(dir, 'p.jsonl'), pred.map((p) => JSON.stringify(p)).join('\n'));
  const out = execFileSync('python3', [scorer, join(dir, 'g.jsonl'), join(dir, 'p.jsonl'), ...(kinds ? ['--kinds', kinds] : []), '--json'], { encoding: 'utf8' });
  return JSON.parse(out);
}

describe.runIf(existsSync(scorer) && python)('npm run eval agrees with score_quotes.py', () => {
  it.each([undefined, 'direct,mixed'])('on synthetic gold (kinds %s)', (kinds) => {
    const pred = [{ id: 'a', quotes: [
      { start: 9, end: 19, speakerStart: 0, speakerEnd: 4, speaker: 'Jane', cueStart: 5, cueEnd: 9, confidence: 0.9 },
      { start: 45, end: 54, speakerStart: 36, speakerEnd: 39, confidence: 0.4 },
      { start: 56, end: 63, confidence: 0.95 },
      { start: 0, end: 3, speakerStart: 40, speakerEnd: 44, confidence: 0.15 },
    ] }];
    const ours = score(new Map(synthetic.map((g) => [g.id, g])), new Map(pred.map((p) => [p.id, p])), kinds ? new Set(kinds.split(',')) : null);
    const { calibration, ...rest } = ours;
    expect(calibration.length).toBe(kinds ? 3 : 4);
    expect(rest).toEqual(reference(synthetic, pred, kinds));
  });

  it('rounds exact ties as Python does (precision 1/32 = 0.03125 gives 0.0312)', () => {
    const gold: GoldDoc[] = [{ id: 'b', text, quotes: [synthetic[0].quotes[0]] }];
    const pred = [{ id: 'b', quotes: Array.from({ length: 32 }, (_, k) => (k === 0 ? { start: 10, end: 18 } : { start: 36 + k, end: 37 + k })) }];
    const { calibration, ...ours } = score(new Map(gold.map((g) => [g.id, g])), new Map(pred.map((p) => [p.id, p])), null);
    expect(ours.content_overlap.P).toBe(0.0312);
    expect(ours).toEqual(reference(gold, pred));
  });

  it.runIf(existsSync(devFile))('on the first PolNeAR dev documents with our predictions', () => {
    const gold = readFileSync(devFile, 'utf8').split('\n').filter(Boolean).slice(0, 8).map((l) => JSON.parse(l) as GoldDoc);
    const pred = gold.map((g) => predict(g));
    for (const kinds of [undefined, 'direct,mixed']) {
      const { calibration, ...ours } = score(new Map(gold.map((g) => [g.id, g])), new Map(pred.map((p) => [p.id, p])), kinds ? new Set(kinds.split(',')) : null);
      expect(ours).toEqual(reference(gold, pred, kinds));
    }
  });
});
