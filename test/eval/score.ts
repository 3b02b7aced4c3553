// A line-by-line port of ../shared/eval/score_quotes.py: same matching, trimming and rounding, so
// `npm run eval` prints the reference scorer's figures (test/eval-agreement.test.ts checks it).

export interface GoldQuote {
  start: number;
  end: number;
  kind: string;
  speaker?: string | null;
  speakerStart?: number | null;
  speakerEnd?: number | null;
  cueStart?: number | null;
  cueEnd?: number | null;
}
export interface GoldDoc {
  id: string;
  text: string;
  quotes: GoldQuote[];
}
export interface PredQuote {
  start: number;
  end: number;
  speakerStart?: number | null;
  speakerEnd?: number | null;
  speaker?: string | null;
  cueStart?: number | null;
  cueEnd?: number | null;
  confidence?: number;
  /** Our statement kind (direct, partial, indirect); ignored by the scorer. */
  kind?: string;
}
export interface PredDoc {
  id: string;
  quotes: PredQuote[];
}

const TRIM = new Set(' \t\r\n"\'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a`.,;:!?\u2014\u2013-');
export const ov = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
const norm = (s: string | null | undefined) => ((s ?? '').toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).join(' ');

export function trim(text: string, s: number | null | undefined, e: number | null | undefined): string | null {
  if (s === null || s === undefined || e === null || e === undefined) return null;
  while (s < e && TRIM.has(text[s])) s++;
  while (e > s && TRIM.has(text[e - 1])) e--;
  return `${s},${e}`;
}
const prf = (tp: number, npred: number, ngold: number) => {
  const p = npred ? tp / npred : 0;
  const r = ngold ? tp / ngold : 0;
  return { P: round(p), R: round(r), F1: round(p + r ? (2 * p * r) / (p + r) : 0) };
};
// Python's round() is round-half-even on the exact binary value; toFixed rounds exact ties up. A tie at
// four decimals, k + 0.5 ten-thousandths, is a binary fraction only when x * 32 is an odd integer (21/32).
const round = (x: number) => {
  const t = x * 32;
  if (Number.isInteger(t) && Math.abs(t % 2) === 1) {
    const lo = Math.floor(x * 1e4);
    return (lo % 2 === 0 ? lo : lo + 1) / 1e4;
  }
  return Number(x.toFixed(4));
};

export function greedy<G, P>(gq: G[], pq: P[], score: (g: G, p: P) => number, thr: number): [number, number][] {
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  gq.forEach((q, gi) => {
    let best = 0;
    let bi: number | null = null;
    pq.forEach((p, i) => {
      if (used.has(i)) return;
      const s = score(q, p);
      if (s > best) {
        best = s;
        bi = i;
      }
    });
    if (bi !== null && best >= thr) {
      used.add(bi);
      pairs.push([gi, bi]);
    }
  });
  return pairs;
}

const inter = <T>(a: Set<T>, b: Set<T>) => [...a].filter((x) => b.has(x)).length;
const setOf = (xs: (string | null)[]) => new Set(xs.filter((x): x is string => x !== null));

export interface Scores {
  gold: number;
  predicted: number;
  kinds: string[] | 'all';
  overlap_threshold: number;
  content_overlap: { P: number; R: number; F1: number };
  content_jaccard50: { P: number; R: number; F1: number };
  content_exact: { P: number; R: number; F1: number };
  source_exact: { P: number; R: number; F1: number };
  cue_exact: { P: number; R: number; F1: number };
  end_to_end: { P: number; R: number; F1: number };
  speaker_acc: number | null;
  speaker_string_acc: number | null;
  ece?: number;
  with_confidence?: number;
  /** Not in the reference output: (confidence, correct) pairs for precision-at-threshold reports. */
  calibration: [number, boolean][];
}

/** Scores predictions against gold exactly as score_quotes.py does. */
export function score(gold: Map<string, GoldDoc>, pred: Map<string, PredDoc>, kinds: Set<string> | null, thr = 0.3): Scores {
  const c = { ngold: 0, npred: 0, ov: 0, jac: 0, ex: 0, e2e: 0, spk_n: 0, spk_hit: 0, spk_str: 0, src_g: 0, src_p: 0, src_tp: 0, cue_g: 0, cue_p: 0, cue_tp: 0 };
  const calib: [number, boolean][] = [];
  for (const [did, g] of gold) {
    const text = g.text;
    const allg = g.quotes;
    const gq = allg.filter((q) => kinds === null || kinds.has(q.kind));
    const other = allg.filter((q) => !gq.includes(q));
    let pq = pred.get(did)?.quotes ?? [];
    if (kinds !== null)
      pq = pq.filter((p) => !(other.some((o) => ov(p.start, p.end, o.start, o.end)) && !gq.some((q) => ov(p.start, p.end, q.start, q.end))));
    c.ngold += gq.length;
    c.npred += pq.length;
    c.ex += inter(setOf(gq.map((q) => trim(text, q.start, q.end))), setOf(pq.map((p) => trim(text, p.start, p.end))));
    const gsrc = setOf(gq.map((q) => trim(text, q.speakerStart, q.speakerEnd)));
    const psrc = setOf(pq.map((p) => trim(text, p.speakerStart, p.speakerEnd)));
    c.src_g += gsrc.size;
    c.src_p += psrc.size;
    c.src_tp += inter(gsrc, psrc);
    const gcue = setOf(gq.map((q) => trim(text, q.cueStart, q.cueEnd)));
    const pcue = setOf(pq.map((p) => trim(text, p.cueStart, p.cueEnd)));
    c.cue_g += gcue.size;
    c.cue_p += pcue.size;
    c.cue_tp += inter(gcue, pcue);
    const asym = (q: GoldQuote, p: PredQuote) => ov(q.start, q.end, p.start, p.end) / Math.max(1, q.end - q.start);
    const jacc = (q: GoldQuote, p: PredQuote) => ov(q.start, q.end, p.start, p.end) / Math.max(1, Math.max(q.end, p.end) - Math.min(q.start, p.start));
    c.jac += greedy(gq, pq, jacc, 0.5).length;
    const pairs = greedy(gq, pq, asym, thr);
    c.ov += pairs.length;
    const correct = new Set<number>();
    for (const [gi, pi] of pairs) {
      const q = gq[gi];
      const p = pq[pi];
      let hit: boolean;
      if (q.speakerStart !== null && q.speakerStart !== undefined) {
        c.spk_n++;
        hit = p.speakerStart !== null && p.speakerStart !== undefined && ov(q.speakerStart, q.speakerEnd!, p.speakerStart, p.speakerEnd!) > 0;
        if (hit) c.spk_hit++;
        if (norm(p.speaker) === norm(q.speaker) && !!norm(q.speaker)) c.spk_str++;
      } else hit = p.speakerStart === null || p.speakerStart === undefined;
      if (hit) {
        c.e2e++;
        correct.add(pi);
      }
    }
    pq.forEach((p, i) => {
      if (typeof p.confidence === 'number') calib.push([p.confidence, correct.has(i)]);
    });
  }
  const out: Scores = {
    gold: c.ngold,
    predicted: c.npred,
    kinds: kinds ? [...kinds].sort() : 'all',
    overlap_threshold: thr,
    content_overlap: prf(c.ov, c.npred, c.ngold),
    content_jaccard50: prf(c.jac, c.npred, c.ngold),
    content_exact: prf(c.ex, c.npred, c.ngold),
    source_exact: prf(c.src_tp, c.src_p, c.src_g),
    cue_exact: prf(c.cue_tp, c.cue_p, c.cue_g),
    end_to_end: prf(c.e2e, c.npred, c.ngold),
    speaker_acc: c.spk_n ? round(c.spk_hit / c.spk_n) : null,
    speaker_string_acc: c.spk_n ? round(c.spk_str / c.spk_n) : null,
    calibration: calib,
  };
  if (calib.length) {
    out.ece = round(expectedCalibrationError(calib));
    out.with_confidence = calib.length;
  }
  return out;
}

/** Expected calibration error over ten equal-width bins of the confidence (the reference scorer's). */
export function expectedCalibrationError(pairs: readonly (readonly [number, boolean | number])[]): number {
  const bins: (readonly [number, boolean | number])[][] = Array.from({ length: 10 }, () => []);
  for (const pair of pairs) bins[Math.min(9, Math.max(0, Math.trunc(pair[0] * 10)))].push(pair);
  let ece = 0;
  for (const b of bins) {
    if (!b.length) continue;
    const mc = b.reduce((s, [x]) => s + x, 0) / b.length;
    const acc = b.reduce((s, [, y]) => s + (y ? 1 : 0), 0) / b.length;
    ece += Math.abs(mc - acc) * b.length;
  }
  return pairs.length ? ece / pairs.length : 0;
}
