import { CHANNEL_NOUNS, EVENT_NOUNS, FINDING_NOUNS, PARTICIPLE_MODIFIERS } from '../lexicons/word-sets.js';
import { cueAt, DETERMINERS, DOCUMENT_NOUNS, GROUP_NOUNS, HONORIFICS, PRONOUNS, ROLE_WORDS, AUXILIARIES, VENUE_NOUNS } from './cues.js';
import { clauseStart, quoteEndsWithComma, type Token } from './tokens.js';

/** A speaker mention found next to a cue: token range [from, to) and an appositive if any. */
export interface MentionMatch {
  from: number;
  to: number;
  kind: 'pronoun' | 'name' | 'description';
  appositive: [number, number] | null;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'who', 'you']);
const NAME_PARTICLES = /^(de|De|le|Le|la|La|van|Van|von|Von|da|Da|del|Del|di|Di|du|Du|dos|der|den|ter|bin|ibn)$/;
const NOT_NAMES = new Set(['but', 'and', 'or', 'so', 'yet', 'then', 'however', 'still', 'now', 'later', 'also', 'in', 'on', 'at', 'when', 'after', 'before', 'while', 'as', 'if', 'because', 'since', 'though', 'although', 'until', 'unless', 'once', 'whereas', 'whenever', 'than', 'meanwhile', 'indeed', 'instead', 'here', 'there', 'this', 'that', 'these', 'those', 'asked', 'speaking', 'writing', 'according', 'what', 'where', 'why', 'how', 'yes', 'no', 'well', 'today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'for', 'with', 'by', 'from', 'to', 'of', 'not', 'is', 'was', 'are', 'were']);
/** Quantifier subjects that speak for a group: "everyone knows", "most oppose it". */
const QUANTIFIERS = new Set(['everyone', 'everybody', 'nobody', 'someone', 'somebody', 'anyone', 'anybody', 'many', 'most', 'some', 'few', 'others', 'several', 'both', 'all', 'much']);
const CONNECTORS = new Set(['of', 'for', 'and', '&', 'de', 'von', 'van', 'al', 'bin', 'la', 'le', 'del', 'da', 'di']);

const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';
const tagged = (t: Token, tag: string) => !!t.tags?.has(tag);

/** A capitalized name word, honorific, or role word. */
function nameish(t: Token | undefined): boolean {
  if (!isWord(t)) return false;
  if (HONORIFICS.has(t.lower)) return true;
  if (NOT_NAMES.has(t.lower)) return false;
  if (t.cap) return !tagged(t, 'Gerund') || tagged(t, 'ProperNoun');
  if (/^\d+$/.test(t.text)) return false;
  return ROLE_WORDS.has(t.lower) && !DETERMINERS.has(t.lower);
}

function nominal(t: Token | undefined): boolean {
  if (!isWord(t) || NOT_NAMES.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower)) return false;
  if (PARTICIPLE_MODIFIERS.has(t.lower)) return true;
  if (ROLE_WORDS.has(t.lower) || GROUP_NOUNS.has(t.lower) || DOCUMENT_NOUNS.has(t.lower) || VENUE_NOUNS.has(t.lower)) return true;
  if (t.tags && (tagged(t, 'Verb') && !tagged(t, 'Noun'))) return false;
  if (t.tags && !tagged(t, 'Noun') && !tagged(t, 'Adjective') && !tagged(t, 'Value')) return false;
  return WORDLIKE.test(t.text);
}

// "the 33-year-old": an age stands for the person it describes.
const AGE_NOUN = /^\d{1,3}-year-olds?$/;
const WORDLIKE = /^[\p{L}\p{N}][\p{L}\p{N}'\-.]*$/u;
const headNoun = (t: Token) => t.cap || AGE_NOUN.test(t.lower) || ROLE_WORDS.has(t.lower) || GROUP_NOUNS.has(t.lower) || DOCUMENT_NOUNS.has(t.lower) || FINDING_NOUNS.has(t.lower) || VENUE_NOUNS.has(t.lower) || tagged(t, 'Noun');

/** A possessive modifier: "Chile's", "the operators’" (not "its" or "their"). */
const POSSESSIVE = /^[\p{L}\p{N}][\p{L}\p{N}.\-]*['\u2019]s?$/u;
const possessive = (t: Token | undefined) => isWord(t) && POSSESSIVE.test(t.text) && !PRONOUNS[t.lower];

/** "the rights group": a plural the tagger took for a verb, between a determiner and the head. */
const nounAfterDeterminer = (tokens: readonly Token[], m: number, floor: number) => {
  const t = tokens[m];
  if (!isWord(t) || t.cap || !/s$/.test(t.lower) || !t.tags?.has('PresentTense') || m - 1 < floor) return false;
  if (DETERMINERS.has(tokens[m - 1].lower)) return true;
  // "a civil rights group": after an adjective, a plural before the head is a modifier, not a verb.
  return !!tokens[m - 1].tags?.has('Adjective') && !cueAt(tokens, m);
};

/** "refugee advocates also said": a plural the tagger took for a verb, after a noun, heads the phrase before the cue. */
const pluralAfterNoun = (tokens: readonly Token[], j: number, floor: number) => {
  const t = tokens[j];
  const p = tokens[j - 1];
  // Not before "that"/"who": "swing states that voted", "the report states that" read as verbs there.
  if (/^(that|who|which)$/.test(tokens[j + 1]?.lower ?? '')) return false;
  return j - 1 >= floor && !t.cap && /[^s]s$/.test(t.lower) && !!t.tags?.has('PresentTense') && isWord(p) && !!p.tags?.has('Noun') && !PRONOUNS[p.lower];
};

/** "fundraising documents", "polling data": a lower-case -ing word before a head noun modifies it. */
/** "a Wednesday editorial", "his Monday speech": a day naming when the document or speech came. */
const dayModifier = (tokens: readonly Token[], k: number) =>
  isWord(tokens[k]) && DAY_WORD.test(tokens[k].lower) && isWord(tokens[k - 1]) && (DETERMINERS.has(tokens[k - 1].lower) || POSSESSIVE_PRONOUNS.has(tokens[k - 1].lower)) && nominal(tokens[k + 1]) && !tokens[k + 1].cap;

const gerundModifier = (t: Token | undefined) => isWord(t) && !t.cap && /ing$/.test(t.lower) && tagged(t, 'Gerund') && !cueAt([t], 0);

/** "Longtime labor officials and political operatives": a phrase after "and" whose partner opens the clause. */
function coordinatedAtOpening(tokens: readonly Token[], k: number, floor: number): boolean {
  if (k - 2 < floor || tokens[k - 1].lower !== 'and') return false;
  let p = k - 2;
  while (p >= floor && p > k - 7 && (nominal(tokens[p]) || nameish(tokens[p]))) p--;
  return p < k - 2 && opensPhrase(tokens, p + 1, floor);
}

/** Whether a phrase starting at token k opens a clause: sentence start, a quotation or a comma before it. */
const opensPhrase = (tokens: readonly Token[], k: number, floor: number): boolean =>
  k - 1 < floor ||
  tokens[k - 1].kind === 'quote' ||
  (tokens[k - 1].kind === 'punct' && /[,;:(\u2014\u2013]|--/.test(tokens[k - 1].text)) ||
  // "But hacking specialists say": a conjunction opening the clause.
  (/^(and|but|so|yet)$/.test(tokens[k - 1].lower) && opensPhrase(tokens, k - 1, floor));

/**
 * The phrases one word decides: a tag in parentheses after a name, a poll share, a pronoun, "the two",
 * "another", a quantifier, a group that was polled, a gerund after a determiner. Undefined when none
 * applies and the words before `j` must be walked.
 */
function decidedPhraseAt(tokens: readonly Token[], j: number, floor: number): MentionMatch | null | undefined {
  // A party-and-state or age tag after the name: "Sen. Richard J. Durbin (D-Ill.)".
  if (tokens[j]?.kind === 'punct' && tokens[j].text === ')') {
    let k = j - 1;
    while (k > floor && j - k < 8 && tokens[k].text !== '(') k--;
    if (tokens[k]?.text === '(' && k - 1 >= floor) {
      const inner = phraseEndingAt(tokens, k - 1, floor);
      return inner && inner.kind !== 'pronoun' ? { ...inner, to: j + 1 } : null;
    }
    return null;
  }
  const t = tokens[j];
  // "47% say ...": a poll share ending in a percent sign.
  if (t?.text === '%' && j - 1 >= floor && /^\d/.test(tokens[j - 1].text)) {
    const share = shareEndingAt(tokens, j, floor);
    if (share !== null) return { from: share, to: j + 1, kind: 'description', appositive: null };
  }
  if (!isWord(t) || j < floor) return null;
  if (SUBJECT_PRONOUNS.has(t.lower)) return { from: j, to: j + 1, kind: 'pronoun', appositive: null };
  // "the two write", "the three said": a number after the article stands for the people.
  if (/^(two|three|four|five|six)$/.test(t.lower) && j - 1 >= floor && tokens[j - 1].lower === 'the') return { from: j - 1, to: j + 1, kind: 'description', appositive: null };
  // "Yet another said", "Another added": "another" standing alone for a person, at its clause's start.
  if (t.lower === 'another' && (j === floor || !isWord(tokens[j - 1]) || /^(yet|and|but|still)$/.test(tokens[j - 1].lower))) return { from: j, to: j + 1, kind: 'description', appositive: null };
  if (QUANTIFIERS.has(t.lower)) {
    const from = j > floor && /^(almost|nearly|virtually|just|not)$/.test(tokens[j - 1].lower) ? j - 1 : j;
    return { from, to: j + 1, kind: 'description', appositive: null };
  }
  // "those surveyed say", "voters polled said": a participle of polling after its group.
  if (/^(surveyed|polled|questioned|interviewed|sampled)$/.test(t.lower) && j - 1 >= floor) {
    if (tokens[j - 1].lower === 'those') return { from: j - 1, to: j + 1, kind: 'description', appositive: null };
    const group = phraseEndingAt(tokens, j - 1, floor);
    if (group && group.kind !== 'pronoun') return { ...group, to: j + 1 };
  }
  const share = shareEndingAt(tokens, j, floor);
  if (share !== null) return { from: share, to: j + 1, kind: 'description', appositive: null };
  // "Another ranking says": a gerund after a determiner is a noun.
  if (!t.cap && tagged(t, 'Gerund') && j - 1 >= floor && DETERMINERS.has(tokens[j - 1].lower) && !PRONOUNS[tokens[j - 1].lower]) return { from: j - 1, to: j + 1, kind: 'description', appositive: null };
  return undefined;
}

/** The noun phrase ending at token j (inclusive), walking left. */
function phraseEndingAt(tokens: readonly Token[], j: number, floor: number): MentionMatch | null {
  const decided = decidedPhraseAt(tokens, j, floor);
  if (decided !== undefined) return decided;
  const t = tokens[j];
  if (!(headNoun(t) || pluralAfterNoun(tokens, j, floor)) || NOT_NAMES.has(t.lower) || PRONOUNS[t.lower]) return null;
  const { i, hasName } = nameRunStart(tokens, j, floor);
  let k = modifiersStart(tokens, i, floor);
  let boundary = opensPhrase(tokens, k, floor) || coordinatedAtOpening(tokens, k, floor);
  if (hasName && !boundary) {
    const r = titleWordsStart(tokens, i, floor);
    if (r < i) [k, boundary] = [r, true];
  }
  let from = phraseStart(tokens, j, floor, { i, k, hasName, boundary });
  if (from === null) return null;
  // A connector opening the phrase belongs to what came before ("the head of"), unless it is a name's particle ("de Blasio").
  if (tokens[from].kind === 'word' && CONNECTORS.has(tokens[from].lower) && !(NAME_PARTICLES.test(tokens[from].text) && tokens[from + 1]?.cap && from + 1 <= j)) from++;
  // A connector alone ("De told reporters") leaves no phrase.
  if (from > j) return null;
  return { from, to: j + 1, kind: hasName ? 'name' : 'description', appositive: null };
}

/** Names, titles and "of" between them back from j: "Secretary of State John Kerry", "France 24". Where they start, and whether a name is among them. */
function nameRunStart(tokens: readonly Token[], j: number, floor: number): { i: number; hasName: boolean } {
  let i = j;
  let hasName = nameish(tokens[j]) && tokens[j].cap;
  while (i - 1 >= floor) {
    const p = tokens[i - 1];
    // "de Blasio", "Le Pen", "van Gogh": a particle before a surname is the name's.
    if (isWord(p) && NAME_PARTICLES.test(p.text) && tokens[i].cap && i === j) {
      hasName = true;
      i--;
    } else if (nameish(p)) {
      if (p.cap) hasName = true;
      i--;
    } else if (isWord(p) && /^\d+$/.test(p.text) && tokens[i].cap) i--;
    else if (isWord(p) && CONNECTORS.has(p.lower) && nameish(tokens[i - 2]) && tokens[i].cap) i -= 1;
    else if (isWord(p) && /['\u2019]s?$/.test(p.text) && p.cap) i--; // "Trump's campaign manager", "Farmers' Federation"
    else break;
  }
  return { i, hasName };
}

/** Lowercase modifiers back from i to a determiner (at most four): "a senior administration official", "the memo". */
function modifiersStart(tokens: readonly Token[], i: number, floor: number): number {
  let k = i;
  let steps = 0;
  while (k - 1 >= floor && steps < 4 && (nominal(tokens[k - 1]) || possessive(tokens[k - 1]) || nounAfterDeterminer(tokens, k - 1, floor) || gerundModifier(tokens[k - 1]) || dayModifier(tokens, k - 1)) && !DETERMINERS.has(tokens[k - 1].lower)) {
    k--;
    steps++;
  }
  return k;
}

/**
 * '"Q," lead singer Ann Lee said': between a quotation (or a comma) and a name, up to three lower-case
 * words are the name's title whatever the tagger made of them ("lead", "harbour"). Where the title
 * starts, or i when no phrase opening stands before such words.
 */
function titleWordsStart(tokens: readonly Token[], i: number, floor: number): number {
  let r = i;
  while (r - 1 >= floor && i - r < 3 && isWord(tokens[r - 1]) && !tokens[r - 1].cap && !NOT_NAMES.has(tokens[r - 1].lower) && !SUBJECT_PRONOUNS.has(tokens[r - 1].lower) && !DETERMINERS.has(tokens[r - 1].lower) && !/^\d/.test(tokens[r - 1].text) && !cueAt(tokens, r - 1)) r--;
  return r < i && opensPhrase(tokens, r, floor) ? r : i;
}

/**
 * Where the phrase ending at j starts, given the start of its name run (i), of its modifiers (k), and
 * whether a phrase may open at k: a determiner before them, or the modifiers of a name or possessive;
 * null when a bare description there names no speaker.
 */
function phraseStart(tokens: readonly Token[], j: number, floor: number, run: { i: number; k: number; hasName: boolean; boundary: boolean }): number | null {
  const { i, k, hasName, boundary } = run;
  const t = tokens[j];
  const opener = k - 1 >= floor && isWord(tokens[k - 1]) && DETERMINERS.has(tokens[k - 1].lower) ? tokens[k - 1] : null;
  // "officials said that Trump told", "the programs that farmers say": before a name or a plural, "that"
  // opens a clause, not the phrase (a demonstrative "that" takes a singular noun).
  if (opener?.text === 'that' && (hasName || tagged(t, 'Plural'))) return k;
  if (opener) return k - 1;
  if (hasName && k < i && boundary) return k; // '"...," agency spokesman Daniel Reyes told'
  if (k < i && tokens.slice(k, i).some((x) => x.cap && possessive(x))) return k; // "Chile's central bank"
  // "exit polls suggested", "new figures show": a document or finding needs no determiner at a clause's start.
  // A bare plural at a clause's opening is a group too: "political operatives point out".
  if (!hasName && !(ROLE_WORDS.has(t.lower) || GROUP_NOUNS.has(t.lower) || ((DOCUMENT_NOUNS.has(t.lower) || FINDING_NOUNS.has(t.lower) || tagged(t, 'Plural') || pluralAfterNoun(tokens, j, floor)) && boundary))) return null;
  if (!hasName && k < i) return k;
  return i;
}

const NUMBER_WORD = /^(\d+(\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|half)$/;
const SHARE_WORD = /^(majority|majorities|plurality|half|third|thirds|quarter|quarters|two-thirds|three-quarters|one-third|one-quarter|fifth|fifths)$/;
const HEDGE = /^(about|nearly|almost|roughly|around|over|some|just|only|fully|a|an|the|more|less|than|fewer)$/;

/** A poll share as a subject: "Six in 10", "64 percent", "about three-quarters", "a majority". Its first token. */
function shareEndingAt(tokens: readonly Token[], j: number, floor: number): number | null {
  const t = tokens[j];
  let from = -1;
  if ((t.lower === 'percent' || t.text === '%') && j - 1 >= floor && /^\d/.test(tokens[j - 1].text)) from = j - 1;
  else if (NUMBER_WORD.test(t.lower) && j - 2 >= floor && tokens[j - 1].lower === 'in' && NUMBER_WORD.test(tokens[j - 2].lower)) from = j - 2;
  // "nine out of 10"
  else if (NUMBER_WORD.test(t.lower) && j - 3 >= floor && tokens[j - 1].lower === 'of' && tokens[j - 2].lower === 'out' && NUMBER_WORD.test(tokens[j - 3].lower)) from = j - 3;
  else if (SHARE_WORD.test(t.lower)) from = j;
  if (from < 0) return null;
  while (from - 1 >= floor && tokens[from - 1].kind === 'word' && HEDGE.test(tokens[from - 1].lower)) from--;
  return from;
}

/** An auxiliary or an -ly adverb: what stands between a speaker and the verb ("has also said", "strongly denied"). */
// '"...," Will wrote.': a capitalized "Will" or "May" after a quotation is a name, not an auxiliary.
export const auxiliaryOrAdverb = (t: Token | undefined, prev?: Token): boolean => isWord(t) && !(t.cap && prev?.kind === 'quote') && (AUXILIARIES.has(t.lower) || (/ly$/.test(t.lower) && tagged(t, 'Adverb')));

/** Skips adverbs and auxiliaries leftward from j ("has also said"). */
function skipAuxLeft(tokens: readonly Token[], j: number, floor: number): number {
  for (;;) {
    while (j >= floor && auxiliaryOrAdverb(tokens[j], tokens[j - 1])) j--;
    // "Carson, Cruz and Paul have all attacked": a floating "all" or "each" after the subject.
    const prev = tokens[j - 1];
    if (j > floor && isWord(tokens[j]) && /^(all|each)$/.test(tokens[j].lower) && isWord(prev) && (prev.cap || AUXILIARIES.has(prev.lower) || /s$/.test(prev.lower))) {
      j--;
      continue;
    }
    // "have in the past said", "at the time said": a short time phrase between subject and verb.
    if (j - 2 > floor && isWord(tokens[j]) && /^(past|time)$/.test(tokens[j].lower) && tokens[j - 1].lower === 'the' && /^(in|at)$/.test(tokens[j - 2].lower)) {
      j -= 3;
      continue;
    }
    return j;
  }
}

export const DAY_WORD = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/;
const DAY_PART = /^(morning|afternoon|evening|night)$/;

/** Skips a time adjunct leftward from j: "Clinton on Tuesday said", "Obama last week said". */
function skipTimeLeft(tokens: readonly Token[], j: number, floor: number): number {
  let k = j;
  if (isWord(tokens[k]) && DAY_PART.test(tokens[k].lower) && isWord(tokens[k - 1]) && DAY_WORD.test(tokens[k - 1].lower)) k--;
  if (isWord(tokens[k]) && DAY_WORD.test(tokens[k].lower)) {
    k--;
    if (k >= floor && isWord(tokens[k]) && /^(on|early|late|earlier|last)$/.test(tokens[k].lower)) k--;
    return k >= floor ? k : j;
  }
  // "Fiorina a month later announced", "Smith two days later said".
  // The cue may have taken "later" as its adverb already.
  if (isWord(tokens[k]) && tokens[k].lower === 'later') k--;
  if (k < j || tokens[k + 1]?.lower === 'later') {
    if (isWord(tokens[k]) && /^(day|week|month|year)s?$/.test(tokens[k].lower) && isWord(tokens[k - 1]) && (tokens[k - 1].lower === 'a' || NUMBER_WORD.test(tokens[k - 1].lower))) {
      k -= 2;
      return k >= floor ? k : j;
    }
    k = j;
  }
  if (isWord(tokens[k]) && /^(week|month|year|weekend)$/.test(tokens[k].lower) && isWord(tokens[k - 1]) && /^(last|this)$/.test(tokens[k - 1].lower)) {
    k -= 2;
    if (k >= floor && isWord(tokens[k]) && tokens[k].lower === 'earlier') k--;
    return k >= floor ? k : j;
  }
  return j;
}

/**
 * How far back (tokens) an appositive or relative clause between a name and its verb may reach: "Rich
 * Heffley, a top GOP operative who played a major role in ... and is now running ..., said" (train:
 * 35 over 25, direct and mixed speaker +0.0004; 45 no different).
 */
const APPOSITIVE_REACH = 35;

/** The speaker mention right before the cue starting at token `cue`: "Kremlin spokesman Dmitry Peskov told". */
export function mentionBefore(tokens: readonly Token[], cue: number, floor = 0): MentionMatch | null {
  const end = skipAuxLeft(tokens, cue - 1, floor);
  let j = skipAuxLeft(tokens, skipTimeLeft(tokens, end, floor), floor);
  if (j < floor) return null;
  // "called on X to attack the oil that funds Y and proposed ...": a verb after a conjunction shares
  // the clause's subject; the phrase before the conjunction is an object.
  if (isWord(tokens[j]) && /^(and|or|but)$/.test(tokens[j].lower)) return null;
  // "A court document filed Thursday says": a participle and its time adjunct close the speaker's phrase.
  if (j < end && isWord(tokens[j]) && POST_ADJECTIVES.test(tokens[j].lower)) {
    const m = phraseEndingAt(tokens, j - 1, floor);
    if (m && m.kind !== 'pronoun') return { ...extendLeft(tokens, m, floor), to: end + 1 };
  }
  const titled = appositiveEndingInTitle(tokens, j, floor) ?? residence(tokens, j, floor);
  if (titled) return titled;
  const mark = tokens[j];
  const long = mark.text === ',' ? longClauseAfterName(tokens, j, floor) : null;
  if (long) return long;
  if (mark.kind === 'punct' && (mark.text === ',' || DASHES.has(mark.text))) return speakerBeforeMark(tokens, j, floor);
  const m = phraseEndingAt(tokens, j, floor) ?? headBeforePreposition(tokens, j, floor);
  if (!m) return relativeHead(tokens, j + 1, j + 1, floor);
  return m.kind !== 'pronoun' ? extendLeft(tokens, m, floor) : m;
}

/** "R-Fla.", "D-N.Y.": a party and state after a lawmaker's name, no name of its own. */
const partyTag = (tokens: readonly Token[], m: MentionMatch) => m.to - m.from === 1 && /^[RDI]-[A-Z]/.test(tokens[m.from].text);

/**
 * "Cory James, 22, of Flint, Mich., said"; "Jane Smith of Dayton, Ohio, said": where the speaker lives,
 * a place name with its own commas, follows the name and is no speaker.
 */
function residence(tokens: readonly Token[], j: number, floor: number): MentionMatch | null {
  if (tokens[j]?.text !== ',') return null;
  let k = j - 1;
  let commas = 0;
  for (; k > floor && (tokens[k].text === ',' || (isWord(tokens[k]) && tokens[k].cap)); k--) if (tokens[k].text === ',') commas++;
  // City and state with a comma between them, after the age or a comma: "Republican of Minnesota" is an office.
  if (commas !== 1 || tokens[k].lower !== 'of' || !tokens[k + 1].cap || tokens[k - 1]?.text !== ',') return null;
  let p = k - 2;
  if (/^\d{1,3}$/.test(tokens[p]?.text ?? '') && tokens[p - 1]?.text === ',') p -= 2;
  const m = p >= floor ? phraseEndingAt(tokens, p, floor) : null;
  return m && m.kind === 'name' ? { ...extendLeft(tokens, m, floor), appositive: [k, j] } : null;
}

/**
 * The speaker before a comma or dash that closes its phrase: the name an appositive or relative clause
 * describes ("X, the ROLE of ORG, said"; "X, who ..., said"; "X \u2014 a teacher \u2014 says"), or null.
 */
function speakerBeforeMark(tokens: readonly Token[], j: number, floor: number): MentionMatch | null {
  const mark = tokens[j];
  for (let k = j - 1; k >= Math.max(floor, j - APPOSITIVE_REACH); k--) {
    const t = tokens[k];
    // 'X, wearing "Ted Cruz" pins, said': a short quoted name inside the appositive is part of it, and so is
    // a title with its comma inside the marks ('X, a contestant on "The Apprentice," who ..., said').
    if (t.kind === 'quote' && !quotedNameInAppositive(t)) break;
    if (t.kind === 'punct' && (t.text === mark.text || (DASHES.has(t.text) && DASHES.has(mark.text)))) {
      // "Sanders, meanwhile, who sits at zero endorsements, said": a sentence adverb set off after the name.
      if (t.text === ',' && k - 2 > floor && tokens[k - 2].text === ',' && isWord(tokens[k - 1]) && /^(meanwhile|however|too|though|also|instead)$/.test(tokens[k - 1].lower)) k -= 2;
      // "Marley Anderson, 21, a junior from Las Vegas, said": the age sits between name and appositive.
      if (mark.text === ',' && k - 2 >= floor && /^\d{1,3}$/.test(tokens[k - 1].text) && tokens[k - 2].text === ',') k -= 2;
      const m = phraseEndingAt(tokens, k - 1, floor);
      const head = m && extendLeft(tokens, m, floor);
      // "Clinton, during a meeting in Columbus, Ohio, said": a comma inside an adverbial's place name.
      if (head && ASIDE_PREPOSITION.test(tokens[head.from - 1]?.lower ?? '') && !subordinateSubjectAt(tokens, head.from - 1, floor)) continue;
      // "Sen. Lindsey Graham, R-S.C., a long-shot candidate, said": a party and state is the name's tag.
      if (head && partyTag(tokens, head) && tokens[head.from - 1]?.text === ',' && !outerHead(tokens, head, j, floor)) continue;
      if (head && m.kind !== 'pronoun') {
        // "Mike Huckabee, for his part, is labeling": an adverbial between commas is no appositive.
        if (adverbialAside(tokens, k + 1, j) || ASIDE_PREPOSITION.test(tokens[k + 1]?.lower ?? '')) return head;
        return outerHead(tokens, head, j, floor) ?? { ...head, appositive: [k + 1, j] };
      }
      // "One Republican presidential hopeful, Carly Fiorina, says": the name is in apposition to a description.
      const name = phraseEndingAt(tokens, j - 1, k + 1);
      if (name && name.kind === 'name' && name.from === k + 1) return name;
      // "Sen. Marco Rubio, R-Fla., appearing on Fox News, said": a participial aside after another appositive.
      if (isWord(tokens[k + 1]) && !tokens[k + 1].cap && /ing$/.test(tokens[k + 1].lower)) return mentionBefore(tokens, k + 1, floor);
      return null;
    }
  }
  // "Sen. Jack Reed (D-R.I.), said": a stray comma between a name opening the clause and its verb.
  const lone = mark.text === ',' ? phraseEndingAt(tokens, j - 1, floor) : null;
  if (nameOpeningClause(tokens, lone, floor)) return lone;
  return null;
}

/** A name with no word before it in its clause: "Sen. Jack Reed (D-R.I.), said", "Priebus, who ..., said". */
const nameOpeningClause = (tokens: readonly Token[], m: MentionMatch | null, floor: number) => !!m && m.kind === 'name' && (m.from <= floor || !isWord(tokens[m.from - 1]));

/** A quotation that can sit inside an appositive: a short name, or a title whose comma is inside the marks. */
function quotedNameInAppositive(t: Token): boolean {
  const words = t.text.split(/\s+/).length;
  if (words <= 4 && !/[,.!?;:]["'\u201d\u2019\u2060]*$/.test(t.text)) return true;
  return words <= 6 && quoteEndsWithComma(t) && /^["'\u201c\u2018\u2060]*\p{Lu}/u.test(t.text);
}

/** Words in -ing that are prepositions, not participles. */
const ING_PREPOSITIONS = /^(during|including|according|regarding|concerning|following|notwithstanding|pending)$/;

/**
 * "Sen. Chuck Grassley, facing a challenge in Iowa, a swing state, said"; "Sandy Phillips, who lost her
 * daughter in Aurora, Colorado, in July 2012, said": a participial or relative clause with commas of its
 * own after a name that opens the clause; the name speaks, not the place or phrase before the last comma.
 */
function longClauseAfterName(tokens: readonly Token[], j: number, floor: number): MentionMatch | null {
  let commas = 0;
  for (let k = j - 1; k >= Math.max(floor, j - APPOSITIVE_REACH); k--) {
    const t = tokens[k];
    if (t.kind === 'quote' || (t.kind === 'punct' && /^[.;:!?]$/.test(t.text))) return null;
    if (t.text !== ',') continue;
    commas++;
    const next = tokens[k + 1];
    const participle = !next?.cap && /ing$/.test(next?.lower ?? '') && !ING_PREPOSITIONS.test(next.lower) && !cueAt(tokens, k + 1);
    if (!isWord(next) || !(/^(whose|who)$/.test(next.lower) || participle)) continue;
    if (commas < 2) return null;
    const h = phraseEndingAt(tokens, k - 1, floor);
    return nameOpeningClause(tokens, h, floor) ? { ...extendLeft(tokens, h!, floor), appositive: [k + 1, j] } : null;
  }
  return null;
}

/**
 * 'Kerry Washington, star of television's "Scandal," thanked': an appositive that ends in a quoted
 * title whose comma sits inside the marks, as American style puts it. The name before it speaks.
 */
function appositiveEndingInTitle(tokens: readonly Token[], j: number, floor: number): MentionMatch | null {
  const title = tokens[j];
  if (title?.kind !== 'quote' || !quoteEndsWithComma(title) || title.text.split(/\s+/).length > 6) return null;
  for (let k = j - 1; k >= Math.max(floor, j - APPOSITIVE_REACH); k--) {
    const t = tokens[k];
    if (t.kind === 'quote') return null;
    if (t.kind !== 'punct' || t.text !== ',') continue;
    const m = phraseEndingAt(tokens, k - 1, floor);
    if (!m || m.kind !== 'name') return null;
    const head = extendLeft(tokens, m, floor);
    return { ...head, appositive: [k + 1, j + 1] };
  }
  return null;
}

/**
 * "Mr. Slinker, whose start-up, Paradata, uses data, said"; "Giovanni Vian, the editor of the paper,
 * L'Osservatore Romano, said": the phrase before the last comma sits inside a longer relative clause
 * or appositive of a name that opens the clause, which is the speaker.
 */
function outerHead(tokens: readonly Token[], m: MentionMatch, j: number, floor: number): MentionMatch | null {
  const c = m.from - 1;
  if (tokens[c]?.text !== ',') return null;
  for (let k = c - 1; k >= Math.max(floor, c - 8); k--) {
    if (tokens[k].kind !== 'punct') continue;
    if (tokens[k].text !== ',' || !/^(whose|who)$/.test(tokens[k + 1]?.lower ?? '')) break;
    const h = phraseEndingAt(tokens, k - 1, floor);
    return nameOpeningClause(tokens, h, floor) ? { ...h!, appositive: [k + 1, j] } : null;
  }
  if (m.kind !== 'description' && tokens[m.from].cap) return null;
  const h = phraseEndingAt(tokens, c - 1, floor);
  return nameOpeningClause(tokens, h, floor) ? { ...h!, appositive: [m.from, j] } : null;
}

/**
 * "..., while Tom Ridley, the former senator, proposed": a conjunction after a comma or at the clause's
 * start opens a clause whose subject is the name after it, not an adverbial's object.
 */
const subordinateSubjectAt = (tokens: readonly Token[], k: number, floor: number) =>
  /^(while|after|before|as)$/.test(tokens[k]?.lower ?? '') && (k <= floor || tokens[k - 1]?.text === ',' || /^(and|but)$/.test(tokens[k - 1]?.lower ?? ''));

/** Prepositions that open an adverbial set between commas after a speaker, not an appositive. */
const ASIDE_PREPOSITION = /^(during|at|in|on|after|before|while|following|amid|despite|like|unlike)$/;

/** "for his part", "in turn", "meanwhile", "too": words between commas that qualify the clause, not the speaker. */
function adverbialAside(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).map((t) => t.lower).join(' ');
  return /^(for (his|her|their|its) part|in turn|in response|in a statement|in an interview|meanwhile|however|though|too|also|instead|in fact|of course|for example|for instance|for now|so far)$/.test(words);
}

/** "Some advocates for stem cell research said", "most of them said": a head noun phrase, a preposition, bare nouns up to the cue. */
function headBeforePreposition(tokens: readonly Token[], j: number, floor: number): MentionMatch | null {
  for (let p = j - 1; p >= floor && j - p <= 5; p--) {
    const t = tokens[p];
    if (!isWord(t)) return null;
    // "One employee at a software firm declined": the preposition's object may take an article.
    // "Another source familiar with Lee's thinking said": a gerund after a possessive is a noun.
    const inObject = (x: Token, at: number) => nominal(x) || OBJECT_PRONOUNS.has(x.lower) || nameish(x) || ARTICLES.has(x.lower) || (tagged(x, 'Gerund') && /['\u2019]s$/.test(tokens[at - 1]?.text ?? ''));
    if (!/^(for|of|to|with|on|about|from|in|at)$/.test(t.lower)) {
      if (!inObject(t, p)) return null;
      continue;
    }
    if (!tokens.slice(p + 1, j + 1).every((x, k) => inObject(x, p + 1 + k)) || ARTICLES.has(tokens[j].lower)) return null;
    // "sources privy to negotiations", "people close to Clinton": an adjective before the preposition.
    const adj = p - 1 > floor && isWord(tokens[p - 1]) && !tokens[p - 1].cap && !QUANTIFIERS.has(tokens[p - 1].lower) && (POST_ADJECTIVES.test(tokens[p - 1].lower) || tagged(tokens[p - 1], 'Adjective'));
    const head = phraseEndingAt(tokens, adj ? p - 2 : p - 1, floor);
    return head && head.kind !== 'pronoun' ? { from: head.from, to: j + 1, kind: head.kind, appositive: null } : null;
  }
  return null;
}

const OBJECT_PRONOUNS = new Set(['them', 'us', 'those', 'these']);
const ARTICLES = new Set(['a', 'an', 'the']);

// A hyphen standing alone is a dash typed with spaces around it ("X - a teacher - says").
const DASHES = new Set(['\u2014', '\u2013', '--', '-']);

/** "Officials who spoke on condition of anonymity said": the head before a relative clause ending at `before`. */
function relativeHead(tokens: readonly Token[], before: number, to: number, floor: number): MentionMatch | null {
  for (let w = before - 1; w > floor && before - w <= 10; w--) {
    const t = tokens[w];
    if (t.kind !== 'word') return null;
    // "The officials whose laws were struck down say": a possessive relative too.
    if (t.lower === 'who' || t.lower === 'that' || t.lower === 'whose') {
      const head = phraseEndingAt(tokens, w - 1, floor);
      return head && head.kind !== 'pronoun' ? { ...head, to, appositive: null } : null;
    }
  }
  return null;
}

const PREPOSITIONS = new Set(['of', 'from', 'in', 'at', 'on', 'for', 'with', 'by', 'to', 'among', 'inside', 'within', 'across', 'behind', 'near', 'close']);

/**
 * Grows a mention leftward over what modifies or joins it: "People briefed on the move",
 * "a press release from Judicial Watch", "he and other challengers".
 */
function extendLeft(tokens: readonly Token[], m: MentionMatch, floor: number): MentionMatch {
  let cur = m;
  // "an event that Carson says": a relative word right before the mention makes the mention its clause's subject.
  const relative = tokens[cur.from - 1]?.text === 'that' ? null : relativeHead(tokens, cur.from, m.to, floor);
  if (relative) return relative;
  // "Two of the three candidates said": a number and "of the" before the group count it out.
  const n = cur.from;
  if (n - 3 >= floor && tokens[n - 1]?.lower === 'the' && tokens[n - 2]?.lower === 'of' && isWord(tokens[n - 3]) && /^(two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(tokens[n - 3].lower)) return { ...cur, from: n - 3, kind: 'description' };
  for (let step = 0; step < 2; step++) {
    let i = cur.from - 1;
    if (i <= floor || tokens[i].kind !== 'word') break;
    const w = tokens[i];
    if (w.lower === 'and' || w.lower === 'nor') {
      const from = coordinatedFrom(tokens, i, floor);
      if (from === null) break;
      cur = { ...cur, from: from.from, kind: from.kind === 'pronoun' ? cur.kind : from.kind };
      continue;
    }
    if (!PREPOSITIONS.has(w.lower)) break;
    // A participle may stand before the preposition: "polls conducted for", "people familiar with".
    let h = i - 1;
    const p = tokens[h];
    if (p?.kind === 'word' && !p.cap && (p.tags?.has('PastTense') || p.tags?.has('Participle') || p.tags?.has('Adjective') || p.tags?.has('Gerund') || POST_ADJECTIVES.test(p.lower))) h--;
    const head = phraseEndingAt(tokens, h, floor);
    if (!head || head.kind === 'pronoun') break;
    cur = { ...cur, from: head.from, kind: head.kind === 'name' || cur.kind === 'name' ? 'name' : 'description' };
  }
  return cur;
}

/**
 * Where a coordinated subject starts, given its conjunction at `c`: "Lee and Hale", "Neither Cruz nor
 * Christie", "Labor unions, environmental groups, and many lawmakers" (a list only when its first item
 * opens the clause, not "After meeting the governor, Lee and Hale").
 */
function coordinatedFrom(tokens: readonly Token[], c: number, floor: number): { from: number; kind: MentionMatch['kind'] } | null {
  // ", and" mostly joins clauses ("..., and Nicklaus said"); it joins a subject only as a list's last item.
  const serial = tokens[c - 1]?.text === ',';
  const h = serial ? c - 2 : c - 1;
  const head = h >= floor ? phraseEndingAt(tokens, h, floor) : null;
  if (!head) return null;
  const from = head.from;
  if (tokens[c].lower === 'nor') return tokens[from - 1]?.lower === 'neither' ? { from: from - 1, kind: head.kind } : tokens[from]?.lower === 'neither' ? { from, kind: head.kind } : null;
  let list = from;
  while (tokens[list - 1]?.text === ',' && list - 2 >= floor) {
    const prev = phraseEndingAt(tokens, list - 2, floor);
    if (!prev || prev.kind === 'pronoun') break;
    list = prev.from;
  }
  if (list < from && opensPhrase(tokens, list, floor)) return { from: list, kind: head.kind };
  return serial ? null : { from, kind: head.kind };
}

/** The speaker mention right after position `start` (inverted "said Caddell", "according to X"). */
export function mentionAfter(tokens: readonly Token[], start: number, limit = tokens.length, nounExpected = false): MentionMatch | null {
  let i = start;
  const t = tokens[i];
  if (!isWord(t) || i >= limit) return null;
  if (SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'who') return { from: i, to: i + 1, kind: 'pronoun', appositive: null };
  if (/^(one|another)$/.test(t.lower)) return quantifierPhrase(tokens, i, limit);
  let j = i;
  if (DETERMINERS.has(t.lower)) j++;
  let hasName = false;
  let end = j;
  while (j < limit) {
    const w = tokens[j];
    if (nameish(w)) {
      if (w.cap) hasName = true;
      end = ++j;
    } else if (isWord(w) && /^\d+$/.test(w.text) && j > i && tokens[j - 1].cap) end = ++j;
    else if (isWord(w) && CONNECTORS.has(w.lower) && nameish(tokens[j + 1]) && j > i) j++;
    // "said retired neurosurgeon Ben Carson", "says the ad's narrator": a participle or possessive modifier.
    else if (modifierBeforeHead(tokens, j, limit) || dayModifier(tokens, j)) j++;
    // After "according to" a noun phrase must follow, whatever the tagger made of "figures".
    else if ((nominal(w) || (nounExpected && j === i && isWord(w) && !w.cap && /s$/.test(w.lower) && !NOT_NAMES.has(w.lower))) && !cueAt(tokens, j)) {
      j++;
      if (headNoun(w) || (nounExpected && j === i + 1)) end = j;
    } else break;
  }
  if (end === i || (end === i + 1 && DETERMINERS.has(t.lower))) return null;
  const last = tokens[end - 1];
  if (!hasName && !headNoun(last) && !(nounExpected && end === i + 1)) return null;
  end = extendRight(tokens, end, limit);
  // "said the company's lawyer, Ann Lee.": a description, then the name it describes closing the clause.
  if (!hasName && tokens[end]?.text === ',' && isWord(tokens[end + 1]) && tokens[end + 1].cap && !NOT_NAMES.has(tokens[end + 1].lower)) {
    let k = end + 1;
    while (k < limit && k - end <= 4 && nameish(tokens[k]) && tokens[k].cap) k++;
    const close = tokens[k];
    if (k > end + 1 && (!close || close.kind === 'quote' || (close.kind === 'punct' && /^[.;]$/.test(close.text)))) return { from: i, to: k, kind: 'name', appositive: null };
  }
  // "said Rep. Bobby Scott (D-Va.)": a party tag closes the name.
  if (hasName && tokens[end]?.text === '(' && /^[RDI]-/.test(tokens[end + 1]?.text ?? '') && tokens[end + 2]?.text === ')') end += 3;
  return { from: i, to: end, kind: hasName ? 'name' : 'description', appositive: appositiveAfter(tokens, end, limit) };
}

/** A lower-case adjective, participle or possessive right before a noun or a name ("retired neurosurgeon", "the ad's narrator"). */
function modifierBeforeHead(tokens: readonly Token[], j: number, limit: number): boolean {
  const w = tokens[j];
  const next = tokens[j + 1];
  if (!isWord(w) || w.cap || j + 1 >= limit || !isWord(next) || cueAt(tokens, j)) return false;
  const modifier = possessive(w) || !!w.tags?.has('Adjective') || (!!w.tags?.has('PastTense') && /ed$/.test(w.lower));
  return modifier && (nameish(next) || (nominal(next) && !cueAt(tokens, j + 1)));
}

/**
 * '..., said one unaligned Florida strategist', 'said one of those advisers, who ...', 'tweeted
 * another.': a quantifier's phrase runs to the clause's next mark when it ends in a noun (the tagger
 * reads "unaligned" or "well-connected" as verbs, so the words between are not checked one by one).
 */
function quantifierPhrase(tokens: readonly Token[], i: number, limit: number): MentionMatch | null {
  let k = i + 1;
  while (k < limit && k - i < 10 && tokens[k].kind === 'word' && !/^(who|which|that|as|after|when|while|because)$/.test(tokens[k].lower) && !cueAt(tokens, k)) k++;
  // '... said one source who identified him': a relative clause closes the phrase too.
  const closed = k >= tokens.length || tokens[k].kind !== 'word' || /^(who|which|that)$/.test(tokens[k].lower);
  if (!closed) return null;
  if (k > i + 1 && !headNoun(tokens[k - 1]) && !/s$/.test(tokens[k - 1].lower)) return null;
  return { from: i, to: k, kind: 'description', appositive: appositiveAfter(tokens, k, limit) };
}

const APPOSITIVE_START = /^(a|an|the|another|who|whose|which|former|then|one|\d+|chairman|president|director|head|chief|spokesman|spokeswoman|senior|co-founder|founder|executive|author|professor|leader|member|democrat|republican|independent)$/;

const CLAUSE_AUX = /^(has|have|had|is|are|was|were|will|would|can|could|should|may|might|must|does|did)$/;

/** '..., said Jane Roe, 57, a former mayor, ...': the appositive after an inverted speaker, token range. */
function appositiveAfter(tokens: readonly Token[], end: number, limit: number, chained = false): [number, number] | null {
  if (tokens[end]?.text !== ',' || !(APPOSITIVE_START.test(tokens[end + 1]?.lower ?? '') || (!chained && roleOpening(tokens, end + 1)))) return null;
  let k = end + 1;
  let relative = false;
  while (k < limit && k - end < 30 && tokens[k].kind !== 'quote' && !(tokens[k].kind === 'punct' && /[,;:.!?]/.test(tokens[k].text))) {
    // "according to X, the river has lost ...": an auxiliary before any relative pronoun makes a clause, not an appositive.
    if (/^(who|whom|whose|which|that)$/.test(tokens[k].lower)) relative = true;
    else if (!relative && k > end + 1 && CLAUSE_AUX.test(tokens[k].lower)) return null;
    k++;
  }
  if (k === end + 1) return null;
  // "says Gavin Hale, 23, a student from Fresno, Calif.": an age, then the appositive proper.
  if (k === end + 2 && /^\d{1,3}$/.test(tokens[end + 1].text) && tokens[k]?.text === ',' && APPOSITIVE_START.test(tokens[k + 1]?.lower ?? '') && !/^\d/.test(tokens[k + 1].text)) {
    const next = appositiveAfter(tokens, k, limit);
    if (next) return [end + 1, next[1]];
  }
  const to = relativeContinued(tokens, placeContinued(tokens, k, limit), limit);
  // "Dean Baker, co-director of the Center, a liberal think tank": a description of the appositive's organization.
  const more = !chained && /^(a|an)$/.test(tokens[to + 1]?.lower ?? '') ? appositiveAfter(tokens, to, limit, true) : null;
  return [end + 1, more ? more[1] : to];
}

const ROLE_STOP = /^(and|but|or|so|then|adding|saying|noting|according|as|while|when|after|before|because|if|though|although|in|on|at|for|with|to|from|by|of|not|also|too|however|even|just|still|who|which|that|this|these|those|it|he|she|they|we|i|you|his|her|their|its)$/;

/** "Virgie Rollins, chair of the caucus", "Dunn, now a partner at ...", "Patti Doyle, Clinton's 2008 campaign manager": an appositive led by a role's words. */
function roleOpening(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!isWord(t) || ROLE_STOP.test(t.lower) || /ing$/.test(t.lower) || /ly$/.test(t.lower)) return false;
  if (t.cap) return /['\u2019]s$/.test(t.text) && tokens.slice(k + 1, k + 6).some((x) => isWord(x) && ROLE_WORDS.has(x.lower));
  if (t.lower === 'now') return isWord(tokens[k + 1]) && /^(a|an|the)$/.test(tokens[k + 1].lower);
  // Lower case: a role word within the first four words ("research and policy director of ...").
  return !t.tags?.has('Verb') && tokens.slice(k, k + 4).some((x) => isWord(x) && (ROLE_WORDS.has(x.lower) || /^(co-director|co-chair)$/.test(x.lower)));
}

/** "..., a student from Daytona Beach, Fla., who was among those surveyed": a relative clause after the appositive is the speaker's too. */
function relativeContinued(tokens: readonly Token[], k: number, limit: number): number {
  if (tokens[k]?.text !== ',' || !/^(who|whose)$/.test(tokens[k + 1]?.lower ?? '')) return k;
  const end = wordRunEnd(tokens, k + 2, 23, limit);
  return end >= 0 ? end : k;
}

/**
 * Where a run of at most `max` words starting at `from` ends, when a comma, full stop or semicolon (or
 * `limit`) closes it; -1 when something else does: a relative clause read to its end.
 */
export function wordRunEnd(tokens: readonly Token[], from: number, max: number, limit: number): number {
  let j = from;
  while (j < limit && j - from < max && tokens[j].kind === 'word') j++;
  return j >= limit || (tokens[j].kind === 'punct' && /^[.,;]$/.test(tokens[j].text)) ? j : -1;
}

/** "... a student from Fresno, Calif.": a state after a place's comma belongs to the appositive. */
function placeContinued(tokens: readonly Token[], k: number, limit: number): number {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (tokens[k]?.text !== ',' || k + 1 >= limit || !isWord(prev) || !prev.cap || !isWord(next) || !next.cap) return k;
  const after = tokens[k + 2];
  return !after || after.kind === 'quote' || (after.kind === 'punct' && /^[.,]$/.test(after.text)) ? k + 2 : k;
}

/** "X, who ...": a relative pronoun right after a comma, whose clause describes the phrase before. */
const relativePronoun = (tokens: readonly Token[], m: MentionMatch) => m.kind === 'pronoun' && /^(who|which)$/.test(tokens[m.from].lower) && tokens[m.from - 1]?.text === ',';

/** "Asked which county was his favorite, he demurred": a passive participle opening the clause, its phrase skipped. */
const PASSIVE_OPENERS = new Set(['asked', 'pressed', 'questioned', 'challenged', 'confronted', 'interviewed', 'contacted', 'reached']);

const ADVERBIAL_PREPOSITIONS = /^(in|during|at|on|via|through)$/;

/** "in a statement", "during a rally": a phrase naming how or where words were said, never who said them. */
export function occasionPhrase(tokens: readonly Token[], m: MentionMatch): boolean {
  const last = tokens[m.to - 1];
  return ADVERBIAL_PREPOSITIONS.test(tokens[m.from - 1]?.lower ?? '') && isWord(last) && !last.cap && (CHANNEL_NOUNS.has(last.lower) || EVENT_NOUNS.has(last.lower));
}

/** The subject of the sentence's main clause: the phrase before its first verb ("X won and says ..."). */
export function subjectOf(tokens: readonly Token[], before: number): MentionMatch | null {
  const s0 = clauseStart(tokens);
  // "Speaking at a town hall in Salem, Trump went after Bush, calling ...": an opening participle's phrase is skipped too.
  if (isWord(tokens[s0]) && (OPENING_PHRASE.has(tokens[s0].lower) || qualifiedOpening(tokens, s0) || verblessOpening(tokens, s0) || (tokens[s0].cap && /ing$/.test(tokens[s0].lower)) || (tokens[s0].cap && PASSIVE_OPENERS.has(tokens[s0].lower)))) {
    const after = subjectAfterOpening(tokens, s0, before);
    if (after) return after;
  }
  for (let i = s0 + 1; i < before; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') {
      if (t.kind === 'quote') return null;
      continue;
    }
    // "His campaign sued ...": after a determiner or possessive, a word the tagger reads as a verb is a noun.
    if (!t.tags?.has('PastTense') && isWord(tokens[i - 1]) && (DETERMINERS.has(tokens[i - 1].lower) || POSSESSIVE_PRONOUNS.has(tokens[i - 1].lower))) continue;
    // "Other candidates, including X, have followed": a participle is not the clause's verb.
    if (t.tags?.has('Gerund') && !cueAt(tokens, i)) continue;
    if (t.tags?.has('Verb') || cueAt(tokens, i)) {
      const found = subjectPastOccasion(tokens, mentionBefore(tokens, i, s0), s0);
      // "Priebus, who has been in contact ..., arrived and acknowledged": the relative clause's verb comes
      // first; the clause's subject is the name it describes.
      // "Sen. Mark Kirk, R-Ill., who faces ...": the name may carry its own appositive before the clause.
      const before = found && relativePronoun(tokens, found) ? phraseEndingAt(tokens, found.from - 2, s0) : null;
      const relative = found && relativePronoun(tokens, found) ? (before && !partyTag(tokens, before) ? before : mentionBefore(tokens, found.from, s0)) : null;
      const m = relative && relative.kind !== 'pronoun' ? relative : found;
      // "The minister of energy, Ségolène Royal, alluded": the name in apposition to the opening description.
      const apposed = !!m && tokens[m.from - 1]?.text === ',' && tokens.slice(s0, m.from - 1).every((x) => x.kind === 'word' && !x.tags?.has('Verb'));
      return m && (m.from <= s0 + 2 || apposed || m.from === timeOpeningEnd(tokens, s0)) ? m : null;
    }
  }
  // "Salceda, citing data, ...": no verb before the participle, whose speaker is the phrase before its comma.
  if (before - 1 > s0 && tokens[before - 1]?.text === ',' && !tokens.slice(s0, before).some((t) => t.kind === 'quote')) {
    const m = mentionBefore(tokens, before - 1, s0);
    if (m && m.from <= s0 + 2) return m;
  }
  return null;
}

/** "Sanders during a rally thanked": the subject is the phrase right before the occasion's preposition. */
function subjectPastOccasion(tokens: readonly Token[], m: MentionMatch | null, s0: number): MentionMatch | null {
  if (!m || !occasionPhrase(tokens, m)) return m;
  const subject = mentionBefore(tokens, m.from - 1, s0);
  return subject && subject.to === m.from - 1 ? subject : null;
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const SUBORDINATORS = new Set(['when', 'while', 'as', 'after', 'before', 'because', 'since', 'once', 'until', 'although', 'though', 'whereas', 'whenever']);

/**
 * "The crowd cheered when Trump spotted a sign and asked ...", "It came at a rally, when protesters
 * interrupted her, shouting ...": a verb coordinated with, or a participle right after, a subordinate
 * clause later in the sentence shares that clause's subject, not the sentence's. `to` is the token that
 * ends the clause (the conjunction or the participle's comma); null unless the nearest subordinator
 * before it opens a clause with no comma or quotation up to `to`, whose first finite verb follows its subject.
 */
export function subordinateSubject(tokens: readonly Token[], to: number): MentionMatch | null {
  const s0 = clauseStart(tokens);
  for (let w = to - 1; w > s0; w--) {
    const t = tokens[w];
    if (t.kind === 'quote' || t.text === ',') return null;
    if (!isWord(t) || !SUBORDINATORS.has(t.lower)) continue;
    for (let v = w + 2; v < to; v++) {
      const x = tokens[v];
      if (!x.tags?.has('Verb') || x.tags.has('Gerund') || !(x.tags.has('PastTense') || x.tags.has('PresentTense'))) continue;
      const m = mentionBefore(tokens, v, w + 1);
      return m && m.from === w + 1 ? m : null;
    }
    return null;
  }
  return null;
}

/**
 * "For that she drew his ire - he called her "weak" and said ...": a verb coordinated after a clause
 * that follows the sentence's only dash shares that clause's subject, not the sentence's.
 */
export function dashClauseSubject(tokens: readonly Token[], to: number): MentionMatch | null {
  const s0 = clauseStart(tokens);
  const dashes: number[] = [];
  for (let k = s0; k < to; k++) if (tokens[k].kind === 'punct' && DASHES.has(tokens[k].text)) dashes.push(k);
  if (dashes.length !== 1) return null;
  const w = dashes[0];
  for (let v = w + 2; v < Math.min(to, w + 5); v++) {
    const x = tokens[v];
    if (!x.tags?.has('Verb') || x.tags.has('Gerund') || !(x.tags.has('PastTense') || x.tags.has('PresentTense'))) continue;
    const m = mentionBefore(tokens, v, w + 1);
    return m && m.from === w + 1 ? m : null;
  }
  return null;
}

/**
 * "At a campaign event in Marietta, Ohio, Jane Roe railed ...", "In a statement released Thursday,
 * Rep. Roe reacted ...": the subject is the phrase right after the comma that closes the opening
 * phrase, the first comma after which a mention and its finite verb follow with no comma between.
 */
function subjectAfterOpening(tokens: readonly Token[], s0: number, before: number): MentionMatch | null {
  for (let c = s0 + 1; c < Math.min(before, s0 + 25); c++) {
    // 'Speaking on ABC's "This Week," Carson ...': the comma may close a quotation.
    if (tokens[c].text !== ',' && !quoteEndsWithComma(tokens[c])) continue;
    const m = subjectAfterComma(tokens, c, before);
    if (m) return m;
  }
  return null;
}

/** The mention right after the comma at `c` (within a token of it) whose finite verb follows before the next comma. */
function subjectAfterComma(tokens: readonly Token[], c: number, before: number): MentionMatch | null {
  for (let v = c + 1; v < before && tokens[v].text !== ',' && tokens[v].kind !== 'quote'; v++) {
    const t = tokens[v];
    if (!t.tags?.has('Verb') || t.tags.has('Gerund') || !(t.tags.has('PastTense') || t.tags.has('PresentTense'))) continue;
    // "Rubio's campaign sent", "her campaign sent": after a possessive the tagger's verb is a noun.
    if ((/['\u2019]s$/.test(tokens[v - 1]?.text ?? '') || POSSESSIVE_PRONOUNS.has(tokens[v - 1]?.lower ?? '')) && !t.tags.has('PastTense')) continue;
    const m = mentionBefore(tokens, v, c + 1);
    // "Priebus, who has been ...": a relative clause after a name, not an opening phrase before the subject.
    if (m && relativePronoun(tokens, m)) return null;
    return m && m.from <= c + 2 ? m : null;
  }
  return null;
}

/**
 * "After saying he was tired, the governor left", "By offering Kasich the spot, Trump would ...": a
 * participle opening its sentence speaks for the subject after the comma that closes its phrase. Where
 * the phrase ends (token index, exclusive) and that subject, or null when no comma is followed by a
 * mention and its finite verb.
 */
export function subjectAfterOpeningParticiple(tokens: readonly Token[], cueTo: number): { end: number; mention: MentionMatch } | null {
  for (let c = cueTo; c < Math.min(tokens.length, cueTo + 40); c++) {
    const t = tokens[c];
    // 'Before calling the plan "a disaster," X left': the comma inside the closing quotation ends the phrase.
    const quoteComma = quoteEndsWithComma(t);
    // 'In explaining why those "solutions" failed, Clinton ...': a quotation inside the phrase is part of it.
    if (/^[.;:!?]$/.test(t.text)) return null;
    if (t.text !== ',' && !quoteComma) continue;
    const m = subjectAfterComma(tokens, c, tokens.length);
    if (m && m.from === c + 1) return { end: quoteComma ? c + 1 : c, mention: m };
  }
  return null;
}

/** "A few minutes later, Murphy ...", "Hours later, ...": a short phrase with no verb before the first comma. */
function verblessOpening(tokens: readonly Token[], s0: number): boolean {
  for (let k = s0; k < Math.min(tokens.length, s0 + 8); k++) {
    const t = tokens[k];
    if (t.text === ',') return k > s0;
    if (t.kind !== 'word' || cueAt(tokens, k) || (t.tags?.has('Verb') && !t.tags.has('Gerund'))) return false;
  }
  return false;
}

/** "Shortly after the call ended, ...", "Hours before the vote, ...": an adverbial opening led by a measure of time. */
const qualifiedOpening = (tokens: readonly Token[], s0: number) =>
  /^(shortly|just|soon|long|even|only|right|hours|minutes|days|weeks|months|years|moments|immediately)$/.test(tokens[s0].lower) && isWord(tokens[s0 + 1]) && OPENING_PHRASE.has(tokens[s0 + 1].lower);

/** Words that open an adverbial phrase before a sentence's subject. */
const OPENING_PHRASE = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'since', 'despite', 'following', 'from', 'with', 'without', 'for', 'under', 'amid', 'like', 'unlike', 'as', 'when', 'while', 'if', 'because', 'although', 'though', 'once', 'whenever', 'unless', 'until']);

/**
 * "On Sunday morning Trump made ...", "By Sunday afternoon she had ...", "In 2013 hackers ...": where a
 * time phrase with no comma that opens the clause ends, or -1.
 */
function timeOpeningEnd(tokens: readonly Token[], s0: number): number {
  if (!isWord(tokens[s0]) || !/^(on|by|in|early|late|last|this|earlier)$/.test(tokens[s0].lower)) return -1;
  let k = s0 + 1;
  if (isWord(tokens[k]) && /^(the|last|this|early|late)$/.test(tokens[k].lower)) k++;
  const first = k;
  while (k < first + 3 && isWord(tokens[k]) && (TIME_WORD.test(tokens[k].lower) || /^\d{1,2}$/.test(tokens[k].text))) k++;
  return k > first && TIME_WORD.test(tokens[k - 1].lower) ? k : -1;
}

const TIME_WORD = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|january|february|march|april|may|june|july|august|september|october|november|december|morning|afternoon|evening|night|week|weekend|month|year|\d{4})$/;
const ROLE_TO = /^(adviser|advisers|advisor|advisors|aide|aides|ambassador|envoy|counsel|counselor|assistant|consultant|secretary|successor|heir|liaison|deputy|spokesman|spokeswoman|spokesperson)$/;
const POST_ADJECTIVES = /^(privy|familiar|close|briefed|involved|knowledgeable|reviewed|obtained|released|conducted|published|seen|cited|quoted|speaking|working|based|loyal|opposed|allied|provided|posted|issued|filed|sent|written|signed|commissioned|taken)$/;

/** Post-modifiers after a mention: "a person familiar with the matter", "a copy of the letter reviewed by The Post". */
function extendRight(tokens: readonly Token[], end: number, limit: number): number {
  for (let step = 0; step < 3 && end < limit; step++) {
    let k = end;
    if (tokens[k]?.kind === 'word' && POST_ADJECTIVES.test(tokens[k].lower)) k++;
    const prep = tokens[k];
    // "told X to ...": no; "an adviser to Trump", "the ambassador to Mexico": the role's object.
    if (!prep || prep.kind !== 'word' || !PREPOSITIONS.has(prep.lower) || (prep.lower === 'to' && k === end && !ROLE_TO.test(tokens[end - 1]?.lower ?? ''))) break;
    let j = k + 1;
    if (tokens[j] && DETERMINERS.has(tokens[j].lower)) j++;
    // "told X on Friday": a time phrase is an adjunct of the verb, not part of the mention.
    if (tokens[j] && TIME_WORD.test(tokens[j].lower)) break;
    // "Paul Ryan in a statement", "Trump in his announcement speech": where it was said, not who.
    if (prep.lower === 'in' && tokens.slice(j, j + 3).some((t) => isWord(t) && CHANNEL_NOUNS.has(t.lower))) break;
    let last = -1;
    const gerund = (t: Token) => t.tags?.has('Gerund') || (!t.cap && /ing$/.test(t.lower));
    while (j < limit && j - k < 8 && !gerund(tokens[j]) && (nameish(tokens[j]) || nominal(tokens[j]) || (isWord(tokens[j]) && /['\u2019]s$/.test(tokens[j].text)))) {
      if (headNoun(tokens[j])) last = j;
      j++;
    }
    if (last < 0) break;
    end = last + 1;
  }
  return end;
}
