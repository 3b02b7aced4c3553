import { checkworthinessFeatures, isStageDirection, strongerNeighbours, transcriptContexts, type CheckworthinessContext } from './checkworthiness-features.js';
import model from './checkworthiness-model.json';

/**
 * How check-worthy a sentence or claim is, and why.
 * @example const c: Checkworthiness = scoreCheckworthiness('Taxes rose 12% in 2023.');
 */
export interface Checkworthiness {
  /** Probability-like score in [0, 1]: how likely fact-checkers would pick this sentence. */
  score: number;
  label: 'check-worthy' | 'maybe' | 'not check-worthy';
  /** The named features present, strongest contribution first. */
  features: { name: string; weight: number }[];
}

const M = model as { bias: number; calibration?: { a: number; b: number }; neighbours?: number; weights: Record<string, number>; thresholds: { checkworthy: number; maybe: number } };
const A = M.calibration?.a ?? 1;
const B = M.calibration?.b ?? 0;
const SHARE = M.neighbours ?? 0;
// Looked up by every word of every claim: a Map, not the JSON object of thousands of keys.
const WEIGHTS = new Map(Object.entries(M.weights));

/**
 * Scores how check-worthy a sentence or claim is: the probability that fact-checkers would pick it,
 * from the kind of claim it makes (numbers and units, comparisons, causes, promises, hedges,
 * opinions, questions), its context when given (see `scoreTranscript`), and word stems seen across
 * several debates, with a logistic model fitted on the CLEF CheckThat! train splits (shipped as
 * data, see its provenance).
 * @example
 * scoreCheckworthiness('Unemployment fell to 3.5 percent last year, the lowest in 50 years.').label; // 'check-worthy'
 * scoreCheckworthiness('Thank you all very much.').label; // 'not check-worthy'
 */
export function scoreCheckworthiness(claimOrSentence: string | { text: string }, context?: CheckworthinessContext): Checkworthiness {
  const text = typeof claimOrSentence === 'string' ? claimOrSentence : claimOrSentence.text;
  return fromLogit(rawLogit(text, context));
}

/** The model's logit before calibration, with the features that make it; null for a stage direction. */
function rawLogit(text: string, context?: CheckworthinessContext): { z: number; used: { name: string; weight: number }[] } | null {
  if (isStageDirection(text)) return null;
  let z = M.bias;
  const used: { name: string; weight: number }[] = [];
  for (const name of checkworthinessFeatures(text, context)) {
    const raw = WEIGHTS.get(name);
    if (raw === undefined) continue;
    z += raw;
    // Each weight as it counts in the calibrated score.
    const w = A * raw;
    if (!name.startsWith('w:') || Math.abs(w) > 0.5) used.push({ name, weight: Math.round(w * 1000) / 1000 });
  }
  return { z, used };
}

function fromLogit(raw: ReturnType<typeof rawLogit>): Checkworthiness {
  if (!raw) return { score: 0, label: 'not check-worthy', features: [{ name: 'is:stage-direction', weight: 0 }] };
  const score = Math.round((1 / (1 + Math.exp(-(A * raw.z + B)))) * 10000) / 10000;
  const used = [...raw.used].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return { score, label: score >= M.thresholds.checkworthy ? 'check-worthy' : score >= M.thresholds.maybe ? 'maybe' : 'not check-worthy', features: used.slice(0, 12) };
}

/**
 * Scores every sentence of a transcript (a debate, an interview, a speech) with its context: the
 * sentence before and after, its speaker's turns, and whether the speaker mostly asks (a moderator).
 * @example
 * scoreTranscript([
 *   { text: 'What will you do about crime?', speaker: 'MODERATOR' },
 *   { text: 'Crime fell 20 percent in my state.', speaker: 'SMITH' },
 * ]).map((c) => c.label); // ['not check-worthy', 'check-worthy']
 */
export function scoreTranscript(sentences: readonly { text: string; speaker?: string | null }[]): Checkworthiness[] {
  const contexts = transcriptContexts(sentences);
  const raw = sentences.map((s, i) => rawLogit(s.text, contexts[i]));
  // A claim often runs over two sentences: each takes a share of its stronger neighbour's logit
  // (stage directions are no neighbours; the share was chosen on debates held out in training).
  const neighbours = strongerNeighbours(raw.filter((r) => r !== null).map((r) => r.z));
  let k = 0;
  return raw.map((r) => {
    if (!r || !SHARE) return fromLogit(r);
    const neighbour = neighbours[k++];
    if (!Number.isFinite(neighbour)) return fromLogit(r);
    return fromLogit({ z: r.z + SHARE * neighbour, used: [...r.used, { name: 'ctx:neighbour', weight: Math.round(A * SHARE * neighbour * 1000) / 1000 }] });
  });
}
