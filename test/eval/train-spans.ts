// npm run train -- [--data FILE] [--epochs N] [--bits B] [--prune Q] [--cv K] [--fold-models DIR] [--out FILE] [--date D]
//                   [--oracle] [--cue-errors] [--recall]
// Trains the span model (src/attribution/model/span-model.json) on the PolNeAR train split: an averaged
// structured perceptron over BIO tags of source, cue and content, with the rules' proposals among its
// features. Deterministic: a fixed seed orders the paragraphs, so the same data gives the same bytes.
// --cv K reports K-fold cross-validated figures on train (folds by document) instead of only training:
// that is where choices are made. --fold-models DIR also writes each fold's model (for calibrating on
// predictions the model did not train on). Diagnostics: --cv prints token accuracy and span F1 per role
// beside the rules'; --cue-errors lists the cues the first fold missed, split and invented; --recall
// sorts the gold relations no cross-validated statement overlaps by what the tagger saw of them; --oracle
// scores the relations decoded from gold tags and from the rules' tags (the decoder's own ceiling).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { oneStatementPerContent, ruleDrafts, type RuleProposals } from '../../src/attribution/index.js';
import { modelParagraphs, NTAGS, type ModelParagraph } from '../../src/attribution/model/features.js';
import { modelDrafts, refineWithModel, ruleSpans, withRankedBoundaries } from '../../src/attribution/model/combine.js';
import { choose, type TaggedParagraph } from '../../src/attribution/model/boundaries.js';
import { rankExamples, trainRanker, type RankExample } from './boundary-training.js';
import { constrainedTransitions, viterbi, type TaggerWeights } from '../../src/attribution/model/tagger.js';
import { spansOf } from '../../src/attribution/model/relations.js';
import { decodeModel, encodeBoundaries, encodeModel } from '../../src/attribution/model/weights.js';
import { resolveOptions } from '../../src/analyze.js';
import { outletIndex } from '../../src/lexicons/outlet-index.js';
import { normalize, type Source } from '../../src/normalize/index.js';
import { segment, type Segmentation } from '../../src/segment/index.js';
import type { Draft } from '../../src/attribution/index.js';
import { score, type GoldDoc, type PredDoc } from './score.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string, dflt?: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const dataFile = flag('--data') ?? join(process.env.QUOTECHECK_DATA ?? resolve(here, '../../../shared/data'), 'quotes/polnear.train.jsonl');
if (!existsSync(dataFile)) {
  console.error(`No training data at ${dataFile}: pass --data FILE or set QUOTECHECK_DATA to the shared data folder.`);
  process.exit(2);
}
const EPOCHS = Number(flag('--epochs', '8'));
const BITS = Number(flag('--bits', '18'));
const MASK = (1 << BITS) - 1;
const CV = Number(flag('--cv', '0'));
const SEED = 20261202;
/** Buckets whose int8 weights all stay under this are dropped from the shipped file. */
const PRUNE = Number(flag('--prune', '8'));

type GoldRelation = GoldDoc['quotes'][number] & { segments?: { start: number; end: number }[]; speakerSegments?: { start: number; end: number }[] | null };
interface Doc {
  gold: GoldDoc & { date?: string };
  source: Source;
  seg: Segmentation;
  rules: RuleProposals;
  paragraphs: { p: ModelParagraph; gold: Uint8Array }[];
}

/** Gold BIO tags of a paragraph's tokens: sources and cues over the content they may sit in. */
function goldTags(p: ModelParagraph, relations: readonly GoldRelation[]): Uint8Array {
  const n = p.tokens.length;
  const tags = new Uint8Array(n);
  const owner = new Int32Array(n).fill(-1);
  const paint = (start: number, end: number, role: number, id: number, over: boolean) => {
    for (let k = 0; k < n; k++) {
      const t = p.tokens[k];
      const inside = Math.min(t.end, end) - Math.max(t.start, start);
      if (inside * 2 < t.end - t.start || inside <= 0) continue;
      if (!over && tags[k] !== 0) continue;
      tags[k] = role;
      owner[k] = id;
    }
  };
  let id = 0;
  for (const r of relations) {
    for (const s of r.speakerSegments ?? (r.speakerStart != null ? [{ start: r.speakerStart, end: r.speakerEnd! }] : [])) paint(s.start, s.end, 1, id++, true);
    if (r.cueStart != null) paint(r.cueStart, r.cueEnd!, 3, id++, true);
  }
  for (const r of relations) for (const s of r.segments ?? [{ start: r.start, end: r.end }]) paint(s.start, s.end, 5, id++, false);
  // Begin where a span starts: a new owner or a new role.
  for (let k = 0; k < n; k++) if (tags[k] && k > 0 && tags[k - 1] && owner[k - 1] === owner[k]) tags[k] += 1;
  return tags;
}

function prepare(line: string): Doc {
  const gold = JSON.parse(line) as Doc['gold'];
  const opts = resolveOptions({ format: 'text', ...(gold.date && /^\d{4}-\d{2}-\d{2}$/.test(gold.date) ? { publishedDate: gold.date } : {}) });
  const source = normalize(gold.text, opts);
  const seg = segment(source);
  const rules = ruleDrafts(source, seg, outletIndex(opts.outlets));
  const paragraphs = modelParagraphs(source.view, seg, ruleSpans(rules.drafts), rules.tags, MASK).map((p) => {
    const from = p.tokens[0].start;
    const to = p.tokens[p.tokens.length - 1].end;
    const rel = (gold.quotes as GoldRelation[]).filter((q) => q.start < to && from < q.end);
    return { p, gold: goldTags(p, rel) };
  });
  return { gold, source, seg, rules, paragraphs };
}

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Averaged structured perceptron (Collins 2002), with lazy averaging. */
function train(items: readonly { p: ModelParagraph; gold: Uint8Array }[], epochs: number): { mask: number; emit: Float64Array; trans: Float64Array } {
  const size = (MASK + 1) * NTAGS;
  const emit = new Float64Array(size);
  const emitAcc = new Float64Array(size);
  const trans = new Float64Array((NTAGS + 1) * NTAGS);
  const transAcc = new Float64Array(trans.length);
  const w: TaggerWeights = { mask: MASK, emit, trans };
  const rand = mulberry32(SEED);
  const order = items.map((_, i) => i);
  let c = 1;
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const { p, gold } = items[i];
      const pred = viterbi(p, w, undefined, constrainedTransitions(w));
      for (let k = 0; k < gold.length; k++) {
        const gp = k ? gold[k - 1] : NTAGS;
        const pp = k ? pred[k - 1] : NTAGS;
        if (gold[k] !== pred[k]) {
          for (let j = p.offs[k]; j < p.offs[k + 1]; j++) {
            const b = p.feats[j] * NTAGS;
            emit[b + gold[k]]++;
            emitAcc[b + gold[k]] += c;
            emit[b + pred[k]]--;
            emitAcc[b + pred[k]] -= c;
          }
        }
        if (gold[k] !== pred[k] || gp !== pp) {
          trans[gp * NTAGS + gold[k]]++;
          transAcc[gp * NTAGS + gold[k]] += c;
          trans[pp * NTAGS + pred[k]]--;
          transAcc[pp * NTAGS + pred[k]] -= c;
        }
      }
      c++;
    }
  }
  for (let i = 0; i < size; i++) emit[i] -= emitAcc[i] / c;
  for (let i = 0; i < trans.length; i++) trans[i] -= transAcc[i] / c;
  return { mask: MASK, emit, trans };
}

const STATEMENT = new Set(['direct', 'partial', 'indirect']);
function predictions(docs: readonly Doc[], w: TaggerWeights | null): Map<string, PredDoc> {
  const out = new Map<string, PredDoc>();
  for (const d of docs) {
    const drafts: Draft[] = oneStatementPerContent(w ? refineWithModel(d.source.view, d.seg, d.rules, w, null) : d.rules.drafts);
    out.set(d.gold.id, {
      id: d.gold.id,
      quotes: drafts.filter((q) => STATEMENT.has(q.kind)).map((q) => ({ start: q.content[0], end: q.content[1], speakerStart: q.source?.[0] ?? null, speakerEnd: q.source?.[1] ?? null, cueStart: q.cue?.[0] ?? null, cueEnd: q.cue?.[1] ?? null, kind: q.kind })),
    });
  }
  return out;
}

function predictionsOf(docs: readonly Doc[], drafts: readonly Draft[][]): Map<string, PredDoc> {
  const out = new Map<string, PredDoc>();
  docs.forEach((d, i) => {
    out.set(d.gold.id, {
      id: d.gold.id,
      quotes: drafts[i].filter((q) => STATEMENT.has(q.kind)).map((q) => ({ start: q.content[0], end: q.content[1], speakerStart: q.source?.[0] ?? null, speakerEnd: q.source?.[1] ?? null, cueStart: q.cue?.[0] ?? null, cueEnd: q.cue?.[1] ?? null, kind: q.kind })),
    });
  });
  return out;
}

/** Statements of each document by a tagger that did not train on it: fold k's documents by the tagger of the other folds. */
function outOfFold(docs: readonly Doc[], folds: number, taggers?: TaggerWeights[]): { drafts: Draft[]; tagged: TaggedParagraph[] }[] {
  const ws = taggers ?? Array.from({ length: folds }, (_, k) => decodeModel(encodeModel(train(docs.filter((_, i) => i % folds !== k).flatMap((d) => d.paragraphs), EPOCHS), {}, PRUNE)));
  return docs.map((d, i) => modelDrafts(d.source.view, d.seg, d.rules, ws[i % folds]));
}

const RANK_BITS = Number(flag('--rank-bits', '18'));
const RANK_MASK = (1 << RANK_BITS) - 1;
const RANK_EPOCHS = Number(flag('--rank-epochs', '6'));

function examplesOf(docs: readonly Doc[], oof: ReturnType<typeof outOfFold>): RankExample[][] {
  let unreachable = 0;
  let n = 0;
  const out = docs.map((d, i) => {
    const r = rankExamples(d.gold.text, oof[i].drafts, oof[i].tagged, d.gold.quotes, RANK_MASK);
    unreachable += r.unreachable;
    n += r.examples.length;
    return r.examples;
  });
  console.error(`ranker: ${n} boundary examples, ${unreachable} gold boundaries outside the candidates`);
  return out;
}

/**
 * Where recall goes: the gold relations no statement overlaps, by what the tagger tagged of them
 * (nothing; content and cue, with or without a source; the rest), and the commonest last words of
 * the cues of those it tagged nothing of.
 */
function recallReport(docs: readonly Doc[], pred: Map<string, PredDoc>, oof: ReturnType<typeof outOfFold>): void {
  const hits = (a0: number, a1: number, spans: readonly { start: number; end: number }[]) => spans.some((x) => Math.min(a1, x.end) > Math.max(a0, x.start));
  const counts = new Map<string, number>();
  const cues = new Map<string, number>();
  const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  docs.forEach((d, i) => {
    const ours = pred.get(d.gold.id)?.quotes ?? [];
    const tagged = { S: [] as { start: number; end: number }[], C: [] as { start: number; end: number }[], Q: [] as { start: number; end: number }[] };
    for (const p of oof[i].tagged) for (const x of spansOf(p.tags)) tagged[x.role].push({ start: p.tokens[x.from].start, end: p.tokens[x.to - 1].end });
    for (const q of d.gold.quotes) {
      add(counts, 'gold');
      if (hits(q.start, q.end, ours)) continue;
      add(counts, `missed (${q.kind})`);
      const content = hits(q.start, q.end, tagged.Q);
      const cue = q.cueStart != null && hits(q.cueStart, q.cueEnd!, tagged.C);
      const source = q.speakerStart != null && hits(q.speakerStart, q.speakerEnd!, tagged.S);
      add(counts, !content && !cue && !source ? 'missed, nothing tagged' : content && cue ? `missed, content and cue tagged${source ? ', source too' : ', no source'}` : 'missed, partly tagged');
      if (!content && !cue && !source) add(cues, q.cueStart != null ? (d.gold.text.slice(q.cueStart, q.cueEnd!).toLowerCase().match(/[a-z']+/g) ?? ['?']).slice(-1)[0] : '(no cue)');
    }
  });
  for (const [k, n] of counts) console.log(`  ${k.padEnd(48)} ${n}`);
  console.log(`  cues of those tagged nothing of: ${[...cues].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([w, n]) => `${w} ${n}`).join(', ')}`);
}

function report(label: string, docs: readonly Doc[], pred: Map<string, PredDoc>) {
  const gold = new Map(docs.map((d) => [d.gold.id, d.gold]));
  const s = score(gold, pred, null, 0.3);
  const f = (k: 'content_overlap' | 'content_exact' | 'source_exact' | 'cue_exact' | 'end_to_end') => s[k].F1.toFixed(3);
  const line = `overlap ${f('content_overlap')} (P ${s.content_overlap.P.toFixed(3)} R ${s.content_overlap.R.toFixed(3)})  content exact ${f('content_exact')}  source ${f('source_exact')}  cue ${f('cue_exact')}  e2e ${f('end_to_end')}  speaker ${s.speaker_acc}`;
  console.log(`${label.padEnd(14)} ${line}`);
  // As npm run eval scores kinds: our direct and partial statements against gold direct and mixed.
  const ours = new Map([...pred].map(([id, p]) => [id, { ...p, quotes: p.quotes.filter((q) => q.kind === 'direct' || q.kind === 'partial') }]));
  const dm = score(gold, ours, new Set(['direct', 'mixed']), 0.3);
  console.log(`${''.padEnd(14)} direct+mixed: overlap ${dm.content_overlap.F1.toFixed(3)}  e2e ${dm.end_to_end.F1.toFixed(3)}  speaker ${dm.speaker_acc}`);
  return line;
}

const t0 = performance.now();
const lines = readFileSync(dataFile, 'utf8').split('\n').filter((l) => l.trim());
const docs = lines.map(prepare);
const nTokens = docs.reduce((n, d) => n + d.paragraphs.reduce((m, p) => m + p.p.tokens.length, 0), 0);
console.error(`${docs.length} documents, ${nTokens} tokens prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

if (CV > 0) {
  const all = new Map<string, PredDoc>();
  const rulesOnly = predictions(docs, null);
  const taggers: TaggerWeights[] = [];
  for (let k = 0; k < CV; k++) {
    const trainDocs = docs.filter((_, i) => i % CV !== k);
    const held = docs.filter((_, i) => i % CV === k);
    const w = decodeModel(encodeModel(train(trainDocs.flatMap((d) => d.paragraphs), EPOCHS), {}, PRUNE));
    taggers.push(w);
    for (const [id, p] of predictions(held, w)) all.set(id, p);
    let ok = 0, n = 0, ruleOk = 0;
    const confusion = new Int32Array(NTAGS * NTAGS);
    for (const d of held) for (const { p, gold } of d.paragraphs) {
      const t = viterbi(p, w);
      for (let j = 0; j < gold.length; j++) { n++; if (t[j] === gold[j]) ok++; if (p.ruleTags[j] === gold[j]) ruleOk++; confusion[gold[j] * NTAGS + t[j]]++; }
    }
    const cnt = { g: 0, p: 0, r: 0, pm: 0, rm: 0 } as Record<string, number>;
    for (const d of held) for (const { p, gold } of d.paragraphs) {
      const key = (x: { role: string; from: number; to: number }) => `${x.role}${x.from},${x.to}`;
      const gs = new Set(spansOf(gold).map(key));
      const ps = spansOf(viterbi(p, w)).map(key);
      const rs = spansOf(p.ruleTags).map(key);
      cnt.g += gs.size; cnt.p += ps.length; cnt.r += rs.length;
      cnt.pm += ps.filter((x) => gs.has(x)).length; cnt.rm += rs.filter((x) => gs.has(x)).length;
      for (const role of ['S', 'C', 'Q']) {
        cnt['g' + role] = (cnt['g' + role] ?? 0) + [...gs].filter((x) => x[0] === role).length;
        cnt['p' + role] = (cnt['p' + role] ?? 0) + ps.filter((x) => x[0] === role).length;
        cnt['m' + role] = (cnt['m' + role] ?? 0) + ps.filter((x) => x[0] === role && gs.has(x)).length;
        cnt['r' + role] = (cnt['r' + role] ?? 0) + rs.filter((x) => x[0] === role).length;
        cnt['rm' + role] = (cnt['rm' + role] ?? 0) + rs.filter((x) => x[0] === role && gs.has(x)).length;
      }
    }
    if (k === 0 && args.includes('--cue-errors')) {
      const miss = new Map<string, number>(), fals = new Map<string, number>(), part = new Map<string, number>();
      for (const d of held) for (const { p, gold } of d.paragraphs) {
        const pt = viterbi(p, w);
        const gs = spansOf(gold).filter((x) => x.role === 'C'), ps = spansOf(pt).filter((x) => x.role === 'C');
        const txt = (x: { from: number; to: number }) => p.tokens.slice(x.from, x.to).map((t) => t.lower || t.text).join(' ');
        for (const g of gs) { const hit = ps.find((x) => x.from < g.to && g.from < x.to); const m = hit ? (hit.from === g.from && hit.to === g.to ? null : part) : miss; if (m) { const key = hit ? `${txt(g)} / ${txt(hit)}` : txt(g); m.set(key, (m.get(key) ?? 0) + 1); } }
        for (const x of ps) if (!gs.some((g) => x.from < g.to && g.from < x.to)) fals.set(txt(x), (fals.get(txt(x)) ?? 0) + 1);
      }
      const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([t, n]) => `${t}:${n}`).join(' | ');
      console.error('MISSED', [...miss.values()].reduce((a, b) => a + b, 0), top(miss));
      console.error('PARTIAL', [...part.values()].reduce((a, b) => a + b, 0), top(part));
      console.error('FALSE', [...fals.values()].reduce((a, b) => a + b, 0), top(fals));
    }
    for (const role of ['S', 'C', 'Q']) console.error(`  ${role}: model F1 ${((2 * cnt['m' + role]) / (cnt['g' + role] + cnt['p' + role])).toFixed(3)} rules F1 ${((2 * cnt['rm' + role]) / (cnt['g' + role] + cnt['r' + role])).toFixed(3)}`);
    console.error(`fold ${k + 1}: spans gold ${cnt.g}, model ${cnt.p} (${cnt.pm} exact), rules ${cnt.r} (${cnt.rm} exact)`);
    if (args.includes('--confusion')) for (let g = 0; g < NTAGS; g++) console.error(`  gold ${g}: ${Array.from(confusion.slice(g * NTAGS, g * NTAGS + NTAGS)).join(' ')}`);
    console.error(`fold ${k + 1}: token accuracy ${(ok / n).toFixed(4)} (rules ${(ruleOk / n).toFixed(4)})`);
    const dir = flag('--fold-models');
    if (dir) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `fold-${k}.json`), JSON.stringify({ fold: k, of: CV, model: encodeModel({ ...w, emit: Float64Array.from(w.emit), trans: Float64Array.from(w.trans) }, { fold: k }, PRUNE) }));
    }
    console.error(`fold ${k + 1}/${CV} done at ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  report('rules only', docs, rulesOnly);
  report(`model (cv ${CV})`, docs, all);
  // The ranker, cross-validated on the same folds: trained on the others' out-of-fold statements.
  const oof = outOfFold(docs, CV, taggers);
  const ex = examplesOf(docs, oof);
  const ranked: Draft[][] = new Array(docs.length);
  for (let k = 0; k < CV; k++) {
    const b = trainRanker(ex.filter((_, i) => i % CV !== k).flat(), RANK_EPOCHS, RANK_MASK, SEED);
    const held = ex.filter((_, i) => i % CV === k).flat();
    const right = (side: string, top: (e: RankExample) => number) => held.filter((e) => e.problem.side === side && e.gold.includes(top(e))).length / held.filter((e) => e.problem.side === side).length;
    const ranked1 = (e: RankExample) => e.problem.candidates.indexOf(choose(e.problem, b));
    if (k === 0 && flag('--rank-errors')) {
      const lines: string[] = [];
      for (const e of held) {
        const top = ranked1(e);
        if (e.gold.includes(top)) continue;
        const pr = e.problem;
        const g = pr.candidates[e.gold[0]], c = pr.candidates[top], cur = pr.candidates[pr.current];
        const lo = Math.min(g.k, c.k, cur.k), hi = Math.max(g.k, c.k, cur.k);
        const mark = (j: number) => (pr.side === 'start' ? `${j === g.k ? '[G' : ''}${j === c.k ? '[C' : ''}${j === cur.k ? '[R' : ''}${e.tokens[j].text}` : `${e.tokens[j].text}${j === g.k ? 'G]' : ''}${j === c.k ? 'C]' : ''}${j === cur.k ? 'R]' : ''}`);
        const ctx = [];
        for (let j = Math.max(0, lo - 5); j <= Math.min(e.tokens.length - 1, hi + 5); j++) ctx.push(mark(j));
        lines.push(`${pr.side} ${e.kind} gold@${g.k - cur.k} chose@${c.k - cur.k}: ${ctx.join(' ')}`);
      }
      writeFileSync(flag('--rank-errors')!, lines.join('\n'));
    }
    console.error(`fold ${k + 1} ranker: start right ${right('start', (e) => e.problem.current).toFixed(3)} -> ${right('start', ranked1).toFixed(3)}, end ${right('end', (e) => e.problem.current).toFixed(3)} -> ${right('end', ranked1).toFixed(3)}`);
    docs.forEach((d, i) => {
      if (i % CV === k) ranked[i] = withRankedBoundaries(d.source.view, d.seg, oof[i].drafts, oof[i].tagged, b);
    });
  }
  const final = predictionsOf(docs, ranked.map(oneStatementPerContent));
  report(`+ranker (cv ${CV})`, docs, final);
  if (args.includes('--recall')) recallReport(docs, final, oof);
} else {
  const w = train(docs.flatMap((d) => d.paragraphs), EPOCHS);
  const file = encodeModel(w, {
    data: 'PolNeAR (Newell, Margolin & Ruths, LREC 2018), converted to JSONL in the shared data folder',
    split: `train (${docs.length} documents, ${nTokens} tokens)`,
    command: `npm run train -- --epochs ${EPOCHS} --bits ${BITS}`,
    model: 'averaged structured perceptron, BIO tags of source / cue / content, hashed features, rules as features',
    epochs: EPOCHS,
    seed: SEED,
    date: flag('--date', new Date().toISOString().slice(0, 10)),
    prune: PRUNE,
  }, PRUNE);
  const out = flag('--out') ?? resolve(here, '../../src/attribution/model/span-model.json');
  file.provenance.figures = {
    'train, in-sample (this command)': report('train (in-sample)', docs, predictions(docs, decodeModel(file))),
    'train, 4-fold cross-validated': 'npm run train -- --cv 4',
    'dev, rules and model': 'npm run eval -- --span-model',
  };
  writeFileSync(out, JSON.stringify(file) + '\n');
  console.error(`wrote ${out} (${(JSON.stringify(file).length / 1024).toFixed(0)} KB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  // The ranker learns from statements of taggers that did not see their documents (4 folds of train).
  const ranker = trainRanker(examplesOf(docs, outOfFold(docs, 4)).flat(), RANK_EPOCHS, RANK_MASK, SEED);
  const bfile = encodeBoundaries(ranker, {
    data: 'PolNeAR (Newell, Margolin & Ruths, LREC 2018), converted to JSONL in the shared data folder',
    split: `train (${docs.length} documents), statements of 4 held-out folds`,
    command: `npm run train -- --epochs ${EPOCHS} --bits ${BITS} --rank-epochs ${RANK_EPOCHS} --rank-bits ${RANK_BITS}`,
    model: 'averaged perceptron ranking the candidate first and last words of each statement',
    epochs: RANK_EPOCHS,
    seed: SEED,
    date: flag('--date', new Date().toISOString().slice(0, 10)),
    figures: { 'train, 4-fold cross-validated': 'npm run train -- --cv 4', 'dev, rules and model': 'npm run eval -- --span-model' },
  });
  const bout = flag('--boundaries-out') ?? resolve(here, '../../src/attribution/model/boundary-model.json');
  writeFileSync(bout, JSON.stringify(bfile) + '\n');
  console.error(`wrote ${bout} (${(JSON.stringify(bfile).length / 1024).toFixed(0)} KB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

if (args.includes('--oracle')) {
  // The decoder alone: gold tags turned into relations, scored (the ceiling of tags-then-relations).
  const { relationsOf, documentRelations } = await import('../../src/attribution/model/relations.js');
  const pred = new Map<string, PredDoc>();
  for (const d of docs) {
    const rel = documentRelations(d.paragraphs.map(({ p, gold }) => relationsOf(p, gold)));
    pred.set(d.gold.id, { id: d.gold.id, quotes: rel.map((r) => ({ start: r.content[0], end: r.content[1], speakerStart: r.source?.[0] ?? null, speakerEnd: r.source?.[1] ?? null, cueStart: r.cue[0], cueEnd: r.cue[1] })) });
  }
  report('oracle tags', docs, pred);
  const rp = new Map<string, PredDoc>();
  let same = 0, total = 0, ruleSame = 0;
  for (const d of docs) {
    const rel = documentRelations(d.paragraphs.map(({ p }) => relationsOf(p, p.ruleTags)));
    for (const { p, gold } of d.paragraphs) for (let k = 0; k < gold.length; k++) { total++; if (p.ruleTags[k] === gold[k]) ruleSame++; }
    rp.set(d.gold.id, { id: d.gold.id, quotes: rel.map((r) => ({ start: r.content[0], end: r.content[1], speakerStart: r.source?.[0] ?? null, speakerEnd: r.source?.[1] ?? null, cueStart: r.cue[0], cueEnd: r.cue[1] })) });
  }
  report('rule tags', docs, rp);
  console.log('rule tag accuracy', (ruleSame / total).toFixed(4), same);
}
