import { MAX_CLAUSE_TOKENS, type Token } from './tokens.js';

/**
 * "Trump is expected to win Florida": an expectation nobody in the sentence holds. News reports it as
 * attributed (to unnamed forecasters), and PolNeAR annotates 60 of the 68 in its train split, with the
 * whole clause as content and no source. Token ranges of the cue ("is expected") and the content.
 */
export interface Expectation {
  cue: [number, number];
  content: [number, number];
}

const BE = /^(is|are|was|were|be|been)$/;
const ADVERB = /^(widely|also|still|now|generally|largely|not|only|already)$/;
const CLAUSE_OPENERS = /^(and|but|or|so|while|because|although|though|as|if|when|since|after|before|once|until|where)$/;
const RELATIVE = /^(who|which|that)$/;

// How far back a subject is read before "is expected to": a subject of news is far shorter, and a
// sentence of nothing but words would otherwise be read whole for each of its cues.
const MAX_SUBJECT_WORDS = 40;

/**
 * Every "BE (adverb) expected to VERB" in a sentence's tokens, outside the ranges already attributed.
 * @example findExpectations(tokens, () => false); // [{ cue: [1, 3], content: [0, 8] }] for "Trump is expected to win Florida on Tuesday"
 */
export function findExpectations(tokens: readonly Token[], taken: (from: number, to: number) => boolean): Expectation[] {
  const out: Expectation[] = [];
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (tokens[i].kind !== 'word' || !BE.test(tokens[i].lower)) continue;
    let k = i + 1;
    while (k < tokens.length && tokens[k].kind === 'word' && ADVERB.test(tokens[k].lower)) k++;
    if (tokens[k]?.lower !== 'expected' || tokens[k + 1]?.lower !== 'to' || tokens[k + 2]?.kind !== 'word') continue;
    // The subject runs back to the clause's start: a boundary mark, a conjunction, or a relative pronoun (kept).
    let from = i;
    while (from > 0 && i - from <= MAX_SUBJECT_WORDS) {
      const t = tokens[from - 1];
      if (t.kind !== 'word' || CLAUSE_OPENERS.test(t.lower)) break;
      from--;
      if (RELATIVE.test(t.lower)) break;
    }
    if (from === i || i - from > MAX_SUBJECT_WORDS) continue;
    let to = k + 2;
    while (to < tokens.length && to - k < MAX_CLAUSE_TOKENS && tokens[to].kind === 'word') to++;
    if (taken(from, to)) continue;
    out.push({ cue: [i, k + 1], content: [from, to] });
    i = to;
  }
  return out;
}
