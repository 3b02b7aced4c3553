import { terms } from './text.js';
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

const M = model as { bias: number; weights: Record<string, number>; thresholds: { checkworthy: number; maybe: number } };

const NUMBER = /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|trillion|percent|half|double|triple|dozen)\b/i;
const COMPARISON = /\b(more|less|fewer|most|least|than|highest|lowest|largest|smallest|biggest|increase[ds]?|decrease[ds]?|rose|fell|doubled|tripled|cut|grew|dropped|record|ever|first|only|never)\b/i;
const CAUSAL = /\b(because|caused?|causes|due to|led to|leads? to|result(ed|s)? in|thanks to|since|so that)\b/i;
const OPINION = /\b(i think|i believe|i feel|in my opinion|great|terrible|wonderful|horrible|beautiful|amazing|disaster|incredible|tremendous|love|hate|should|must|ought)\b/i;
const PREDICTION = /\b(will|going to|gonna|would|plan to|intend to|next year)\b/i;
const PAST_FACT = /\b(was|were|had|did|voted|passed|signed|spent|lost|won|created|raised|cut|increased|decreased|said)\b/i;
const YEAR = /\b(19|20)\d\d\b/;
const STATS = /\b(percent|rate|jobs|tax(es)?|million|billion|trillion|unemployment|deficit|debt|crime|wages?|income|budget|spending|dollars?|\$)/i;
const GREETING = /^(thank you|thanks|good (evening|morning|night)|hello|applause|laughter|crosstalk)/i;

/** The named features of a text (structural cues, then its word stems). */
export function checkworthinessFeatures(text: string): string[] {
  const f: string[] = [];
  const t = text.trim();
  const words = t.split(/\s+/).filter(Boolean).length;
  if (NUMBER.test(t)) f.push('has:number');
  if (YEAR.test(t)) f.push('has:year');
  if (STATS.test(t)) f.push('has:statistic');
  if (COMPARISON.test(t)) f.push('has:comparison');
  if (CAUSAL.test(t)) f.push('has:causal');
  if (OPINION.test(t)) f.push('has:opinion');
  if (PREDICTION.test(t)) f.push('has:prediction');
  if (PAST_FACT.test(t)) f.push('has:past-fact');
  if (/\?\s*$/.test(t)) f.push('is:question');
  if (GREETING.test(t)) f.push('is:greeting');
  const caps = (t.slice(1).match(/(?<![.!?]\s)\b\p{Lu}[\p{L}]+/gu) ?? []).length;
  if (caps) f.push(caps >= 3 ? 'entities:3+' : 'entities:1-2');
  f.push(`length:${words <= 5 ? '1-5' : words <= 12 ? '6-12' : words <= 25 ? '13-25' : '26+'}`);
  for (const w of new Set(terms(t))) f.push(`w:${w}`);
  return f;
}

/**
 * Scores how check-worthy a sentence or claim is, from structural features (numbers, comparisons,
 * named entities, causal and factual verbs, opinion, predictions, questions) and word stems, with a
 * logistic model fitted on the CLEF CheckThat! train splits (shipped as data, see its provenance).
 * @example
 * scoreCheckworthiness('Unemployment fell to 3.5 percent last year, the lowest in 50 years.').label; // 'check-worthy'
 * scoreCheckworthiness('Thank you all very much.').label; // 'not check-worthy'
 */
export function scoreCheckworthiness(claimOrSentence: string | { text: string }): Checkworthiness {
  const text = typeof claimOrSentence === 'string' ? claimOrSentence : claimOrSentence.text;
  const fs = checkworthinessFeatures(text);
  let z = M.bias;
  const used: { name: string; weight: number }[] = [];
  for (const name of fs) {
    const w = M.weights[name];
    if (w === undefined) continue;
    z += w;
    if (!name.startsWith('w:') || Math.abs(w) > 0.5) used.push({ name, weight: Math.round(w * 1000) / 1000 });
  }
  const score = Math.round((1 / (1 + Math.exp(-z))) * 10000) / 10000;
  used.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return { score, label: score >= M.thresholds.checkworthy ? 'check-worthy' : score >= M.thresholds.maybe ? 'maybe' : 'not check-worthy', features: used.slice(0, 12) };
}
