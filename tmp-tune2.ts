import { readFileSync } from 'node:fs';
import { buildBm25, type Bm25Data } from './src/factcheck/bm25.js';
import { terms } from './src/factcheck/text.js';
const base = '../shared/data/claim-retrieval/clef2020-t2/';
const claims = readFileSync(base + 'vclaims.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const load = (f: string) => readFileSync(base + f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const train = load('queries.train.jsonl'), dev = load('queries.dev.jsonl');
const docTerms = claims.map((c) => [...terms(c.claim), ...terms(c.title ?? '')]);
const idx = buildBm25(docTerms);
function score(index: Bm25Data, q: Map<string, number>): Map<number, number> {
  const scores = new Map<number, number>();
  const { k1, b, docs, avgLength, lengths, postings } = index;
  for (const [t, w] of q) {
    const list = Object.prototype.hasOwnProperty.call(postings, t) ? postings[t] : undefined;
    if (!list) continue;
    const df = list.length / 2;
    const idf = Math.log(1 + (docs - df + 0.5) / (df + 0.5));
    for (let k = 0; k < list.length; k += 2) {
      const d = list[k], tf = list[k + 1];
      scores.set(d, (scores.get(d) ?? 0) + w * idf * ((tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * lengths[d]) / avgLength))));
    }
  }
  return scores;
}
const rank = (s: Map<number, number>) => [...s].sort((a, b) => b[1] - a[1]);
function run(qs: any[], fbDocs: number, fbTerms: number, alpha: number) {
  let map = 0;
  for (const q of qs) {
    const qt = new Map<string, number>();
    for (const t of terms(q.text)) qt.set(t, 1);
    let r = rank(score(idx, qt));
    if (fbDocs > 0) {
      const fb = new Map<string, number>();
      r.slice(0, fbDocs).forEach(([d, s], k) => { const w = s / r[0][1]; for (const t of new Set(docTerms[d])) fb.set(t, (fb.get(t) ?? 0) + w); });
      const extra = [...fb].filter(([t]) => !qt.has(t)).sort((a, b) => b[1] - a[1]).slice(0, fbTerms);
      const q2 = new Map(qt);
      for (const [t, w] of extra) q2.set(t, alpha * w / fbDocs);
      r = rank(score(idx, q2));
    }
    const ranked = r.slice(0, 5).map(([i]) => claims[i].id);
    const rel = new Set(q.relevantIds); let hits = 0, ap = 0;
    ranked.forEach((id, k) => { if (rel.has(id)) { hits++; ap += hits / (k + 1); } });
    map += ap / Math.min(rel.size, 5);
  }
  return (map / qs.length).toFixed(4);
}
console.log('base', run(train, 0, 0, 0), run(dev, 0, 0, 0));
for (const fd of [1, 3]) for (const ft of [5, 10]) for (const a of [0.2, 0.5]) console.log(`fb ${fd} docs ${ft} terms a ${a}`, run(train, fd, ft, a), run(dev, fd, ft, a));
let shown = 0;
for (const q of train) {
  const qt = new Map<string, number>(); for (const t of terms(q.text)) qt.set(t, 1);
  const r = rank(score(idx, qt)).slice(0, 5).map(([i]) => claims[i].id);
  if (r[0] !== q.relevantIds[0] && shown++ < 12) {
    const rel = claims.find((c) => c.id === q.relevantIds[0]);
    console.log('\nQ:', q.text.slice(0, 250).replace(/\n/g, ' '), '\nREL:', rel.claim, '|', rel.title, '\nGOT:', claims.find((c) => c.id === r[0]).claim.slice(0, 150), ' rank of rel:', r.indexOf(q.relevantIds[0]));
  }
}
