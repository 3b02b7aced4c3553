// What the check-worthiness model reads of a sentence: the kind of claim it makes (numbers and
// their units, comparisons, causes, promises, hedges, opinions, questions), who says it and where in
// the exchange (the reply to a question, the moderator's turn), and its word stems. The named
// features are what should hold on debates the model never saw; the stems are kept only when they
// were seen across several debates (see fit-checkworthiness.ts).
import { terms } from './text.js';
import { leadingWords } from '../text/words.js';

/**
 * A sentence's place in its transcript or article, when known.
 * @example scoreCheckworthiness('Crime fell 20 percent.', { previous: 'What about crime?', turnStart: true });
 */
export interface CheckworthinessContext {
  /** The sentence before, and after. */
  previous?: string | null;
  next?: string | null;
  /** Whether the sentence opens its speaker's turn, and closes it. */
  turnStart?: boolean;
  turnEnd?: boolean;
  /** The share of the speaker's sentences that are questions (a moderator's or interviewer's is high). */
  speakerQuestions?: number;
  /** The speaker's share of the transcript's sentences. */
  speakerShare?: number;
}

const MID_SENTENCE_CAPITALIZED = /(?<![.!?]\s)\b\p{Lu}[\p{L}]+/gu;
const NUMBER = /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|trillion|percent|half|double|triple|dozen)\b/i;
const COMPARISON = /\b(more|less|fewer|most|least|than|highest|lowest|largest|smallest|biggest|increase[ds]?|decrease[ds]?|rose|fell|doubled|tripled|cut|grew|dropped|record|ever|first|only|never)\b/i;
const SUPERLATIVE = /\b(highest|lowest|largest|smallest|biggest|greatest|worst|best|fastest|slowest|strongest|weakest|poorest|richest|record|ever|all-time|number one)\b/i;
const CAUSAL = /\b(because|caused?|causes|due to|led to|leads? to|result(ed|s)? in|thanks to|since|so that)\b/i;
const OPINION = /\b(i think|i believe|i feel|in my opinion|great|terrible|wonderful|horrible|beautiful|amazing|disaster|incredible|tremendous|love|hate|should|must|ought)\b/i;
const PREDICTION = /\b(will|going to|gonna|would|plan to|intend to|next year)\b/i;
const PROMISE = /\b(i|we)(?:'ll| will| are going to|'re going to| am going to|'m going to)\b/i;
const HEDGE = /\b(maybe|perhaps|probably|possibly|might|i guess|i suppose|kind of|sort of)\b/i;
const PAST_FACT = /\b(was|were|had|did|voted|passed|signed|spent|lost|won|created|raised|cut|increased|decreased|said)\b/i;
const PERFECT = /\b(has|have|had)\s+(been|\w+ed)\b/i;
const NEGATION = /n[’']t\b|\b(not|never|no|nobody|nothing)\b/i;
const YEAR = /\b(19|20)\d\d\b/;
const STATS = /\b(percent|rate|jobs|tax(es)?|million|billion|trillion|unemployment|deficit|debt|crime|wages?|income|budget|spending|dollars?|\$)/i;
const PERCENT = /\d\s*%|\bper ?cent\b/i;
const MONEY = /\$\s?\d|\b(dollars?|billion|trillion)\b/i;
const QUANTITY = /\b\d[\d,.]*\s+(?:[a-z]+\s+)?(people|jobs|years|times|percent|dollars|miles|troops|americans|workers|children|women|men|countries|states|cases|votes|deaths|lives|immigrants|families|companies|members|points)\b/i;
const ATTRIBUTION = /\b(said|says|according to|reported|report)\b/i;
const GREETING = /^(thank you|thanks|good (evening|morning|night)|hello|applause|laughter|crosstalk)/i;
const STAGE = /^\s*[[(][^\])]*[\])]\s*$/;
const DISCOURSE = /^(well|look|so|and|but|now|ok|okay|yes|no)\b/i;
const FIRST_SINGULAR = /\b(I|me|my|I'm|I've|I'll|I'd)\b/;
const FIRST_PLURAL = /\b(we|our|us)\b/i;
const SECOND = /\byou\b/i;

/**
 * Whether a line is a stage direction of a transcript ("[Applause]", "(LAUGHTER)"): no claim.
 * @example isStageDirection('[Applause]'); // true
 */
export const isStageDirection = (text: string) => STAGE.test(text);

/** The named features of the sentence alone. */
function sentenceFeatures(t: string, f: string[]): void {
  const words = t.split(/\s+/).filter(Boolean).length;
  const flag = (test: boolean, name: string) => void (test && f.push(name));
  flag(NUMBER.test(t), 'has:number');
  flag(YEAR.test(t), 'has:year');
  flag(STATS.test(t), 'has:statistic');
  flag(PERCENT.test(t), 'has:percent');
  flag(MONEY.test(t), 'has:money');
  flag(QUANTITY.test(t), 'has:quantity');
  flag(COMPARISON.test(t), 'has:comparison');
  flag(SUPERLATIVE.test(t), 'has:superlative');
  flag(CAUSAL.test(t), 'has:causal');
  flag(OPINION.test(t), 'has:opinion');
  flag(PREDICTION.test(t), 'has:prediction');
  flag(PROMISE.test(t), 'has:promise');
  flag(HEDGE.test(t), 'has:hedge');
  flag(PAST_FACT.test(t), 'has:past-fact');
  flag(PERFECT.test(t), 'has:perfect');
  flag(NEGATION.test(t), 'has:negation');
  flag(ATTRIBUTION.test(t), 'has:attribution');
  flag(/\?\s*$/.test(t), 'is:question');
  flag(GREETING.test(t), 'is:greeting');
  flag(DISCOURSE.test(t), 'starts:discourse');
  flag(FIRST_SINGULAR.test(t), 'person:i');
  flag(FIRST_PLURAL.test(t), 'person:we');
  flag(SECOND.test(t), 'person:you');
  const caps = (t.slice(1).match(MID_SENTENCE_CAPITALIZED) ?? []).length;
  if (caps) f.push(caps >= 3 ? 'entities:3+' : 'entities:1-2');
  f.push(`length:${words <= 5 ? '1-5' : words <= 12 ? '6-12' : words <= 25 ? '13-25' : '26+'}`);
}

/** The named features of the sentence's place in its transcript. */
function contextFeatures(c: CheckworthinessContext, f: string[]): void {
  if (c.previous != null && /\?\s*$/.test(c.previous)) f.push('ctx:after-question');
  if (c.previous != null && NUMBER.test(c.previous)) f.push('ctx:previous-number');
  if (c.next != null && NUMBER.test(c.next)) f.push('ctx:next-number');
  if (c.turnStart) f.push('ctx:turn-start');
  if (c.turnEnd) f.push('ctx:turn-end');
  if (c.speakerQuestions !== undefined) f.push(c.speakerQuestions >= 0.2 ? 'ctx:speaker-asks' : 'ctx:speaker-answers');
  if (c.speakerShare !== undefined) f.push(c.speakerShare < 0.05 ? 'ctx:speaker-minor' : c.speakerShare >= 0.3 ? 'ctx:speaker-major' : 'ctx:speaker-some');
}

/**
 * The words of a text that are scored: its first 400. A longer content is a passage, not the sentence the
 * model was fitted on (one of the 59,197 CLEF sentences here is longer, and 1 of 16,000 PolNeAR train claims), and
 * reading every nested clause whole ("A said that B said that ...", a thousand times in one unpunctuated
 * transcript) made scoring a document's claims quadratic.
 */
const MAX_WORDS = 400;

/** The text up to the end of its max-th word (the whole text when it has fewer). */
function wordPrefix(t: string, max: number): string {
  const { count, end } = leadingWords(t, max);
  return count < max ? t : t.slice(0, end);
}

/**
 * The features of a sentence: named structural ones, those of its context when given, then its word stems (`w:`).
 * @example checkworthinessFeatures('Taxes rose 12% in 2023.'); // ['has:number', 'has:year', ..., 'w:tax', 'w:rose', ...]
 */
export function checkworthinessFeatures(text: string, context?: CheckworthinessContext): string[] {
  const f: string[] = [];
  const t = wordPrefix(text.trim(), MAX_WORDS);
  sentenceFeatures(t, f);
  if (context) contextFeatures(context, f);
  for (const w of new Set(terms(t))) f.push(`w:${w}`);
  return f;
}

/**
 * The context of each sentence of a transcript: its neighbours, its speaker's turns, and how much and
 * how the speaker talks (questions, share of the sentences).
 * @example transcriptContexts([{ text: 'What about taxes?', speaker: 'MODERATOR' }, { text: 'Taxes fell.', speaker: 'SMITH' }])[1].turnStart; // true
 */
export function transcriptContexts(sentences: readonly { text: string; speaker?: string | null }[]): CheckworthinessContext[] {
  const bySpeaker = new Map<string, { n: number; questions: number }>();
  for (const s of sentences) {
    const k = s.speaker ?? '';
    const e = bySpeaker.get(k) ?? { n: 0, questions: 0 };
    e.n++;
    if (/\?\s*$/.test(s.text)) e.questions++;
    bySpeaker.set(k, e);
  }
  const known = sentences.some((s) => s.speaker);
  return sentences.map((s, i) => {
    const speaker = bySpeaker.get(s.speaker ?? '')!;
    return {
      previous: i > 0 ? sentences[i - 1].text : null,
      next: i + 1 < sentences.length ? sentences[i + 1].text : null,
      ...(known
        ? {
            turnStart: i === 0 || sentences[i - 1].speaker !== s.speaker,
            turnEnd: i + 1 === sentences.length || sentences[i + 1].speaker !== s.speaker,
            speakerQuestions: speaker.questions / speaker.n,
            speakerShare: speaker.n / sentences.length,
          }
        : {}),
    };
  });
}

/**
 * Each sentence's stronger neighbour logit (the one before or after it in the transcript), or
 * -Infinity for a lone sentence: a claim often runs over two sentences, so a sentence takes a share
 * of it. Shared by the scorer and the fitter, which chose the share.
 * @example strongerNeighbours([0, 2, -1]); // [2, 0, 2]
 */
export function strongerNeighbours(logits: readonly number[]): number[] {
  return logits.map((_, k) => Math.max(logits[k - 1] ?? -Infinity, logits[k + 1] ?? -Infinity));
}
