import { cueVerbs } from '../lexicons/index.js';
import { DOCUMENT_NOUNS, FINDING_NOUNS, GROUP_NOUNS, ROLE_WORDS, VENUE_NOUNS } from '../lexicons/word-sets.js';
import { quoteBeforeName, quoteEndsWithComma, type Token } from './tokens.js';

export interface CueMatch {
  /** Token range [from, to) of the cue. */
  from: number;
  to: number;
  lemma: string;
  strength: number;
  takesAddressee: boolean;
  /** 'source-after': the speaker follows the cue ("according to X"). */
  type: 'verb' | 'source-after';
  /** Gerund or participle ("saying", "adding"): the subject is the main clause's. */
  participle: boolean;
  /** Reports a belief, intention, finding or stance rather than speech ("shows", "wants"). */
  attitude: boolean;
  /** Passive with its agent after "by": "was asked by X", "were echoed by X"; the cue runs from the auxiliary to the verb. */
  passive?: boolean;
  /** Where the cue's words start when they run before the verb the speaker hangs on ("began by saying"). */
  lead?: number;
}

interface Entry {
  words: string[];
  lemma: string;
  strength: number;
  takesAddressee: boolean;
  type: CueMatch['type'];
  participle: boolean;
  attitude: boolean;
  /** "was decided by voters": its passive with an agent reports nothing. */
  noPassiveAgent: boolean;
}

const byFirst = new Map<string, Entry[]>();
const add = (e: Entry) => {
  const list = byFirst.get(e.words[0]) ?? [];
  list.push(e);
  list.sort((a, b) => b.words.length - a.words.length);
  byFirst.set(e.words[0], list);
};
for (const [lemma, v] of Object.entries(cueVerbs.verbs) as [string, { forms: string[]; strength: number; takesAddressee?: boolean; attitude?: boolean; noPassiveAgent?: boolean }][]) {
  for (const f of v.forms) add({ words: f.split(' '), lemma, strength: v.strength, takesAddressee: !!v.takesAddressee, type: 'verb', participle: /ing$/.test(f.split(' ')[0]), attitude: !!v.attitude, noPassiveAgent: !!v.noPassiveAgent });
}
for (const p of cueVerbs.phrases) add({ words: p.text.split(' '), lemma: p.text, strength: p.strength, takesAddressee: false, type: 'source-after', participle: false, attitude: false, noPassiveAgent: true });

export { AUXILIARIES, DETERMINERS, DOCUMENT_NOUNS, GROUP_NOUNS, HONORIFICS, PRONOUNS, ROLE_WORDS, VENUE_NOUNS } from '../lexicons/word-sets.js';

/** Cue verbs that are speech only next to a quotation ("went on", "reacted"). */
const FRAMING_ONLY = new Set(['go on', 'react']);

/** The auxiliaries of a passive: "they are asked", "was told", "got called". */
const PASSIVE_AUX = /^(is|are|was|were|be|been|being|get|got)$/;

/** Cue forms that are far more often nouns. */
const NOUN_FIRST = new Set(['states', 'state']);

const introducesWords = (next: Token | undefined) => !!next && (next.kind === 'quote' || next.text === ':' || next.lower === 'that');
// A capital opening the sentence says nothing; a name's does ("Swing states", "Clinton states").
const speakerHead = (t: Token | undefined, first: boolean) =>
  !!t && t.kind === 'word' && (/^(he|she|it|they|who)$/.test(t.lower) || DOCUMENT_NOUNS.has(t.lower) || FINDING_NOUNS.has(t.lower) || ROLE_WORDS.has(t.lower) || GROUP_NOUNS.has(t.lower) || (t.cap && !/^\d/.test(t.text) && !t.tags?.has('Adjective') && (!first || !!t.tags?.has('ProperNoun'))));

const closesClause = (t: Token | undefined) => !t || t.text === '.' || t.text === ',' || t.text === ';';
const nameWord = (t: Token | undefined) => !!t && t.kind === 'word' && (t.cap || /^(he|she|they)$/.test(t.lower));
/** '"...," Trump added': the cue follows a quotation and a name. */
const afterQuotedName = (tokens: readonly Token[], i: number) => quoteBeforeName(tokens, i) >= 0;

/** '"...," the Saudis state': a quotation ending in a comma, then at most four words, then the verb. */
function afterQuotedPhrase(tokens: readonly Token[], i: number, words = 4): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= words && tokens[k].kind === 'word') k--;
  return k < i - 1 && quoteEndsWithComma(tokens[k]);
}

/**
 * '"...," Viguerie notes.' and '"...," notes Viguerie.': a quotation, a name and the cue closing the
 * clause make the cue a verb, whatever the tagger read ("notes", "points out" after an unknown name).
 */
function invertedAfterQuote(tokens: readonly Token[], i: number, len: number): boolean {
  if (afterQuotedName(tokens, i) && closesClause(tokens[i + len])) return true;
  if (tokens[i - 1]?.kind !== 'quote') return false;
  let j = i + len;
  while (j < tokens.length && j - i - len < 3 && nameWord(tokens[j])) j++;
  return j > i + len && closesClause(tokens[j]);
}

/** The word before token i, past adverbs ("are widely expected"). */
function beforeAdverbs(tokens: readonly Token[], i: number): string | undefined {
  let k = i - 1;
  while (k > 0 && tokens[k].kind === 'word' && (/ly$/.test(tokens[k].lower) || /^(also|still|not|now|long|already|first)$/.test(tokens[k].lower))) k--;
  return tokens[k]?.kind === 'word' ? tokens[k].lower : undefined;
}

/** The cue starting at token i, if any (longest phrase first). */
export function cueAt(tokens: readonly Token[], i: number, titleCase = false): CueMatch | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const list = byFirst.get(t.lower);
  if (!list) return null;
  for (const e of list) {
    if (!wordsMatch(tokens, i, e)) continue;
    // A capitalized cue word mid-sentence is a name ("Will", "Read", "Post"), not a verb.
    if (!titleCase && t.cap && i > 0 && tokens[i - 1].kind === 'word' && e.type === 'verb') continue;
    const prevWord = tokens[i - 1]?.lower;
    if (e.type === 'verb' && prevWord && /['\u2019]s?$/.test(prevWord) && prevWord !== "'s") continue; // "Ginsburg's comments"
    // "they are asked", "was told": passive, the subject is not the speaker.
    if (e.type === 'verb' && /ed$|told|written|said/.test(t.lower) && PASSIVE_AUX.test(beforeAdverbs(tokens, i) ?? '')) {
      const passive = passiveWithAgent(tokens, i, e);
      if (passive) return passive;
      continue;
    }
    const next = tokens[i + e.words.length];
    if (NOUN_FIRST.has(t.lower) && nounHere(tokens, i, next)) continue;
    if (saysNothingHere(tokens, i, e, next)) continue;
    if (taggerReadsNoVerb(tokens, i, e, next)) continue;
    return { from: i, to: i + e.words.length, lemma: e.lemma, strength: e.strength, takesAddressee: e.takesAddressee, type: e.type, participle: e.participle, attitude: e.attitude };
  }
  return null;
}

function wordsMatch(tokens: readonly Token[], i: number, e: Entry): boolean {
  for (let k = 1; k < e.words.length; k++) if (tokens[i + k]?.lower !== e.words[k]) return false;
  return true;
}

/** A form that is a noun first ("states", "report") is one here, unless it follows its speaker or a quotation. */
function nounHere(tokens: readonly Token[], i: number, next: Token | undefined): boolean {
  // "states that vote", "the state that ...": these forms are nouns unless the tagger says verb.
  if (!tokens[i].tags?.has('Verb') && !afterQuotedPhrase(tokens, i)) return true;
  // "in six states that ...", "swing states": the noun. The verb follows its speaker's head
  // ("The report states that", "she states:") and introduces words.
  if (introducesWords(next) && speakerHead(tokens[i - 1], i - 1 === 0)) return false;
  if (afterQuotedPhrase(tokens, i)) return false;
  // '"...," a voice-over in the ad states.': after a quotation, a longer phrase, then the clause's end.
  return !(closesClause(tokens[i + 1]) && afterQuotedPhrase(tokens, i, 7));
}

/** Cue words that say nothing in this company: going on, appearing somewhere, adding to something. */
function saysNothingHere(tokens: readonly Token[], i: number, e: Entry, next: Token | undefined): boolean {
  const prevWord = tokens[i - 1]?.lower;
  // "continues to grow": an aspect verb, not a speaker going on.
  if (e.lemma === 'continue' && next?.lower === 'to') return true;
  // '"...," he went on.', '"...," reacted Trump.', 'Trump reacted: "..."': these are speech only
  // next to the quotation they frame.
  if (FRAMING_ONLY.has(e.lemma) && !(afterQuotedName(tokens, i) && closesClause(next)) && !invertedAfterQuote(tokens, i, e.words.length) && next?.text !== ':') return true;
  // "a radio show on Monday", "the talk show": a venue word after another is the compound's noun.
  if (VENUE_NOUNS.has(tokens[i].lower) && (VENUE_NOUNS.has(prevWord ?? '') || prevWord === 'talk')) return true;
  // "appeared on CNN", "Appearing before supporters, ...": appearing somewhere says nothing; only
  // "appears to", "appeared pleased" report a stance.
  if (e.lemma === 'appear' && /^(on|before|at|in|with|alongside|onstage|together|for)$/.test(next?.lower ?? '')) return true;
  // "may add to his team": adding to something is not adding words.
  // After a quotation and its speaker it is words again: '"...," Trump added to People.'
  return e.lemma === 'add' && next?.lower === 'to' && !afterQuotedName(tokens, i);
}

/**
 * compromise knows when "report", "call" or "plan" is a noun here: a verb of less than full strength
 * the tagger reads as no verb is none, unless what stands around it makes it one.
 */
function taggerReadsNoVerb(tokens: readonly Token[], i: number, e: Entry, next: Token | undefined): boolean {
  const tags = tokens[i].tags;
  if (e.type !== 'verb' || !tags || tags.has('Verb') || tags.has('Gerund') || tags.has('PastTense') || e.strength >= 1) return false;
  // A comma after a speech verb introduces its words ("said, ..."); after "plan" or "hope" it ends a noun.
  if (next && (next.kind === 'quote' || next.text === ':' || (next.text === ',' && !e.attitude) || next.lower === 'that')) return false;
  // "records show", "polls suggest": after a finding, the tagger's noun reading of the verb is wrong.
  const prevWord = tokens[i - 1]?.lower;
  if (prevWord && (FINDING_NOUNS.has(prevWord) || DOCUMENT_NOUNS.has(prevWord))) return false;
  return !verbAfterName(tokens, i) && !invertedAfterQuote(tokens, i, e.words.length) && !afterQuotedPhrase(tokens, i);
}

/**
 * "Sanders was asked by host Bill Maher", "Clinton's attacks were echoed by her campaign": a cue in the
 * passive names its speaker after "by" (PolNeAR marks the agent as the source). The cue runs from the
 * auxiliary to the verb, as the corpus mostly marks it ("was first reported").
 */
function passiveWithAgent(tokens: readonly Token[], i: number, e: Entry): CueMatch | null {
  if (e.words.length !== 1 || e.noPassiveAgent || tokens[i + 1]?.lower !== 'by' || tokens[i + 2]?.kind !== 'word') return null;
  let k = i - 1;
  while (k > 0 && tokens[k].kind === 'word' && !PASSIVE_AUX.test(tokens[k].lower)) k--;
  while (k > 0 && tokens[k - 1].kind === 'word' && /^(has|have|had|will|would|could|may|might|been)$/.test(tokens[k - 1].lower)) k--;
  return { from: k, to: i + 1, lemma: e.lemma, strength: e.strength, takesAddressee: false, type: 'verb', participle: false, attitude: e.attitude, passive: true };
}

/**
 * "Anthony describes her as ...", "the FBI lists ...": a third-person verb form right after a name or
 * "he"/"she"/"it", which the tagger reads as a plural noun (train: e2e +0.0005, speaker +0.0002).
 */
function verbAfterName(tokens: readonly Token[], i: number): boolean {
  if (!/[^s]s$/.test(tokens[i].lower)) return false;
  // "Her aide, Jake Sullivan, calls ...": the name may close an appositive.
  const k = tokens[i - 1]?.text === ',' && appositiveOpened(tokens, i - 2) ? i - 2 : i - 1;
  const prev = tokens[k];
  if (prev?.kind !== 'word') return false;
  if (k === i - 1 && /^(he|she|it)$/.test(prev.lower)) return true;
  return prev.cap && !!prev.tags && (prev.tags.has('Person') || prev.tags.has('Organization') || prev.tags.has('ProperNoun'));
}

/** A comma within the six words before `at` opens the appositive that ends there, with no verb between. */
function appositiveOpened(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(1, at - 6); k--) {
    const t = tokens[k];
    if (t.text === ',') return true;
    if (t.kind !== 'word' || t.tags?.has('Verb')) return false;
  }
  return false;
}
