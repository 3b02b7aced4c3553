import type { OutletIndex } from '../lexicons/outlet-index.js';
import { DEMONYMS, DETERMINERS, DOCUMENT_NOUNS as DOCUMENTS, FORMS_OF_ADDRESS, GROUP_NOUNS as GROUPS, HONORIFICS, ORG_WORDS, ROLE_HEADS, TITLE_WORDS as ROLE_WORDS } from '../lexicons/word-sets.js';
const FEMALE = /\b(mrs|ms|miss|madam|dame|lady|queen|princess|spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman)\b/i;
const MALE = /\b(mr|sir|lord|king|prince|spokesman|chairman|congressman|councilman|businessman)\b/i;

/** Descriptions that mark a source as deliberately unnamed. */
const ANONYMOUS = /\b(familiar with|on (the )?condition of anonymity|not authori[sz]ed to|declined to be (named|identified)|requested anonymity|asked not to be (named|identified)|who (spoke|talked) on background|close to the|knowledge of|briefed on)\b/i;
const POST_MODIFIER = /^(of|from|in|at|on|for|with|by|to|familiar|close|who|that|briefed|involved|knowledgeable)$/;

export interface ParsedMention {
  name: string;
  role: string | null;
  /** A form of address before the name ("Mr", "Dr", "Lord"): not an office, so never the role. */
  honorific?: string | null;
  /** How the article may refer back to the person: nationality ("Scot"), age ("33-year-old"). */
  descriptions?: string[];
  type: 'person' | 'organization' | 'group' | 'document' | 'anonymous' | 'unknown';
  gender: 'male' | 'female' | 'unknown';
  /** Name words, for matching "Pashinyan" to "Nikol Pashinyan". */
  nameWords: string[];
}

const CAPITALIZED = /^\p{Lu}/u;
const isCap = (w: string) => CAPITALIZED.test(w);

/**
 * Splits a speaker mention into role and name and guesses its type:
 * "Kremlin spokesman Dmitry Peskov" -> role "Kremlin spokesman", name "Dmitry Peskov".
 */
export function parseMention(text: string, outlets: OutletIndex, nameTags?: NameTags): ParsedMention {
  const m = mentionWords(text);
  const { clean, det, rest } = m;
  const gender: ParsedMention['gender'] = FEMALE.test(clean) || nameTags?.female ? 'female' : MALE.test(clean) || nameTags?.male ? 'male' : 'unknown';
  const lower = rest.map((w) => w.toLowerCase());
  // A sentence-initial group noun is capitalized but names nobody: "Critics say".
  if (rest.length === 1 && (GROUPS.has(lower[0]) || DOCUMENTS.has(lower[0]))) return { name: clean, role: null, type: GROUPS.has(lower[0]) ? 'group' : 'document', gender: 'unknown', nameWords: [] };
  const outlet = outlets.byName(rest.join(' '));
  if (outlet) return { name: outlet.name, role: null, type: 'organization', gender: 'unknown', nameWords: [outlet.name.toLowerCase()] };
  const organization = organizationName(rest);
  if (organization) return { name: (det.includes('the') ? 'the ' : '') + organization, role: null, type: 'organization', gender: 'unknown', nameWords: organization.toLowerCase().split(' ') };
  const k = nameStart(rest);
  if (k < rest.length && !(rest.length - k === 1 && ORG_WORDS.has(lower[k]))) return namedMention(m, k, gender, nameTags);
  return describedMention(m, gender);
}

type NameTags = { male: boolean; female: boolean; person: boolean; org: boolean; place: boolean };

/** A mention's words: cleaned, with the nationality before a name ("Scot Andy Murray") and the determiners apart. */
interface MentionWords {
  clean: string;
  descriptions: string[];
  det: string[];
  rest: string[];
}

function mentionWords(text: string): MentionWords {
  const clean = text.replace(/\s+/g, ' ').replace(/[,;:]+$/, '').trim();
  const words = clean.split(' ');
  // "Scot Andy Murray": the nationality describes the person; it is neither name nor office.
  const descriptions: string[] = [];
  while (words.length > 2 && DEMONYMS.has(words[0].toLowerCase())) descriptions.push(words.shift()!.toLowerCase());
  let i = 0;
  while (i < words.length && DETERMINERS.has(words[i].toLowerCase())) i++;
  return { clean, descriptions, det: words.slice(0, i).map((w) => w.toLowerCase()), rest: words.slice(i) };
}

/** Where the name starts: the trailing run of capitalized words that are neither titles nor roles. */
function nameStart(rest: readonly string[]): number {
  let k = rest.length;
  while (k > 0) {
    const w = rest[k - 1];
    const lw = w.toLowerCase().replace(/[.,]$/, '');
    if (!isCap(w) || ROLE_WORDS.has(lw) || HONORIFICS.has(w.toLowerCase()) || HONORIFICS.has(lw)) break;
    k--;
  }
  // An organization's name may hold role-like words: "the National Farmers' Federation".
  if (k < rest.length && ORG_WORDS.has(rest[rest.length - 1].toLowerCase())) while (k > 0 && isCap(rest[k - 1]) && !HONORIFICS.has(rest[k - 1].toLowerCase())) k--;
  return k;
}

/** A name from word k on, with the role and honorific before it: a person, or an organization by its words or tags. */
function namedMention({ rest, descriptions }: MentionWords, k: number, gender: ParsedMention['gender'], nameTags?: NameTags): ParsedMention {
  const nameWords = rest.slice(k).map((w) => w.replace(/['\u2019]s$/, ''));
  const { role, honorific } = splitHonorific(rest.slice(0, k));
  // "Bank of England Governor Mervyn King": an office right before the name makes a person, whatever the tagger says.
  const office = !!role && ROLE_HEADS.has(bare(role.split(' ').pop()!));
  const orgLike = nameWords.some((w) => ORG_WORDS.has(w.toLowerCase())) || (nameTags?.org && !nameTags.person && !office) || (nameTags?.place && !nameTags.person && !role);
  return {
    name: nameWords.join(' '),
    role,
    honorific,
    ...(descriptions.length ? { descriptions } : {}),
    type: orgLike ? 'organization' : 'person',
    gender,
    nameWords: nameWords.map((w) => w.toLowerCase()),
  };
}

/** A mention with no name: an organization in capitals, an anonymous source, a group, a document or a role. */
function describedMention({ clean, det, rest }: MentionWords, gender: ParsedMention['gender']): ParsedMention {
  const lower = rest.map((w) => w.toLowerCase());
  // The head noun stands before any post-modifier: "a person [familiar with the matter]".
  const cut = lower.findIndex((w, i) => i > 0 && POST_MODIFIER.test(w));
  const head = (cut > 0 ? lower[cut - 1] : lower[lower.length - 1]) ?? '';
  if (rest.length && rest.some(isCap) && (ORG_WORDS.has(head) || rest.every((w) => isCap(w) || w === 'of'))) {
    const name = (det.includes('the') ? 'the ' : '') + rest.join(' ');
    return { name, role: null, type: 'organization', gender: 'unknown', nameWords: lower };
  }
  const indefinite = det.some((d) => d === 'a' || d === 'an' || d === 'one' || d === 'another');
  if (ANONYMOUS.test(clean) || /^sources?$/.test(head)) return { name: clean.replace(/^(The|A|An)\b/, (m) => m.toLowerCase()), role: null, type: 'anonymous', gender, nameWords: [] };
  const type: ParsedMention['type'] = GROUPS.has(head) || (/s$/.test(head) && !DOCUMENTS.has(head)) ? 'group' : DOCUMENTS.has(head) ? 'document' : ROLE_WORDS.has(head) || /\b(person|source|official)\b/.test(head) ? (indefinite ? 'anonymous' : 'person') : 'unknown';
  return { name: clean.replace(/^(The|A|An)\b/, (m) => m.toLowerCase()), role: ROLE_WORDS.has(head) ? rest.join(' ') : null, type, gender, nameWords: [] };
}

/** "Mr", "Dr Sir", "Chancellor Mr" → the honorific apart from the office, which alone is the role. */
function splitHonorific(words: readonly string[]): { role: string | null; honorific: string | null } {
  const honor = words.filter((w) => FORMS_OF_ADDRESS.has(w.toLowerCase()));
  const office = words.filter((w) => !FORMS_OF_ADDRESS.has(w.toLowerCase()));
  return { role: office.join(' ') || null, honorific: honor.join(' ') || null };
}

const CONNECTORS = new Set(['of', 'for', 'and', '&', 'on', 'in', 'the', 'de']);
const bare = (w: string) => w.toLowerCase().replace(/[,;:]$/, '');

/**
 * A mention shaped like an organization's name: capitalized words and connectors ("Department of
 * Health", "National Union of Teachers", "Arsenal FC", "Rolls-Royce Holdings plc") holding an
 * organization word, with no office after it ("Bank of England Governor Mervyn King" is a person).
 */
function organizationName(words: readonly string[]): string | null {
  if (words.length < 2 || !isCap(words[0])) return null;
  const orgAt = words.map((w) => ORG_WORDS.has(bare(w)) || ORG_WORDS.has(bare(w).replace(/\.$/, ''))).lastIndexOf(true);
  if (orgAt < 0) return null;
  const shaped = words.every((w, i) => isCap(w) || (i > 0 && CONNECTORS.has(w.toLowerCase())) || ORG_WORDS.has(bare(w)));
  const officeAfter = words.slice(orgAt + 1).some((w) => ROLE_HEADS.has(bare(w)) && !ORG_WORDS.has(bare(w)));
  const honorific = words.some((w) => HONORIFICS.has(w.toLowerCase()));
  return shaped && !officeAfter && !honorific ? words.join(' ').replace(/[,;:]$/, '') : null;
}
