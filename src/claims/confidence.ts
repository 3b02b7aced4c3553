import type { Draft } from '../attribution/index.js';
import { cueVerbs } from '../lexicons/index.js';
import model from './confidence-model.json';

type Model = { bias: number; weights: Record<string, number> };
type Target = 'statement' | 'content' | 'speaker';
/** The three logistic models (end to end, content span, speaker), as confidence-model.json holds them. */
export type ConfidenceModels = Record<Target, Model>;
const MODELS = model.models as ConfidenceModels;
/** Platt scaling of each model's log-odds, fitted on the statements kept after the nested-statement filter. */
const KEPT = ((model as { kept?: Record<Target, { a: number; b: number }> }).kept ?? null);
const VERBS = cueVerbs.verbs as Record<string, { strength: number; attitude?: boolean }>;

const bucket = (n: number, edges: number[], names: string[]) => names[edges.findIndex((e) => n <= e)] ?? names[names.length - 1];

/**
 * The evidence behind a statement as named features: the pattern that found it, the cue, how the
 * speaker was found, the content's shape. They are the statement's `trace` and the confidence model's input.
 */
export function confidenceFeatures(d: Draft, speakerTrace: readonly string[], unclosed: boolean, contentWords: number): string[] {
  const f = new Set<string>([`kind:${d.kind}`]);
  for (const e of d.evidence) f.add(e.startsWith('venue:') ? 'venue' : e);
  const verb = d.cueLemma ? VERBS[d.cueLemma] : undefined;
  if (verb) {
    f.add(`strength:${verb.strength >= 0.9 ? 'high' : verb.strength >= 0.7 ? 'mid' : 'low'}`);
    if (verb.attitude) f.add('cue:attitude');
  }
  f.add(`source-kind:${d.sourceKind ?? 'none'}`);
  if (d.sourceFromContext) f.add('source:context');
  if (d.appositive) f.add('source:appositive');
  for (const t of speakerTrace) f.add(t.startsWith('pronoun:') ? (t.endsWith(':unresolved') ? 'pronoun:unresolved' : 'pronoun:resolved') : t.startsWith('speaker:description->') ? 'speaker:description-link' : t);
  if (d.headline) f.add('headline');
  if (unclosed) f.add('quote:unclosed');
  if (d.segments.length > 1) f.add('segments:several');
  f.add(`length:${bucket(contentWords, [3, 8, 20, 40], ['1-3', '4-8', '9-20', '21-40', '41+'])}`);
  return [...f];
}

// A model's weights as a Map: looked up with every statement's feature names, which a JSON object,
// with keys of every shape, serves far slower. Kept per model object (fits pass their own).
const weightMaps = new WeakMap<Model, Map<string, number>>();
function weightMap(m: Model): Map<string, number> {
  let w = weightMaps.get(m);
  if (!w) weightMaps.set(m, (w = new Map(Object.entries(m.weights))));
  return w;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The log-odds of each target under the fitted models (the shipped ones unless given), before any filtering.
 * @example confidenceLogits(['kind:direct', 'cue:say', 'source-kind:name']).statement; // > 0: more likely right than not
 */
export function confidenceLogits(features: readonly string[], models: ConfidenceModels = MODELS): Record<Target, number> {
  const z = (m: Model) => {
    const w = weightMap(m);
    let s = 0;
    for (const f of features) s += w.get(f) ?? 0;
    return m.bias + s;
  };
  return { statement: z(models.statement), content: z(models.content), speaker: z(models.speaker) };
}

/**
 * A probability from log-odds, to the three decimals statements carry.
 * @example toProbability(0); // 0.5
 */
export const toProbability = (z: number): number => round(sigmoid(z));

/**
 * Calibrated probabilities from the features, by logistic models fitted on the PolNeAR train split
 * (see confidence-model.json for provenance): that the statement is right end to end (content and
 * speaker), that its content span is exact, and that its speaker mention is right. `screen` is the
 * end-to-end probability among all candidate statements, which the nested-statement filter reads;
 * the three others are calibrated on the statements that filter keeps, the ones a user sees.
 */
export function confidences(features: readonly string[]): { statement: number; content: number; speaker: number; screen: number } {
  const z = confidenceLogits(features);
  const kept = (t: Target) => toProbability(KEPT ? KEPT[t].a * z[t] + KEPT[t].b : z[t]);
  return { statement: kept('statement'), content: kept('content'), speaker: kept('speaker'), screen: toProbability(z.statement) };
}
