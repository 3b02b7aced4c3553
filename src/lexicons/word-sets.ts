// Word sets derived once from the lexicon files, shared by every stage that looks words up.
import { cueVerbs, functionWords, titles } from './index.js';
import { lookupTable } from '../text/lookup-table.js';

const words = (list: readonly string[], split: RegExp) => new Set(list.flatMap((x) => x.toLowerCase().split(split)));

export const DETERMINERS = new Set(functionWords.determiners);
export const GROUP_NOUNS = new Set(functionWords.groupNouns);
export const DOCUMENT_NOUNS = new Set(functionWords.documentNouns);
export const ORG_WORDS = new Set(functionWords.orgNouns.map((w) => w.toLowerCase()));
/** Nouns that report what someone said or holds: "Trump's claim that ...". */
export const STATEMENT_NOUNS = new Set(functionWords.statementNouns);
/** Polls, surveys and reports that an opening "In ...," credits with the clause after it. */
export const FINDING_NOUNS = new Set(functionWords.findingNouns);
export const VENUE_NOUNS = new Set(functionWords.venueNouns.map((w) => w.toLowerCase()));
/** What words come in: "in a statement", "in his announcement speech". */
export const CHANNEL_NOUNS = new Set(functionWords.channelNouns);
/** Participles that describe the people a noun names: "registered voters", "Retired neurosurgeon Ben Carson". */
export const PARTICIPLE_MODIFIERS = new Set(functionWords.participleModifiers);
/** Occasions words are said at: "during a rally", "at the hearing". */
export const EVENT_NOUNS = new Set(functionWords.eventNouns);
export const HONORIFICS = new Set(titles.honorifics.map((h) => h.toLowerCase()));
/** Nouns of nationality before a name ("Scot Andy Murray"): a description of the person, later "the Scot". */
export const DEMONYMS = new Set(titles.demonyms.map((d) => d.toLowerCase()));
/** Forms of address that are no office ("Mr", "Dr", "Lord"): a speaker's honorific, never their role. */
export const FORMS_OF_ADDRESS = new Set(titles.formsOfAddress.map((h) => h.toLowerCase()));
/** Each word of each role ("prime", "minister"): marks a word as possibly part of a title. */
export const ROLE_WORDS = words(titles.roles, / /);
/** Roles that are one word ("governor", "spokesman"): an office by itself. */
export const ROLE_HEADS = new Set(titles.roles.filter((r) => !r.includes(' ')).map((r) => r.toLowerCase()));
/** Role words and role modifiers ("Armenian", "former"), hyphenated parts split: what precedes a name. */
export const TITLE_WORDS = new Set([...words(titles.roles, /[\s-]+/), ...words(titles.roleModifiers, /\s+/)]);
type Verb = { forms: string[]; strength: number; attitude?: boolean };
const verbs = Object.values(cueVerbs.verbs) as Verb[];
const singleForms = (vs: Verb[]) => new Set(vs.flatMap((v) => v.forms.filter((f) => !f.includes(' '))));
/** Single-word inflected forms of every cue verb ("said", "tells", "shows"). */
export const CUE_FORMS = singleForms(verbs);
/** The words a cue can start with: single forms and the first words of phrases ("made it clear"), to find sentences worth parsing. */
export const CUE_FIRST_WORDS = new Set([...CUE_FORMS, ...verbs.flatMap((v) => v.forms.map((f) => f.split(' ')[0]))]);
/** Forms of the verbs of speaking proper (no attitude-only verbs): what can follow a quotation as its attribution. */
export const SPEECH_FORMS = singleForms(verbs.filter((v) => !v.attitude || v.strength >= 0.8));
/** Words that may stand between a speaker and the cue ("has also said"). */
export const AUXILIARIES = new Set(cueVerbs.auxiliaries);
export const PRONOUNS = lookupTable(functionWords.pronouns as Record<string, { gender: string; number: string; type: string; relative?: boolean; firstPerson?: boolean }>);
