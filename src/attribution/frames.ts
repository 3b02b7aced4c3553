import type { OutletIndex } from '../lexicons/outlet-index.js';
import { lexiconTag } from '../nlp/compromise-adapter.js';
import { AUXILIARIES, DETERMINERS, cueAt, type CueMatch } from './cues.js';
import { FINDING_NOUNS, STATEMENT_NOUNS } from '../lexicons/word-sets.js';
import { auxiliaryOrAdverb, dashClauseSubject, DAY_WORD, mentionAfter, mentionBefore, occasionPhrase, subjectAfterOpeningParticiple, subjectOf, subordinateSubject, wordRunEnd, type MentionMatch } from './mentions.js';
import { clauseStart, quoteBeforeName, quoteEndsWithComma, wordCount, type Token } from './tokens.js';
import { addresseeAfter, dateIn, venueIn, type VenueMatch } from './venue.js';

/** An attribution frame: who (mention), the cue, and what it governs, as token ranges. */
export interface Frame {
  cue: CueMatch;
  mention: MentionMatch | null;
  /** Token range the frame occupies (mention, cue, addressee, adjuncts). */
  from: number;
  to: number;
  addressee: [number, number] | null;
  venue: VenueMatch | null;
  date: [number, number] | null;
  /** 'inverted': "said X"; 'subject': "X said"; 'according': "according to X"; 'participle': ", saying"; 'passive': "was asked by X". */
  order: 'subject' | 'inverted' | 'according' | 'participle' | 'passive';
  /** A participle opening its sentence ("After saying ..., X left"): where its phrase ends (token index, exclusive). */
  openingEnd?: number;
  trace: string[];
}

const COORD = /^(and|but)$/;
const NOT_WORD_CHAR = /[^\p{L}\p{N}\s'-]/gu;
const CAPITALIZED = /^\p{Lu}/u;


/** Cue verbs whose object is the addressee or the statement, not a reported clause's subject. */
const OBJECT_CUES = new Set(['email', 'issue', 'write', 'text', 'message']);

/**
 * Whether the phrase at token `from` is the object of the sentence's own verb: a finite verb before
 * it, and no cue word (after "X says", the phrase opens the reported clause: "says the polls showing").
 */
function objectOfVerb(tokens: readonly Token[], from: number): boolean {
  let verb = false;
  for (let k = from - 1; k >= clauseStart(tokens); k--) {
    const t = tokens[k];
    // "Minutes later, she sent an email saying": the verb and its subject come before the clause's comma.
    if (t.kind === 'quote' || (t.kind === 'punct' && /^[,;:.!?]$/.test(t.text))) return verb;
    if (t.kind !== 'word') continue;
    const cue = cueAt(tokens, k);
    // "emailed supporters saying", "issued a statement describing": an addressee or the statement
    // itself is the object; after "says" the phrase is the reported clause's subject.
    if (cue) return cue.to >= from && (cue.takesAddressee || OBJECT_CUES.has(cue.lemma));
    if (t.lower === 'that') return false;
    if (t.tags?.has('Verb') && (t.tags.has('PastTense') || t.tags.has('PresentTense') || t.tags.has('Copula'))) verb = true;
  }
  return verb;
}
/** Who speaks a cue, in which order, and where the frame's speaker part ends (token index). */
interface CueSpeaker {
  mention: MentionMatch | null;
  order: Frame['order'];
  to: number;
  /** A participle opening its sentence: where its phrase ends. */
  openingEnd?: number;
}

/** "according to X", "per X": the source after the cue, or null when there is none. */
function accordingSpeaker(tokens: readonly Token[], cue: CueMatch): CueSpeaker | null {
  const parsed = mentionAfter(tokens, cue.to, tokens.length, true);
  const whole = sourceUpToBoundary(tokens, cue.to);
  // "according to early results of the exit polls conducted for ...": the source runs to the clause's end.
  let mention = parsed && (!whole || parsed.appositive || whole.to <= parsed.to) ? parsed : whole;
  if (!mention) return null;
  // "According to officials, the plant will close": what follows the comma is the content.
  if (mention.appositive && cue.from <= 1) mention = { ...mention, appositive: null };
  // "according to a senior official who spoke on the condition of anonymity": the relative clause is the source's.
  const relativeEnd = mention.appositive ? -1 : relativeClauseEnd(tokens, mention.to);
  if (relativeEnd > 0) mention = { ...mention, to: relativeEnd };
  return { mention, order: 'according', to: mention.to };
}

/**
 * A verb cue's speaker: the mention before it ("X said"), the clause's subject for a participle
 * (", saying") or an infinitive ("went on to say"), the object of a causative ("led X to say"), else
 * the mention after it ('"Q," said X') or the subject a coordinated verb shares. Null when the cue
 * frames nothing. May widen the cue leftwards over the predicate, as the corpus marks it.
 */
function verbSpeaker(tokens: readonly Token[], cue: CueMatch, trace: string[]): CueSpeaker | null {
  if (cue.passive) {
    // "echoed by her campaign, who highlighted ...": a relative clause after the agent is its own frame.
    const agent = mentionAfter(tokens, cue.to + 1);
    if (!agent) return null;
    const relative = !!agent.appositive && /^(who|which)$/.test(tokens[agent.appositive[0]]?.lower ?? '');
    const mention = relative ? { ...agent, appositive: null } : agent;
    return { mention, order: 'passive', to: mention.appositive ? mention.appositive[1] : mention.to };
  }
  // ", saying ...", "— saying ...", "by saying ...", "after initially saying ...": the main clause's subject speaks.
  const lead = tokens[skipAux(tokens, cue.from - 1)];
  // "Citing the attack as a wake-up call, Will urged": a participle opening the sentence, too.
  const opensSentence = cue.participle && cue.from === clauseStart(tokens) && /ing$/.test(tokens[cue.from].lower);
  // ", recently telling ...": the adverbs between the comma and the participle are the cue's.
  const leadAt = skipAux(tokens, cue.from - 1);
  const adverbsOnly = tokens.slice(leadAt + 1, cue.from).every((t) => !/^(is|are|was|were|be|been|being|has|have|had|am)$/.test(t.lower));
  if (cue.participle && leadAt < cue.from - 1 && adverbsOnly && isPunct(lead, ',\u2014\u2013')) cue.from = leadAt + 1;
  const participial = cue.participle && (opensSentence || isPunct(tokens[cue.from - 1], ',\u2014\u2013') || prepositionalAside(tokens, cue.from) || quoteEndsWithComma(tokens[cue.from - 1]) || (lead?.kind === 'word' && /^(by|after|while|before|when|in|for|from|without|despite|since|upon|besides)$/.test(lead.lower)));
  const mention = participial ? null : mentionBeforeVerb(tokens, cue, trace);
  // "X made a pitch to voters saying ...", "X was heard on a microphone telling ...": a gerund right
  // after the object of the clause's verb has the clause's subject for its speaker.
  const afterObject = !participial && cue.participle && !!mention && mention.kind !== 'pronoun' && objectOfVerb(tokens, mention.from) && !!subjectOf(tokens, mention.from);
  if (participial || afterObject) {
    const speaker = participleFrameSpeaker(tokens, cue, trace, participial, afterObject ? mention : null);
    leadBeforeParticiple(tokens, cue, trace);
    return speaker;
  }
  if (mention) {
    infinitiveLead(tokens, cue, mention, trace);
    return { mention, order: 'subject', to: cue.to };
  }
  return speakerAfterOrShared(tokens, cue, trace);
}

/**
 * "refused to say", "trying to tell", "to declare": an infinitive cue holds its "to", and the predicate
 * that governs it when that follows the speaker within five words, as PolNeAR marks it (train: 40 of 42
 * such cues hold at least the "to").
 */
function infinitiveLead(tokens: readonly Token[], cue: CueMatch, mention: MentionMatch, trace: string[]): void {
  const to = cue.lead ?? cue.from;
  if (cue.participle || tokens[to - 1]?.lower !== 'to' || mention.to > to - 1) return;
  const gap = tokens.slice(mention.to, to - 1);
  cue.lead = gap.length <= 5 && gap.every((t) => t.kind === 'word') ? mention.to : to - 1;
  // The governing verb keeps its own statement ("Trump refused" what follows), as the corpus has both.
  trace.push('cue:infinitive');
}

/**
 * The mention before a verb cue that speaks: the phrase right before it, past an occasion ("Sanders
 * during a rally thanked"); else the object of a causative ("led X to say") or an infinitive's subject
 * ("went on to say"), either of which widens the cue leftwards.
 */
function mentionBeforeVerb(tokens: readonly Token[], cue: CueMatch, trace: string[]): MentionMatch | null {
  let mention = mentionBefore(tokens, cue.from);
  if (mention?.appositive && invertedName(tokens, cue)) mention = null;
  if (mention && !cue.participle && occasionPhrase(tokens, mention)) {
    const subject = subjectBeforeAdverbial(tokens, mention.from - 1);
    if (subject?.coordinated) trace.push('source:coordinated');
    mention = subject?.mention ?? null;
  }
  if (mention) return mention;
  const caused = causedSpeaker(tokens, cue.from);
  if (caused) {
    cue.from--;
    trace.push('source:caused');
    return caused;
  }
  // "He went on to say", "Trump was quick to add": an infinitive cue's speaker is its clause's subject.
  if (tokens[cue.from - 1]?.lower !== 'to' || cue.attitude || !(cue.strength >= 0.8 || (NAMING.test(cue.lemma) && !nounComplement(tokens[cue.from - 2])))) return null;
  const subject = passiveInfinitiveSubject(tokens, cue.from - 1) ?? subjectOf(tokens, cue.from - 1);
  if (!subject) return null;
  trace.push('source:infinitive');
  // The cue is the whole predicate up to the verb ("went on to say"), as the corpus marks it.
  if (cue.from - subject.to <= 5) cue.from = subject.to;
  return subject;
}

/** "began by saying", "responded first by calling", "was magnanimous in declaring": words before a participle that the cue holds. */
function leadBeforeParticiple(tokens: readonly Token[], cue: CueMatch, trace: string[]): void {
  const course = discourseVerbBefore(tokens, cue.from);
  const predicate = course < 0 ? shortPredicateBeforeIn(tokens, cue.from) : -1;
  if (course < 0 && predicate < 0) return;
  cue.lead = course >= 0 ? course : predicate;
  trace.push(course >= 0 ? 'cue:by-participle' : 'cue:in-participle');
}


/**
 * "wavered in answering", "was magnanimous in declaring", "joined Democrats in writing": a predicate of
 * at most four words between the subject and "in" is the cue's too, as PolNeAR marks it; a longer one
 * ("has been the most aggressive in the field in denouncing") is not. Its first token, else -1.
 */
function shortPredicateBeforeIn(tokens: readonly Token[], cue: number): number {
  if (tokens[cue - 1]?.lower !== 'in') return -1;
  const subject = subjectOf(tokens, cue - 1);
  if (!subject || subject.to >= cue - 1 || cue - 1 - subject.to > 4) return -1;
  return tokens.slice(subject.to, cue - 1).every((t) => t.kind === 'word') ? subject.to : -1;
}

/** The index of "began" in "began by saying" (or "followed up by", "responded first by"), else -1. */
function discourseVerbBefore(tokens: readonly Token[], cue: number): number {
  if (tokens[cue - 1]?.lower !== 'by') return -1;
  let k = cue - 2;
  if (/^(first|up|off|again)$/.test(tokens[k]?.lower ?? '')) k--;
  return COURSE_VERBS.test(tokens[k]?.lower ?? '') ? k : -1;
}
const COURSE_VERBS = /^(began|begins|begin|opened|opens|concluded|concludes|closed|closes|ended|ends|responded|responds|replied|replies|answered|answers|continued|continues|followed|follows|started|starts|kicked|countered|counters|reacted|reacts)$/;

/** Verbs that name what someone is ("went on to call Cruz "the worst""): their infinitive speaks like a speech verb's. */
const NAMING = /^(call|describe|label|dub|brand)$/;
/** "the authority to call a meeting": an infinitive completing a common noun is no one's words yet. */
const nounComplement = (t: Token | undefined) => !!t && t.kind === 'word' && !t.cap && !!t.tags?.has('Noun') && !t.tags.has('Verb');

/**
 * "Sanders during a rally thanked ...", "Lee backs Marsh and in a statement credited him ...": the
 * phrase a preposition opens between the subject and its verb is no speaker; the subject is right
 * before it, or, after "and", the one the coordinated verb shares.
 */
function subjectBeforeAdverbial(tokens: readonly Token[], preposition: number): { mention: MentionMatch; coordinated: boolean } | null {
  if (COORD.test(tokens[preposition - 1]?.lower ?? '')) {
    const shared = subjectOf(tokens, preposition - 1);
    return shared ? { mention: shared, coordinated: true } : null;
  }
  const m = mentionBefore(tokens, preposition);
  return m && m.to === preposition ? { mention: m, coordinated: false } : null;
}

/**
 * ", at one point calling the mayor a liar", ", in the end saying": a short prepositional phrase between
 * the comma and a participle qualifies the participle; its object is no speaker.
 */
function prepositionalAside(tokens: readonly Token[], cue: number): boolean {
  for (let c = cue - 2; c >= Math.max(0, cue - 5); c--) {
    if (tokens[c].text !== ',') continue;
    const words = tokens.slice(c + 1, cue);
    return /^(at|in|on|for|by|within)$/.test(words[0].lower) && words.length >= 2 && words.every((t) => t.kind === 'word' && !t.cap && !t.tags?.has('Verb'));
  }
  return false;
}

/**
 * "... so subdued that Mr. Trump was prompted to say": before "to", a passive ("was prompted", "is
 * expected") has its own subject, nearer than the sentence's.
 */
function passiveInfinitiveSubject(tokens: readonly Token[], to: number): MentionMatch | null {
  const verb = tokens[to - 1];
  if (verb?.kind !== 'word' || !/ed$/.test(verb.lower)) return null;
  let k = to - 2;
  while (k >= 0 && tokens[k].kind === 'word' && /ly$/.test(tokens[k].lower)) k--;
  if (!/^(is|are|was|were|been|be)$/.test(tokens[k]?.lower ?? '')) return null;
  const m = mentionBefore(tokens, k);
  // "so subdued that Mr. Trump was": the conjunction opens the clause; it is no part of the name.
  return m && tokens[m.from].lower === 'that' && m.to - m.from > 1 ? { ...m, from: m.from + 1 } : m;
}

/**
 * A participle's frame: no speaker of its own (the statement stage gives it the sentence's), unless
 * it opens the sentence ("After saying ..., X left") or follows the object of its clause's verb
 * ("she sent an email saying": the cue is then the predicate from the verb on, the speaker the
 * subject; train, direct and mixed: cue exact +0.0020; a predicate of more than 6 words keeps the
 * bare participle).
 */
function participleFrameSpeaker(tokens: readonly Token[], cue: CueMatch, trace: string[], participial: boolean, object: MentionMatch | null): CueSpeaker {
  const subject = object ? subjectOf(tokens, object.from) : null;
  const predicateSubject = subject && subject.to < object!.from && cue.from - subject.to <= 6 ? subject : null;
  if (predicateSubject) cue.from = predicateSubject.to;
  const leadAt = skipAux(tokens, cue.from - 1);
  // "And in explaining why ..., Clinton described": a conjunction may open the sentence first.
  const start = clauseStart(tokens);
  const first = cue.from === start;
  const opens = first || leadAt === start || (leadAt === start + 1 && /^(and|but|yet|so)$/.test(tokens[start].lower));
  const opening = participial && opens && (first || tokens[leadAt].kind === 'word') ? subjectAfterOpeningParticiple(tokens, cue.to) : null;
  if (!opening) return { mention: predicateSubject, order: 'participle', to: cue.to };
  trace.push('source:after-opening');
  return { mention: opening.mention, order: 'participle', to: cue.to, openingEnd: opening.end };
}

/**
 * A verb with no mention before it: the speaker after it ('"Q," said X', 'Q, said X.'), or the
 * subject a coordinated verb shares ("Trump has made X and has boasted of Y"), or none for a
 * participle after a comma; null when the cue frames nothing.
 */
function speakerAfterOrShared(tokens: readonly Token[], cue: CueMatch, trace: string[]): CueSpeaker | null {
  const after = mentionAfter(tokens, cue.to);
  // Inversion only right after a quote or comma: '"Q," said X' or 'Q, said X.'
  const before = tokens[cue.from - 1];
  // "..., said she turned out": a pronoun with a verb after it is the reported clause's subject.
  const subjectOfClause = after?.kind === 'pronoun' && tokens[after.to]?.kind === 'word';
  // '"...," X, wearing a hat, said matter-of-factly': an adverb after the verb is no speaker.
  const adverb = !!after && after.to - after.from === 1 && !tokens[after.from].cap && /ly$/.test(tokens[after.from].lower);
  // '..., referred to the council as "clowns"': after a comma the phrase is an object unless it ends the clause ('Q, said X.').
  const afterEnd = after ? tokens[after.appositive ? after.appositive[1] : after.to] : undefined;
  const objectAfterComma = isPunct(before, ',') && !!afterEnd && !(afterEnd.kind === 'punct' && /^[.,;:!?]$/.test(afterEnd.text)) && afterEnd.kind !== 'quote';
  if (after && !subjectOfClause && !adverb && !objectAfterComma && (!before || before.kind === 'quote' || isPunct(before, ',:'))) {
    return { mention: after, order: 'inverted', to: after.appositive ? after.appositive[1] : after.to };
  }
  // "The mayor mocked a reporter, referred to the council as ...": a finite verb in a series after a comma shares the subject too.
  const series = objectAfterComma && !cue.participle && /ed$/.test(tokens[cue.from].lower);
  if (series) {
    const mention = subjectOf(tokens, cue.from);
    if (mention && mention.to < cue.from - 1) {
      trace.push('source:coordinated');
      return { mention, order: 'subject', to: cue.to };
    }
  }
  if (COORD.test(before?.lower ?? '') || COORD.test(tokens[skipAux(tokens, cue.from - 1)]?.lower ?? '')) {
    // The coordinated verb shares the sentence's subject, or that of the subordinate clause it
    // continues ("... when Trump spotted a sign and asked").
    const coordinator = COORD.test(before?.lower ?? '') ? cue.from - 1 : skipAux(tokens, cue.from - 1);
    const mention = subordinateSubject(tokens, coordinator) ?? dashClauseSubject(tokens, coordinator) ?? subjectOf(tokens, cue.from);
    if (!mention) return null;
    trace.push('source:coordinated');
    return (cue.participle ? coordinatedParticiple(tokens, coordinator, cue.to) : null) ?? { mention, order: 'subject', to: cue.to };
  }
  if (cue.participle && isPunct(before, ',')) return { mention: null, order: 'participle', to: cue.to };
  if (cue.strength < 1 || !(before?.kind === 'quote' || isPunct(before, ','))) return null;
  return { mention: null, order: 'subject', to: cue.to };
}

/**
 * ", addressing her as "Annie" and telling her ...", "with Lee tweeting that ... and asking ...": a
 * participle coordinated with an earlier one in its sentence shares that one's speaker: the name right
 * before it, or the sentence's subject when a comma sets it off.
 */
function coordinatedParticiple(tokens: readonly Token[], coordinator: number, to: number): CueSpeaker | null {
  const s0 = clauseStart(tokens);
  for (let g = coordinator - 1; g > s0 && coordinator - g <= 15; g--) {
    const t = tokens[g];
    if (t.kind !== 'word' || t.cap || !/ing$/.test(t.lower) || !(t.tags?.has('Gerund') || t.tags?.has('Verb'))) continue;
    if (isPunct(tokens[g - 1], ',')) return { mention: null, order: 'participle', to };
    const m = cueAt(tokens, g) ? mentionBefore(tokens, g) : null;
    return m && m.to === g && m.kind !== 'pronoun' ? { mention: m, order: 'subject', to } : null;
  }
  return null;
}

/**
 * '..., forcing her to fend off both rivals, said Brad Bannon, a pollster.': a name right after a cue
 * (a speech verb, no addressee) that follows a comma, ending the clause, is the speaker; the phrase
 * between the commas before the cue is no appositive of a speaker.
 */
function invertedName(tokens: readonly Token[], cue: CueMatch): boolean {
  if (cue.takesAddressee || cue.attitude || !isPunct(tokens[cue.from - 1], ",")) return false;
  const after = mentionAfter(tokens, cue.to);
  if (!after || after.kind !== 'name') return false;
  const next = tokens[after.appositive ? after.appositive[1] : after.to];
  return !next || (next.kind === 'punct' && /^[.,;!?]$/.test(next.text));
}
const CAUSATIVES = /^(led|leads|lead|prompted|prompts|prompting|forced|forces|pushed|pushes|caused|causes|spurred|spurs|moved|inspired|inspires|drove|drives|compelled|encouraged|encourages|urged|urges|invited|invites|allowed|allows|got|gets)$/;

/**
 * "led Republicans to say that ...", "prompted Anderson Cooper to accuse Bondi": after a causative verb
 * its object speaks, and the cue is "to" and the verb, as PolNeAR reads it (train: e2e +0.0003).
 */
function causedSpeaker(tokens: readonly Token[], cue: number): MentionMatch | null {
  if (tokens[cue - 1]?.lower !== 'to') return null;
  const m = mentionBefore(tokens, cue - 1);
  if (!m || m.kind === 'pronoun' && !/^(them|him|her|us|me)$/.test(tokens[m.from].lower)) return null;
  const verb = tokens[m.from - 1];
  return verb?.kind === 'word' && CAUSATIVES.test(verb.lower) ? m : null;
}
// A typed "--" counts wherever an em dash does.
const isPunct = (t: Token | undefined, chars: string) => !!t && t.kind === 'punct' && (chars.includes(t.text) || (t.text === '--' && chars.includes('\u2014')));
const ADJUNCT_START = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'while', 'when', 'late', 'early', 'last', 'this', 'earlier', 'today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'recently', 'also', 'again', 'publicly', 'privately', 'repeatedly', 'then', 'later', 'once', 'via', 'through', 'to', 'from']);

/** A short quotation in title case: a programme, a book, a show ("Meet the Press"). */
export function titleLike(quoted: string): boolean {
  const words = quoted.replace(NOT_WORD_CHAR, ' ').split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 7 && words.filter((w) => w.length > 3).every((w) => CAPITALIZED.test(w));
}

const TIME_NEXT = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|weekend|month|year|summer|winter|spring|fall|autumn|season|term|session|quarter|decade|century|time|january|february|march|april|may|june|july|august|september|october|november|december|on|in|this|today|tonight|yesterday)$/;

/** Extends a frame over the adjuncts after its cue: time phrases, venues ("in an interview with X"). */
function adjunctEnd(tokens: readonly Token[], at: number, limit: number): number {
  let i = at;
  // A short prepositional phrase or day word right after the cue: "said Friday", "said in a statement".
  while (i < limit && tokens[i].kind === 'word' && ADJUNCT_START.has(tokens[i].lower)) {
    // "promised to rebuild": an infinitive is the content, not an adjunct like "said to reporters".
    if (tokens[i].lower === 'to' && !(tokens[i + 1]?.cap || DETERMINERS.has(tokens[i + 1]?.lower ?? '') || /^(reporters|journalists|supporters|him|her|them)$/.test(tokens[i + 1]?.lower ?? ''))) break;
    // "said this week", "thought last year": a time word must follow, or "this" opens the content.
    if (/^(this|last|late|early|earlier)$/.test(tokens[i].lower) && !TIME_NEXT.test(tokens[i + 1]?.lower ?? '')) break;
    let j = i + 1;
    while (j < limit && j - i < 9 && tokens[j].kind === 'word' && !['that', 'he', 'she', 'they', 'it', 'we', 'i'].includes(tokens[j].lower) && !cueAt(tokens, j)) j++;
    // Only take it when it is followed by a clause boundary (comma, colon, "that", quote or end).
    const after = tokens[j];
    const place = /^(in|on|at|during)$/.test(tokens[i].lower);
    // "on NBC's 'Meet the Press'": a programme's title in quotation marks belongs to the venue.
    if (after?.kind === 'quote' && place && titleLike(after.text) && tokens[j - 1]?.kind === 'word' && /['\u2019]s?$/.test(tokens[j - 1].text)) i = j + 1;
    else if (j === limit || !after || (after.kind === 'quote' && place) || isPunct(after, ',:;.!?') || after.lower === 'that') i = j;
    // "tweeted Tuesday night he considered ...": the part of the day goes with its day.
    else if (DAY_WORD.test(tokens[i].lower)) i = i + (/^(morning|afternoon|evening|night)$/.test(tokens[i + 1]?.lower ?? '') ? 2 : 1);
    else break;
  }
  return i;
}

/** Where a relative clause ("who spoke on the condition of anonymity") starting at `at` ends at a comma or the sentence's end, or -1. */
function relativeClauseEnd(tokens: readonly Token[], at: number): number {
  if (!/^(who|that)$/.test(tokens[at]?.lower ?? '')) return -1;
  const end = wordRunEnd(tokens, at + 1, 19, tokens.length);
  return end - at >= 3 ? end : -1;
}

/**
 * "according to the average of recent polls compiled by Real Clear Politics.": when no noun phrase
 * parses, the source runs to the clause's end, short of a relative clause ("two senators present who ...").
 */
function sourceUpToBoundary(tokens: readonly Token[], at: number): MentionMatch | null {
  let k = at;
  while (k < tokens.length && k - at < 16 && tokens[k].kind === 'word' && !/^(who|which|whose|that)$/.test(tokens[k].lower)) k++;
  const stop = tokens[k];
  if (k - at < 2 || (stop && !(stop.kind === 'punct' && /[,.;:!?\u2014\u2013)]|--/.test(stop.text)) && !/^(who|which|whose|that)$/.test(stop.lower))) return null;
  return { from: at, to: k, kind: 'description', appositive: null };
}

/** Every attribution frame in a sentence's tokens (quotations are single tokens and never hold cues). */
export function findFrames(tokens: readonly Token[], outlets: OutletIndex, titleCase = false, opensDocument = false, opensParagraph = false): Frame[] {
  const frames: Frame[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const special = specialFrameAt(tokens, i, titleCase, opensDocument, opensParagraph);
    if (special) {
      frames.push(special);
      i = special.to - 1;
      continue;
    }
    const cue = cueAt(tokens, i, titleCase);
    const frame = cue ? cueFrame(tokens, cue, outlets) : null;
    if (!frame) continue;
    frames.push(frame);
    i = Math.max(i, frame.cue.to - 1);
  }
  const colon = clauseBeforeColon(tokens, frames);
  if (colon) frames.push(colon);
  return frames;
}

/**
 * A frame no cue word starts, at token i: a statement noun ("Trump's claim that"), a headline's colon
 * (a document's first sentence is its headline when the text has no markup to say so), a finding ("In a
 * poll, ..."), a byline's dash and colon, a dash credit after a quotation, or a verb the lexicon lacks
 * after a quotation and a name.
 */
function specialFrameAt(tokens: readonly Token[], i: number, titleCase: boolean, opensDocument: boolean, opensParagraph: boolean): Frame | null {
  return (
    statementNoun(tokens, i) ??
    ((titleCase || opensDocument) && i === 0 ? headlineColon(tokens) : null) ??
    (opensParagraph && i === 0 ? transcriptTurn(tokens) : null) ??
    inFinding(tokens, i) ??
    dashNameColon(tokens, i) ??
    dashCredit(tokens, i) ??
    verbAfterQuotedName(tokens, i)
  );
}

/** The frame a cue makes: its speaker, then the addressee, venue and date around it; null when it frames nothing. */
function cueFrame(tokens: readonly Token[], cue: CueMatch, outlets: OutletIndex): Frame | null {
  const trace = [`cue:${cue.lemma}`];
  const speaker = cue.type === 'source-after' ? accordingSpeaker(tokens, cue) : verbSpeaker(tokens, cue, trace);
  if (!speaker) return null;
  const { mention, order, openingEnd } = speaker;
  let to = speaker.to;
  if (order === 'subject' && mention && compoundNounCue(tokens, mention, cue)) return null;
  if (order === 'subject' && mention) widenCueLeft(tokens, cue, mention);
  let addressee: Frame['addressee'] = null;
  let venue: VenueMatch | null = null;
  if (cue.takesAddressee && order !== 'according') {
    const a = addresseeAfter(tokens, to, outlets, cue.lemma === 'tell' || cue.lemma === 'ask');
    if (a) {
      addressee = [a.from, a.to];
      venue = a.venue;
      to = a.to;
      trace.push('addressee');
    }
  }
  to = adjunctEnd(tokens, to, tokens.length);
  // A coordinated verb's subject opens the sentence; the frame itself starts at the verb.
  const from = trace.includes('source:coordinated') ? cue.from : Math.min(cue.from, mention?.from ?? cue.from);
  const searchFrom = Math.max(0, from - 8);
  venue = venue ?? venueIn(tokens, cue.to, to, outlets) ?? venueIn(tokens, searchFrom, from, outlets);
  if (venue) trace.push(venue.trace);
  let clauseEnd = to;
  while (clauseEnd < tokens.length && clauseEnd - to < 4 && !(tokens[clauseEnd].kind === 'punct' && /[,.;:!?]/.test(tokens[clauseEnd].text)) && tokens[clauseEnd].kind !== 'quote') clauseEnd++;
  if (order === 'subject' && inOpeningSubordinate(tokens, from, to)) return null;
  const date = dateIn(tokens, cue.to, clauseEnd) ?? dateIn(tokens, Math.max(0, from - 3), from);
  trace.push(`source:${order}`);
  return { cue, mention, from, to, addressee, venue, date, order, ...(openingEnd !== undefined ? { openingEnd } : {}), trace };
}

/** The cue span takes the auxiliaries and adverbs between speaker and verb: "has also said". */
function widenCueLeft(tokens: readonly Token[], cue: CueMatch, mention: MentionMatch): void {
  const speakerEnd = mention.appositive ? mention.appositive[1] + 1 : mention.to;
  let k = cue.from;
  // "Carter however said": a sentence adverb sits between speaker and verb but is not the cue's.
  while (k - 1 >= speakerEnd && auxiliaryOrAdverb(tokens[k - 1]) && !/^(however|meanwhile|too)$/.test(tokens[k - 1].lower)) k--;
  if (k < cue.from) cue.from = k;
}

const OPENING_SUBORDINATORS = /^(after|when|before|while|since|because|once|until|although|though|if|whenever|unless)$/;

/**
 * "After the interview concluded, Maher stated ...": a cue with nothing after it, closing a
 * subordinate clause that opens the sentence, reports nothing; the clause after its comma is the
 * main clause's. ("As Breitbart reported, ..." does report: "as" is not among these.)
 */
function inOpeningSubordinate(tokens: readonly Token[], from: number, to: number): boolean {
  const isWord = (t: Token | undefined) => t?.kind === 'word';
  if (tokens[to]?.text !== ',') return false;
  const s0 = clauseStart(tokens);
  let k = s0;
  if (isWord(tokens[k]) && /^(shortly|just|soon|long|even|only|and|but)$/.test(tokens[k].lower)) k++;
  if (!isWord(tokens[k]) || !OPENING_SUBORDINATORS.test(tokens[k].lower)) return false;
  return tokens.slice(k + 1, from).every((t) => t.kind === 'word');
}

/**
 * '"Would it be negotiable?" Hannity pressed.', '"Go back," Trump barked.': after a quotation that
 * ends with a comma, question or exclamation mark, a name (or pronoun) and a past-tense verb the
 * lexicon lacks, closing the sentence, make a frame.
 */
function verbAfterQuotedName(tokens: readonly Token[], i: number): Frame | null {
  const t = tokens[i];
  if (t.kind !== 'word' || t.cap || cueAt(tokens, i) || !t.tags?.has('PastTense') || !t.tags.has('Verb')) return null;
  const end = tokens[i + 1];
  if (end && !(end.kind === 'punct' && /^[.,;!?]$/.test(end.text))) return null;
  const k = quoteBeforeName(tokens, i);
  if (k < 0 || !/[,?!][\s\u2060]*["'\u201d\u2019\u00bb]*$/.test(tokens[k].text)) return null;
  const kind = i - k === 2 && /^(he|she|they)$/.test(tokens[k + 1].lower) ? 'pronoun' : 'name';
  const mention: MentionMatch = { from: k + 1, to: i, kind, appositive: null };
  const cue: CueMatch = { from: i, to: i + 1, lemma: t.lower, strength: 0.7, takesAddressee: false, type: 'verb', participle: false, attitude: false };
  return { cue, mention, from: k + 1, to: i + 1, addressee: null, venue: null, date: null, order: 'subject', trace: ['cue:verb-after-quote', 'source:subject'] };
}

/**
 * 'Trump went even further: "If he loses, ..."', 'Clinton has since apologized for what happened:
 * "..."': a clause with no cue word ending in a colon before a quotation introduces it; its subject
 * speaks and its predicate is the cue, colon included (as the corpus marks it).
 */
function clauseBeforeColon(tokens: readonly Token[], frames: readonly Frame[]): Frame | null {
  const c = tokens.findIndex((t, k) => isPunct(t, ':') && tokens[k + 1]?.kind === 'quote');
  if (c < 2 || frames.some((f) => f.from < c)) return null;
  if (tokens.slice(0, c).some((t) => t.kind === 'quote')) return null;
  const mention = subjectOf(tokens, c) ?? asFollows(tokens, c);
  if (!mention) return null;
  // "The campaign, in a Q&A on the controversy, worded it carefully:": the predicate follows the aside.
  let verb = mention.appositive ? mention.appositive[1] : mention.to;
  for (let k = verb; k < c; k++) if (tokens[k].text === ',') verb = k + 1;
  if (c - verb > 8 || c - verb < 1) return null;
  const cue: CueMatch = { from: verb, to: c + 1, lemma: ':', strength: 0.7, takesAddressee: false, type: 'verb', participle: false, attitude: false };
  return { cue, mention, from: mention.from, to: c + 1, addressee: null, venue: null, date: null, order: 'subject', trace: ['cue:clause-colon', 'source:subject'] };
}

/** "Partial transcript as follows: "..."": the noun phrase before "as follows" is the source (up to six words). */
export function asFollows(tokens: readonly Token[], colon: number): MentionMatch | null {
  if (tokens[colon - 1]?.lower !== 'follows' || tokens[colon - 2]?.lower !== 'as') return null;
  const from = clauseStart(tokens);
  const to = colon - 2;
  if (to <= from || to - from > 6 || tokens.slice(from, to).some((t) => t.kind !== 'word')) return null;
  return { from, to, kind: 'description', appositive: null };
}

/**
 * "In an NBC News poll released Monday, 50 percent chose Clinton": a sentence opening with "In" and a
 * poll, survey or report, then a comma, credits that finding with the clause after the comma.
 */
function inFinding(tokens: readonly Token[], i: number): Frame | null {
  // The word first: this runs at every token, and finding the clause's opening scans the sentence's start.
  if (tokens[i]?.lower !== 'in' || i !== clauseOpening(tokens)) return null;
  let comma = i + 1;
  while (comma < tokens.length && comma - i <= 16 && !isPunct(tokens[comma], ',') && tokens[comma].kind !== 'quote') comma++;
  if (!isPunct(tokens[comma], ',') || comma - i < 3 || tokens.length - comma < 4) return null;
  const np = tokens.slice(i + 1, comma);
  if (!np.some((t) => t.kind === 'word' && FINDING_NOUNS.has(t.lower))) return null;
  // "In the report, officials said ...": a speech verb later in the sentence is the attribution.
  if (tokens.slice(comma + 1).some((t, k) => t.kind === 'word' && cueAt(tokens, comma + 1 + k) && !cueAt(tokens, comma + 1 + k)!.attitude)) return null;
  const cue: CueMatch = { from: i, to: i + 1, lemma: 'in', strength: 0.7, takesAddressee: false, type: 'source-after', participle: false, attitude: true };
  const mention: MentionMatch = { from: i + 1, to: comma, kind: 'description', appositive: null };
  return { cue, mention, from: i, to: comma, addressee: null, venue: null, date: null, order: 'according', trace: ['cue:in-finding', 'source:according'] };
}

const NOT_SPEAKERS = /^(analysis|opinion|editorial|commentary|exclusive|breaking|update|updated|live|watch|video|photos?|review|explainer|factbox|timeline|q|a|q&a|what|why|how|who|when|where|here|this|the|an|in|on|at|for|from|with|after|before|new|more|day|week|year|part|chapter|episode|round|column|letters?|read|listen|correction|recap|preview|podcast|fact|check|debate|interview|transcript)$/i;

/**
 * 'Pollsters agree - Carl Bialik: "..."': a newsletter item's headline, a dash, then the name of the
 * writer quoted and a colon before the quotation. The name speaks, the colon is the cue.
 */
function dashNameColon(tokens: readonly Token[], i: number): Frame | null {
  if (!isPunct(tokens[i], '\u2014\u2013-') || tokens[i - 1]?.kind !== 'word') return null;
  let k = i + 1;
  while (k < tokens.length && k - i <= 8 && tokens[k].kind === 'word' && (tokens[k].cap || /^(and|&)$/.test(tokens[k].lower))) k++;
  if (k === i + 1 || !isPunct(tokens[k], ':') || tokens[k + 1]?.kind !== 'quote' || !tokens[k - 1].cap) return null;
  const cue: CueMatch = { from: k, to: k + 1, lemma: ':', strength: 0.8, takesAddressee: false, type: 'verb', participle: false, attitude: false };
  const mention: MentionMatch = { from: i + 1, to: k, kind: 'name', appositive: null };
  return { cue, mention, from: i, to: k + 1, addressee: null, venue: null, date: null, order: 'subject', trace: ['cue:dash-colon', 'source:subject'] };
}

/**
 * "Graham: Trump's 'Hateful Rhetoric' Destroying GOP's Chance": a headline opening with a name and a
 * colon credits that name with the rest. Section labels ("Analysis:", "Live:") are not speakers.
 */
function headlineColon(tokens: readonly Token[]): Frame | null {
  let colon = 0;
  while (colon < tokens.length && colon < 6 && !isPunct(tokens[colon], ':')) colon++;
  if (!isPunct(tokens[colon], ':') || colon === 0 || tokens.length - colon < 4) return null;
  // "Clinton to Planned Parenthood:", "Mukasey at RNC:": the speaker is the part before its audience or venue.
  let end = tokens.slice(0, colon).findIndex((t, k) => k > 0 && /^(to|at)$/.test(t.lower));
  if (end < 0) end = colon;
  const name = tokens.slice(0, end);
  if (!name.every((t) => t.kind === 'word' && (t.cap || /^(of|the|and|&)$/.test(t.lower)) && !/^\d/.test(t.text))) return null;
  if (!tokens.slice(end, colon).every((t) => t.kind === 'word' && (t.cap || /^(of|the|and|&|to|at)$/.test(t.lower)))) return null;
  if (name.some((t) => NOT_SPEAKERS.test(t.lower)) || !name[name.length - 1].cap) return null;
  const cue: CueMatch = { from: colon, to: colon + 1, lemma: ':', strength: 0.8, takesAddressee: false, type: 'verb', participle: false, attitude: false };
  const mention: MentionMatch = { from: 0, to: end, kind: 'name', appositive: null };
  return { cue, mention, from: 0, to: colon + 1, addressee: end < colon ? [end + 1, colon] : null, venue: null, date: null, order: 'subject', trace: ['cue:headline-colon', 'source:subject'] };
}

/**
 * "TAPPER: Do you think ...", "Matthews: Well, speculation is bad.": a speaker's label opening a
 * paragraph of a transcript, no quotation marks. The label is in capitals, or a name the tagger knows
 * as a person; the turn runs on to the paragraph's end (the statement stage extends it).
 */
function transcriptTurn(tokens: readonly Token[]): Frame | null {
  let colon = 0;
  while (colon < tokens.length && colon < 4 && tokens[colon].kind === 'word') colon++;
  // Short lines after a name are section heads ("Sanders: Win in a walk"), not turns.
  if (colon === 0 || !isPunct(tokens[colon], ':') || wordCount(tokens.slice(colon + 1)) < 6 || tokens[colon + 1]?.kind === 'quote') return null;
  const label = tokens.slice(0, colon);
  const capitals = label.every((t) => /^[A-Z][A-Z.'\u2019-]+$/.test(t.text));
  const person = label.every((t) => t.cap) && personLike(label[label.length - 1].lower);
  if (!(capitals || person) || label.some((t) => NOT_SPEAKERS.test(t.lower) || NOT_LABELS.test(t.lower))) return null;
  const cue: CueMatch = { from: colon, to: colon + 1, lemma: ':', strength: 0.8, takesAddressee: false, type: 'verb', participle: false, attitude: false };
  const mention: MentionMatch = { from: 0, to: colon, kind: 'name', appositive: null };
  return { cue, mention, from: 0, to: colon + 1, addressee: null, venue: null, date: null, order: 'subject', trace: ['cue:transcript-turn', 'source:label'] };
}

const NOT_LABELS = /^(email|e-mail|phone|tel|fax|web|website|twitter|contact|source|sources|note|question|answer|online|ps|p\.s\.)$/i;

/** A word compromise's lexicon lists as a name, or does not list at all (and is no plural): "Matthews", "Tapper". */
function personLike(lower: string): boolean {
  const tag = lexiconTag(lower);
  return tag === undefined ? !/s$/.test(lower) : /^(LastName|FirstName|MaleName|FemaleName|Person)$/.test(tag);
}

/** The first token of the sentence's own words (after a wire dateline and an opening conjunction). */
function clauseOpening(tokens: readonly Token[]): number {
  let k = clauseStart(tokens);
  if (tokens[k]?.kind === 'word' && /^(and|but|so)$/.test(tokens[k].lower)) k++;
  return k;
}

/** '"Q" \u2014 Anna Berg': a dash after a quotation credits the name that follows and ends the sentence. */
function dashCredit(tokens: readonly Token[], i: number): Frame | null {
  if (tokens[i - 1]?.kind !== 'quote') return null;
  const m = creditAfterDash(tokens, i);
  if (!m) return null;
  const cue: CueMatch = { from: i, to: i + 1, lemma: 'dash', strength: 0.8, takesAddressee: false, type: 'verb', participle: false, attitude: false };
  return { cue, mention: m, from: i, to: m.to, addressee: null, venue: null, date: null, order: 'inverted', trace: ['cue:dash-credit', 'source:inverted'] };
}

/**
 * The name a dash at `i` credits, when nothing but punctuation or a comma's description follows it:
 * "\u2014 Anna Berg", "- Sanders.", "\u2014 Ann Lee (@annlee) May 2, 2024".
 */
export function creditAfterDash(tokens: readonly Token[], i: number): MentionMatch | null {
  if (!isPunct(tokens[i], '\u2014\u2013-')) return null;
  const m = mentionAfter(tokens, i + 1);
  if (!m || m.kind === 'pronoun') return null;
  // A tweet's signature goes on with the handle and the date: '"Q" \u2014 Ann Lee (@annlee) May 2, 2024'.
  let end = m.to;
  if (isPunct(tokens[end], '(') && tokens[end + 1]?.text === '@') {
    while (end < tokens.length && end - m.to < 6 && !isPunct(tokens[end], ')')) end++;
    end++;
    while (end < tokens.length && (tokens[end].kind === 'punct' || /^(\d{1,4}|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)$/i.test(tokens[end].text))) end++;
  }
  // '"Q1" \u2014 Ann Lee "Q2" \u2014 Tom Hale': in a run of credited quotations the next one starts a new statement.
  if (isPunct(tokens[end], ',') || tokens[end]?.kind === 'quote') return m;
  // Else only punctuation may follow (read up to the first word, not the rest of the sentence).
  let k = end;
  while (k < tokens.length && tokens[k].kind === 'punct') k++;
  return k < tokens.length ? null : m;
}

/**
 * "Obama revised his withdrawal plans in October, saying ...": a cue word in -s after a phrase that
 * opens with a determiner or possessive and is the object of the clause's verb is a plural noun
 * ending that phrase, not a verb whose subject the phrase is.
 */
function compoundNounCue(tokens: readonly Token[], mention: MentionMatch, cue: CueMatch): boolean {
  const first = tokens[mention.from];
  if (!first || first.kind !== 'word' || !(DETERMINERS.has(first.lower) || POSSESSIVE_PRONOUNS.has(first.lower))) return false;
  return cue.to - cue.from === 1 && /[^s]s$/.test(tokens[cue.from].lower) && objectOfVerb(tokens, mention.from);
}

function skipAux(tokens: readonly Token[], j: number): number {
  while (j >= 0 && tokens[j].kind === 'word' && AUXILIARIES.has(tokens[j].lower)) j--;
  return j;
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'my', 'our']);

/** "Trump's claim that ...", "her assertion during the debate that ...": the possessor holds the clause. */
function statementNoun(tokens: readonly Token[], i: number): Frame | null {
  const t = tokens[i];
  if (t.kind !== 'word' || !STATEMENT_NOUNS.has(t.lower) || i === 0) return null;
  const owner = tokens[i - 1];
  const possessive = owner.kind === 'word' && (POSSESSIVE_PRONOUNS.has(owner.lower) || (owner.cap && /['\u2019]s$/.test(owner.text)));
  if (!possessive) return null;
  let that = i + 1;
  while (that < tokens.length && that - i <= 6 && tokens[that].kind === 'word' && tokens[that].lower !== 'that') that++;
  if (tokens[that]?.lower !== 'that' || that + 2 >= tokens.length) return null;
  const cue: CueMatch = { from: i, to: that, lemma: t.lower, strength: 0.7, takesAddressee: false, type: 'verb', participle: false, attitude: false };
  // "Ann Lee's claim": the possessor is the whole capitalized name before the possessive.
  let from = i - 1;
  if (!POSSESSIVE_PRONOUNS.has(owner.lower)) while (from > 0 && i - from < 4 && tokens[from - 1].kind === 'word' && tokens[from - 1].cap) from--;
  const mention: MentionMatch = { from, to: i, kind: POSSESSIVE_PRONOUNS.has(owner.lower) ? 'pronoun' : 'name', appositive: null };
  return { cue, mention, from, to: that, addressee: null, venue: null, date: null, order: 'subject', trace: ['cue:statement-noun', 'source:possessor'] };
}
