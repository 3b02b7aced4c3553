// The only module that imports compromise. Its plugins mutate a process-wide singleton, so ours is
// registered lazily, once, with tag names prefixed "Qc" that cannot collide with a user's plugins.
import nlp from 'compromise/two';
import { titles } from '../lexicons/index.js';

let registered = false;
let hooks: string[] | undefined;
/**
 * Hooks whose work no tag we read depends on: the post-tagger's corrections cost two thirds of a
 * parse and change no figure of the evaluation (measured on PolNeAR train); term ids and typeahead
 * feed matching and pointers (every tag of 2,345 train windows the same without them).
 */
const UNUSED_HOOKS = new Set(['postTagger', 'id', 'typeahead']);

interface TermsView {
  docs: { tags: Set<string>; offset?: { start: number; length: number } }[][];
  compute(hooks: string[]): TermsView;
}
interface World {
  hooks: string[];
  methods: { one: { tokenize: { fromString(text: string, world: World): unknown } } };
}
let makeView: ((text: string) => TermsView) | undefined;

/**
 * compromise's document for `text`, split into terms and normalized once: `nlp.tokenize` would
 * normalize every term a second time (a fifth of its cost) and compute machine forms twice.
 */
function termsOf(text: string): TermsView {
  if (!makeView) {
    const world = nlp.world() as unknown as World;
    const View = (nlp.tokenize('') as unknown as { constructor: new (document: unknown) => TermsView }).constructor;
    makeView = (t) => new View(world.methods.one.tokenize.fromString(t, world));
  }
  return makeView(text);
}

function register(): void {
  if (registered) return;
  registered = true;
  const words: Record<string, string> = {};
  for (const r of titles.roles) if (!r.includes(' ')) words[r.toLowerCase()] = 'QcRole';
  nlp.plugin({ tags: { QcRole: { isA: 'Noun' } }, words });
}

/** Part-of-speech tags of one term, keyed by its start offset in the text given to `tagText`. */
export interface TermTags {
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

/** Tags a short window of text (a few clauses around a quotation); offsets are relative to `text`. */
export function tagText(text: string): TermTags[] {
  register();
  const out: TermTags[] = [];
  // nlp.tokenize's own steps first (aliases of slashed terms feed the tagger), then the hooks; the
  // contractions run twice as they did under nlp.tokenize, since tags depend on it.
  hooks ??= ['alias', 'machine', 'contractions', ...((nlp.world() as unknown as World).hooks ?? []).filter((h) => !UNUSED_HOOKS.has(h) && h !== 'alias' && h !== 'machine'), 'offset'];
  const doc = termsOf(text).compute(hooks);
  // The terms themselves, not doc.json(): no copies of every tag list, which keeps the garbage
  // collector (and so parallel workers) out of the way.
  for (const sentence of doc.docs) {
    for (const t of sentence) if (t.offset) out.push({ start: t.offset.start, end: t.offset.start + t.offset.length, tags: t.tags });
  }
  return out;
}

/** A bare full parse, used by the benchmark as the yardstick. */
export function bareParse(text: string): unknown {
  return nlp(text);
}

let lexicon: Record<string, string | string[]> | undefined;
/**
 * A word's tag from compromise's lexicon alone (no parse, no context): a cheap part of speech for
 * every word of a document, where a parse is kept for the few windows that need one.
 */
export function lexiconTag(lowerWord: string): string | undefined {
  register();
  lexicon ??= (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  const t = Object.hasOwn(lexicon, lowerWord) ? lexicon[lowerWord] : undefined;
  return Array.isArray(t) ? t[0] : t;
}

const PERSON_TAGS = new Set(['FirstName', 'Honorific', 'Actor', 'QcRole']);
/** What `mayNameOrTitle` reads of compromise's model, looked up once (after our plugin registered QcRole). */
let personModel: { lexicon: Record<string, string | string[]>; suffixPatterns: Record<string, string>[]; personTag: (tag: string) => boolean } | undefined;
function personModelOf() {
  if (personModel) return personModel;
  register();
  const world = nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]>; tagSet: Record<string, { parents?: string[] }> }; two: { suffixPatterns: Record<string, string>[] } } };
  const tagSet = world.model.one.tagSet;
  personModel = {
    lexicon: world.model.one.lexicon,
    suffixPatterns: world.model.two.suffixPatterns,
    personTag: (tag) => PERSON_TAGS.has(tag) || (tagSet[tag]?.parents ?? []).some((p) => PERSON_TAGS.has(p)),
  };
  return personModel;
}

/**
 * Whether compromise could tag this word, on its own, as a first name, an honorific or a person noun
 * (Actor, our QcRole): its lexicon entry, or for an unknown word its suffix, as its tagger reads them.
 * A name candidate none of whose words can is no name, and is never parsed (checked on every capitalized
 * run of PolNeAR train: no run compromise names or titles fails this test).
 */
const MARKS = /\p{M}/gu;
const EDGE_PUNCT = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
export function mayNameOrTitle(word: string): boolean {
  const { lexicon, suffixPatterns, personTag } = personModelOf();
  // compromise's own normal form: lower case, no diacritics, no punctuation around, no possessive.
  const clean = word.toLowerCase().normalize('NFD').replace(MARKS, '').replace(EDGE_PUNCT, '');
  const base = clean.replace(/['\u2019]s$/, '').replace(/\./g, '');
  for (const form of [clean, base]) {
    const t = Object.hasOwn(lexicon, form) ? lexicon[form] : undefined;
    if (t !== undefined && (Array.isArray(t) ? t : [t]).some(personTag)) return true;
  }
  if (Object.hasOwn(lexicon, base)) return false;
  const suffix = suffixTag(base, suffixPatterns);
  return suffix !== undefined && personTag(suffix);
}

/** compromise's suffix guess for an unknown word (its 2nd-pass suffix loop): the longest known ending. */
function suffixTag(word: string, patterns: Record<string, string>[]): string | undefined {
  const max = Math.min(7, word.length - 1);
  for (let i = max; i > 1; i--) {
    const ending = word.slice(word.length - i);
    if (Object.hasOwn(patterns[i] ?? {}, ending)) return patterns[i][ending];
  }
  return undefined;
}
