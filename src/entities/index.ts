import Fuse from 'fuse.js';
import type { Draft } from '../attribution/index.js';
import { PRONOUNS } from '../attribution/cues.js';
import type { OutletIndex } from '../lexicons/outlet-index.js';
import type { Source } from '../normalize/index.js';
import type { Speaker } from '../schema/speaker.js';
import { span } from '../text/span.js';
import { Memo } from '../text/memo.js';
import { tagText } from '../nlp/compromise-adapter.js';
import { findNamedPeople } from './people.js';
import { parseMention, type ParsedMention } from './names.js';
import { Coverage, firstAbove, firstWhere } from '../text/ranges.js';

interface Entity {
  id: string;
  parsed: ParsedMention;
  mentions: Speaker['mentions'];
  variants: Set<string>;
  statementIdx: number[];
  lastSeen: number;
}

export interface EntityResult {
  speakers: Speaker[];
  /** For each draft (same order), the index into `speakers` of its speaker, or -1, and a confidence. */
  speakerOf: { index: number; confidence: number; trace: string[] }[];
}

const surname = (p: ParsedMention) => p.nameWords[p.nameWords.length - 1] ?? '';

/**
 * Stage 4: speaker entities. Clusters full names, surnames and titles ("Pashinyan" = "Prime Minister
 * Nikol Pashinyan"), matches variant spellings fuzzily ("Pashinin") and flags them, resolves pronouns
 * to the most recent compatible entity, also across paragraphs.
 */
export function resolveEntities(source: Source, drafts: readonly Draft[], outlets: OutletIndex): EntityResult {
  const book = new EntityBook();
  const speakerOf: EntityResult['speakerOf'] = drafts.map(() => ({ index: -1, confidence: 0, trace: [] }));
  const ctx: MentionContext = { source, drafts, outlets, book, speakerOf };
  const items = mentionItems(source, drafts, outlets);
  prefetchNameTags(items.flatMap((it) => (it.draft >= 0 && !it.parsed && drafts[it.draft].sourceKind === 'name' ? [readable(source, it.start, it.end)] : [])));
  for (const it of items) {
    const text = readable(source, it.start, it.end);
    const draft = it.draft >= 0 ? drafts[it.draft] : null;
    const lower = text.toLowerCase().replace(/[^a-z]/g, '');
    if (draft && (draft.sourceKind === 'pronoun' || (PRONOUNS[lower] && text.split(/\s+/).length === 1))) pronounMention(ctx, it, draft, lower);
    else nameMention(ctx, it, draft, text);
  }
  return keptSpeakers(book.entities, speakerOf);
}

/** A mention in text order: a statement's source (its draft's index) or a person named elsewhere (-1). */
type Item = { start: number; end: number; draft: number; parsed?: ParsedMention; late?: boolean };

/** What every mention step reads and writes. */
interface MentionContext {
  source: Source;
  drafts: readonly Draft[];
  outlets: OutletIndex;
  book: EntityBook;
  speakerOf: EntityResult['speakerOf'];
}

// Names are read from the view: markup blanked, entities decoded ("Farmers&rsquo;" is "Farmers’").
const readable = (source: Source, from: number, to: number) => source.view.slice(from, to).replace(/\u2060/g, '').replace(/\s+/g, ' ').trim();

/** Every mention in text order: statement sources, and named people elsewhere (they may be referred to later). */
function mentionItems(source: Source, drafts: readonly Draft[], outlets: OutletIndex): Item[] {
  const items: Item[] = drafts
    .map((d, i) => {
      const r = d.sourceName ?? d.source;
      return r ? { start: r[0], end: r[1], draft: i } : null;
    })
    .filter((x): x is Item => !!x);
  // A named person overlapping a statement's source, or a person already listed, is not listed again.
  const covered = new Coverage(source.view.length);
  for (const it of items) covered.mark([it.start, it.end]);
  for (const p of findNamedPeople(source, outlets)) {
    if (covered.overlaps([p.start, p.end])) continue;
    items.push({ start: p.start, end: p.end, draft: -1, parsed: p.parsed, late: p.late });
    covered.mark([p.start, p.end]);
  }
  // Captions come last so that the body, not a caption's spelling, names each entity.
  return items.sort((a, b) => Number(!!a.late) - Number(!!b.late) || a.start - b.start || a.draft - b.draft);
}

const FUZZY = { keys: ['key'], includeScore: true, threshold: 0.34, ignoreLocation: true };
/** The longest pattern fuse.js matches in one piece (its bitap works on 32-bit masks). */
const FUZZY_PIECE = 32;

/**
 * The entities found so far, and how a name finds its entity among them. A document can name
 * thousands of people: comparing each name with every entity made the stage quadratic (4,800 speakers
 * took 40 s), so entities are indexed by their name words and their surnames' letter pairs, and only
 * those that share one are compared, with the same tests and in the same order as before.
 */
class EntityBook {
  readonly entities: Entity[] = [];
  private readonly position = new Map<Entity, number>();
  /** Entity positions by name word (a word an entity once had stays listed: candidates are checked). */
  private readonly byWord = new Map<string, number[]>();
  /** Entity positions by their set of name words (stale ones stay listed too: candidates are checked). */
  private readonly byWordSet = new Map<string, number[]>();
  /** Surnames as the fuzzy search knows them (the surname when the entity was added), and where in this list each letter pair occurs. */
  private readonly keys: { key: string; e: Entity }[] = [];
  private readonly byPair = new Map<string, number[]>();
  private readonly fuse = new Fuse<{ key: string; e: Entity }>([], FUZZY);
  /**
   * The entities by when they were last seen, ascending, and among equals the later made first: read
   * backwards from a position, the latest seen come first, the first made among equals. A pronoun
   * reads the few it needs from here where a scan of all of them made a document naming thousands
   * of people quadratic. Kept in order as mentions move entities (captions, read last, move them back).
   */
  readonly byRecency: Entity[] = [];

  add(e: Entity): void {
    this.position.set(e, this.entities.length);
    this.entities.push(e);
    this.byRecency.splice(this.recencyPlace(e), 0, e);
    this.indexWords(e);
    if (!e.parsed.nameWords.length) return;
    const item = { key: surname(e.parsed), e };
    this.fuse.add(item);
    const k = this.keys.length;
    this.keys.push(item);
    for (const pair of new Set(letterPairs(item.key.toLowerCase()))) push(this.byPair, pair, k);
  }

  /** Records that the entity was mentioned at `at`. */
  touch(e: Entity, at: number): void {
    if (e.lastSeen === at) return;
    const i = this.recencyPlace(e) - 1;
    if (this.byRecency[i] === e) this.byRecency.splice(i, 1);
    e.lastSeen = at;
    this.byRecency.splice(this.recencyPlace(e), 0, e);
  }

  /** How many entities were last seen at or before `at`: they are byRecency[0 .. that). */
  seenBy(at: number): number {
    return firstAbove((i) => this.byRecency[i].lastSeen, 0, this.byRecency.length, at);
  }

  /** The index in byRecency just after where `e` belongs (after itself, when it is there). */
  private recencyPlace(e: Entity): number {
    const pos = this.indexOf(e);
    const list = this.byRecency;
    return firstWhere((i) => list[i].lastSeen > e.lastSeen || (list[i].lastSeen === e.lastSeen && this.indexOf(list[i]) < pos), 0, list.length);
  }

  /** Where an entity stands in `entities`. */
  indexOf(e: Entity): number {
    return this.position.get(e) ?? -1;
  }

  /** Lists the entity under its name words again, after a fuller name replaced them. */
  indexWords(e: Entity): void {
    const i = this.indexOf(e);
    for (const w of new Set(e.parsed.nameWords)) {
      const list = this.byWord.get(w);
      if (list?.[list.length - 1] !== i) push(this.byWord, w, i);
    }
    if (!e.parsed.nameWords.length) return;
    const key = wordSetKey(e.parsed.nameWords);
    const list = this.byWordSet.get(key);
    if (list?.[list.length - 1] !== i) push(this.byWordSet, key, i);
  }

  /**
   * The entities whose name words include all of the name's, or are all among the name's (latest
   * first): the first kind are in the list of the name's rarest word, the second under one of its
   * word subsets. Every entity sharing a word with the name was a candidate, and a common word
   * ("Party", "Smith") made a document of many names quadratic.
   */
  private candidatesOf(words: ReadonlySet<string>): number[] {
    const lists = [...words].map((w) => this.byWord.get(w) ?? []);
    // Few sharing a word (most names of most documents): all of them, as cheap as the lookups below.
    if (words.size > MAX_SUBSET_WORDS || lists.reduce((n, l) => n + l.length, 0) <= FEW_CANDIDATES) return [...new Set(lists.flat())].sort((a, b) => b - a);
    const found = new Set(lists.reduce((a, b) => (b.length < a.length ? b : a)));
    for (const key of subsetKeys([...words])) for (const i of this.byWordSet.get(key) ?? []) found.add(i);
    return [...found].sort((a, b) => b - a);
  }

  /** The entity a name belongs to: the same name words (a subset, same surname), else a variant spelling of the surname. */
  findNamed(p: ParsedMention): { e: Entity; variant: boolean } | null {
    const { entities } = this;
    if (!p.nameWords.length) {
      const e = entities.find((x) => x.parsed.name.toLowerCase() === p.name.toLowerCase() && x.parsed.type === p.type);
      return e ? { e, variant: false } : null;
    }
    const words = new Set(p.nameWords);
    // A name and an entity of which one holds the other's words share a word: only those are candidates, latest first.
    for (const i of this.candidatesOf(words)) {
      const e = entities[i];
      if (!e.parsed.nameWords.length) continue;
      const ew = new Set(e.parsed.nameWords);
      const subset = [...words].every((w) => ew.has(w)) || [...ew].every((w) => words.has(w));
      if (subset && (surname(e.parsed) === surname(p) || p.nameWords.length === 1 || e.parsed.nameWords.length === 1)) return { e, variant: false };
    }
    // Variant spelling: same other words, surname close enough ("Pashinin" ~ "Pashinyan").
    const sn = surname(p);
    if (sn.length >= 5 && p.type === 'person') {
      // Same other words: a person with no first name, or the same one.
      const fits = (e: Entity) => e.parsed.type === 'person' && (p.nameWords.length < 2 || e.parsed.nameWords.length < 2 || e.parsed.nameWords[0] === p.nameWords[0]);
      for (const r of this.variantsOf(sn, fits)) if ((r.score ?? 1) <= 0.34 && fits(r.item.e)) return { e: r.item.e, variant: true };
    }
    return null;
  }

  /**
   * fuse.js's matches of a surname among the surnames of the entities `fits` accepts. A match within its threshold has at
   * most a third of the surname's letters wrong; cut into one piece more than that, one piece stands
   * unchanged in the match, and each piece has a letter pair. Only surnames with the first letter pair
   * of a piece are searched, in their order, so scores and ranks are the ones of a search of all.
   */
  private variantsOf(sn: string, fits: (e: Entity) => boolean): ReturnType<Fuse<{ key: string; e: Entity }>['search']> {
    const pattern = sn.toLowerCase();
    if (pattern.length > FUZZY_PIECE) return this.fuse.search(sn);
    const pieces = Math.floor(FUZZY.threshold * pattern.length) + 1;
    const found = new Set<number>();
    for (let p = 0; p < pieces; p++) {
      const at = Math.floor((p * pattern.length) / pieces);
      for (const k of this.byPair.get(pattern.slice(at, at + 2)) ?? []) found.add(k);
    }
    // Only surnames of entities that could take the name are searched: fuse.js ranks by score, then by
    // place in the list, so the first that fits is the one a search of all would give. A document of
    // thousands of people shared letter pairs with a growing share of them, each searched.
    const keys = [...found].sort((a, b) => a - b).map((k) => this.keys[k]).filter((item) => fits(item.e));
    if (!keys.length) return [];
    return new Fuse(keys, FUZZY).search(sn);
  }
}

/** Names of more words than this look their candidates up word by word (2^n subsets otherwise). */
const MAX_SUBSET_WORDS = 8;
const FEW_CANDIDATES = 64;

const wordSetKey = (words: readonly string[]) => [...new Set(words)].sort().join(' ');

/** The keys of every non-empty subset of a set of words. */
function subsetKeys(words: readonly string[]): string[] {
  const sorted = [...words].sort();
  const out: string[] = [];
  for (let mask = 1; mask < 1 << sorted.length; mask++) out.push(sorted.filter((_, i) => mask & (1 << i)).join(' '));
  return out;
}

function push(index: Map<string, number[]>, key: string, value: number): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

/** A word's overlapping letter pairs ("smith": sm, mi, it, th). */
function letterPairs(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 <= word.length; i++) out.push(word.slice(i, i + 2));
  return out;
}

/** A pronoun source: the most recent compatible entity, with the risks that cost confidence. */
function pronounMention({ source, book, speakerOf }: MentionContext, it: Item, draft: Draft, lower: string): void {
  const pr = PRONOUNS[lower];
  const e = resolvePronoun(book, lower, it.start, source.view);
  if (!e) {
    speakerOf[it.draft] = { index: -1, confidence: 0.2, trace: [`pronoun:${lower}:unresolved`] };
    return;
  }
  if (e.parsed.gender === 'unknown' && (pr?.gender === 'male' || pr?.gender === 'female')) e.parsed.gender = pr.gender;
  if (!draft.sourceFromContext) e.mentions.push({ span: span(source.input, it.start, it.end), kind: 'pronoun', variant: false });
  e.statementIdx.push(it.draft);
  // The risks are read from where the antecedent was last seen, before this mention moves it here.
  const risks = pronounRisks(book, e, lower, it.start, source.view);
  book.touch(e, it.start);
  speakerOf[it.draft] = { index: book.indexOf(e), confidence: pr?.firstPerson ? 0.5 : 0.75, trace: [`pronoun:${lower}->${e.parsed.name}`, ...risks] };
}

/** A name or description: parsed with its appositive, joined to the entity it names or describes, or a new one. */
function nameMention({ source, outlets, book, speakerOf }: MentionContext, it: Item, draft: Draft | null, text: string): void {
  const parsed = mentionWithAppositive(source, it, draft, text, outlets);
  // "the prime minister", "the Scot", "the 33-year-old": the person the article introduced that way.
  const described = draft && /^the\s/i.test(text) ? describedEntity(book.entities, text) : null;
  const hit = described ? { e: described, variant: false } : book.findNamed(parsed);
  const mention = { span: span(source.input, it.start, it.end), kind: mentionKind(parsed, text), variant: hit?.variant ?? false };
  let e: Entity;
  if (hit) {
    e = hit.e;
    mergeInto(e, parsed, hit.variant);
    book.indexWords(e);
    if (!draft || !draft.sourceFromContext) e.mentions.push(mention);
  } else {
    e = { id: '', parsed: { ...parsed }, mentions: [mention], variants: new Set(), statementIdx: [], lastSeen: it.start };
    book.add(e);
  }
  book.touch(e, it.start);
  // "Wayne Rooney, 33, scored": the age is how the article may name him later.
  const age = /^,\s*(\d{1,3}),/.exec(source.view.slice(it.end, it.end + 8));
  if (age && parsed.nameWords.length) e.parsed.descriptions = [...(e.parsed.descriptions ?? []), `${age[1]}-year-old`];
  if (!draft) return;
  e.statementIdx.push(it.draft);
  const trace = described ? `speaker:description->${e.parsed.name}` : hit ? (hit.variant ? 'speaker:variant-spelling' : 'speaker:clustered') : 'speaker:new';
  speakerOf[it.draft] = { index: book.indexOf(e), confidence: hit?.variant ? 0.7 : described ? 0.75 : draft.sourceKind === 'description' ? 0.8 : 0.9, trace: [trace] };
}

/** The mention parsed, with what its appositive says: the name ("the city attorney, Ana Ruiz") or the role ("X, the treasurer of Acme"). */
function mentionWithAppositive(source: Source, it: Item, draft: Draft | null, text: string, outlets: OutletIndex): ParsedMention {
  let parsed = it.parsed ?? parseMention(text, outlets, draft?.sourceKind === 'name' ? nameTags(text) : undefined);
  const appositive = draft?.appositive ? readable(source, draft.appositive[0], draft.appositive[1]).replace(/[,\s]+$/, '') : '';
  // "the city attorney, Ana Ruiz, said": the appositive is the name and the description the role.
  if (appositive && !parsed.nameWords.length && NAME_ONLY.test(appositive)) {
    const named = parseMention(appositive, outlets, nameTags(appositive));
    if (named.nameWords.length) parsed = { ...named, type: named.type === 'organization' ? 'organization' : 'person', role: named.role ?? text.replace(/^(the|a|an)\s+/i, '') };
  }
  // "X, the treasurer of Acme, said": a role; "X, 57," or "X, who ...," is not.
  if (appositive && !parsed.role && /^(the|a|an)\s+\S/i.test(appositive)) parsed.role = appositive.replace(/^(the|a|an)\s+/i, '');
  return parsed;
}

/** What a new mention adds to its entity: a longer name, a role, an honorific, descriptions, a gender. */
function mergeInto(e: Entity, parsed: ParsedMention, variant: boolean): void {
  if (variant) e.variants.add(parsed.name);
  else if (parsed.nameWords.length > e.parsed.nameWords.length) e.parsed = { ...e.parsed, name: parsed.name, nameWords: parsed.nameWords, role: e.parsed.role ?? parsed.role };
  if (!e.parsed.role && parsed.role) e.parsed.role = parsed.role;
  if (!e.parsed.honorific && parsed.honorific) e.parsed.honorific = parsed.honorific;
  if (parsed.descriptions) e.parsed.descriptions = [...(e.parsed.descriptions ?? []), ...parsed.descriptions];
  if (e.parsed.gender === 'unknown') e.parsed.gender = parsed.gender;
}

/** Speakers of statements and every person or organization named (a reader wants all of them), statement links remapped. */
function keptSpeakers(entities: readonly Entity[], speakerOf: EntityResult['speakerOf']): EntityResult {
  const keep = entities.filter((e) => e.statementIdx.length || e.parsed.type === 'person' || e.parsed.type === 'organization');
  const speakers: Speaker[] = keep.map((e, i) => ({
    id: `s${i + 1}`,
    name: e.parsed.name,
    type: e.parsed.type,
    role: e.parsed.role,
    honorific: e.parsed.honorific ?? null,
    gender: e.parsed.gender,
    mentions: e.mentions.sort((a, b) => a.span.start - b.span.start),
    variants: [...e.variants],
    statementIds: [],
  }));
  const remap = new Map(keep.map((e, i) => [entities.indexOf(e), i]));
  for (const s of speakerOf) s.index = s.index >= 0 ? (remap.get(s.index) ?? -1) : -1;
  return { speakers, speakerOf };
}

type NameTags = { male: boolean; female: boolean; person: boolean; org: boolean; place: boolean };
// A name is tagged on its own, so its tags depend on its text alone: kept across documents, where the
// same few names recur (each compromise call costs more than the tagging of a name).
const NAME_ONLY = /^(\p{Lu}[\p{L}.'\u2019-]*\s+){1,3}\p{Lu}[\p{L}'\u2019-]+$/u;
const nameTagCache = new Memo<NameTags>(20_000);

/** compromise's view of a short name: person, organization or place (countries speak through governments). */
const nameTags = (text: string): NameTags => nameTagCache.get(text, tagName);

/**
 * Tags the document's speaker names not yet known in one compromise call, each in a paragraph of its
 * own (so tagged as if alone): a call costs more than the tagging of a name.
 */
function prefetchNameTags(texts: readonly string[]): void {
  const todo = [...new Set(texts)].filter((t) => nameTagCache.peek(t) === undefined && !t.includes('\n'));
  if (todo.length < 2) return;
  const starts: number[] = [];
  let batch = '';
  for (const t of todo) {
    starts.push(batch.length);
    batch += `${t}${NAME_BREAK}`;
  }
  const terms = tagText(batch);
  let k = 0;
  todo.forEach((t, i) => {
    const tags = new Set<string>();
    while (k < terms.length && terms[k].start < starts[i] + t.length) {
      if (terms[k].start >= starts[i]) for (const tag of terms[k].tags) tags.add(tag);
      k++;
    }
    nameTagCache.set(t, namedBy(tags));
  });
}
const NAME_BREAK = '\n\n';

function tagName(text: string): NameTags {
  return namedBy(new Set(tagText(text).flatMap((t) => [...t.tags])));
}

function namedBy(tags: ReadonlySet<string>): NameTags {
  const has = (t: string) => tags.has(t);
  return { male: has('MaleName'), female: has('FemaleName'), person: has('Person') || has('FirstName') || has('LastName') || has('Honorific'), org: has('Organization'), place: has('Place') || has('Country') || has('City') };
}

function mentionKind(p: ParsedMention, text: string): Speaker['mentions'][number]['kind'] {
  if (!p.nameWords.length) return 'description';
  if (p.role || p.honorific) return 'title';
  return text.trim().split(/\s+/).length === 1 ? 'surname' : 'full';
}

/**
 * The named person a definite description refers back to: the most recent one whose office ends with
 * it ("the prime minister" for "Prime Minister Tony Blair", "the chancellor") or whom the article
 * described that way ("the Scot", "the 33-year-old").
 */
function describedEntity(entities: readonly Entity[], mention: string): Entity | null {
  const m = /^the\s+(.+)$/i.exec(mention.trim());
  if (!m) return null;
  const d = m[1].toLowerCase().replace(/[,;:]+$/, '');
  for (let i = entities.length - 1; i >= 0; i--) {
    const e = entities[i];
    if (e.parsed.type !== 'person' || !e.parsed.nameWords.length) continue;
    const role = e.parsed.role?.toLowerCase() ?? '';
    if ((role && (role === d || role.endsWith(` ${d}`))) || e.parsed.descriptions?.includes(d)) return e;
  }
  return null;
}

const SENTENCE_END = new Set(['.', '?', '!']);

/**
 * The entity a pronoun refers to: the most recent compatible one, except that the subject of that
 * sentence wins over an object after it ("Tony Blair met Gordon Brown. He said" is Blair).
 */
function resolvePronoun(book: EntityBook, pronoun: string, at: number, view: string): Entity | null {
  const pr = PRONOUNS[pronoun];
  const fits = (e: Entity) => {
    const t = e.parsed.type;
    if (!pr) return true;
    if (pr.type === 'person' && t !== 'person' && t !== 'anonymous') return false;
    if (pr.type === 'organization' && t !== 'organization' && t !== 'document') return false;
    if (pr.number === 'plural' && t === 'person') return false;
    if (pr.gender === 'male' && e.parsed.gender === 'female') return false;
    if (pr.gender === 'female' && e.parsed.gender === 'male') return false;
    return true;
  };
  const recent = book.byRecency;
  // The most recent compatible entity (the first made, among equals).
  let latest: Entity | null = null;
  for (let i = book.seenBy(at) - 1; i >= 0 && !latest; i--) if (fits(recent[i])) latest = recent[i];
  if (!latest) return null;
  // Its sentence's subject: the latest seen before it with no sentence end between them that opens
  // the sentence. The text is read back only as far as those entities go: looking for the last "?"
  // before each pronoun read a document with none back to its start.
  let subject: Entity | null = null;
  let clear = latest.lastSeen; // no sentence end in view[clear .. latest.lastSeen)
  for (let i = book.seenBy(latest.lastSeen - 1) - 1; i >= 0 && !subject; i--) {
    const e = recent[i];
    while (clear > e.lastSeen && !SENTENCE_END.has(view[clear - 1])) clear--;
    if (clear > e.lastSeen) break;
    if (fits(e) && opensSentence(view, e.lastSeen)) subject = e;
  }
  // Only when the pronoun opens the next sentence: inside the same sentence, the nearest one is meant.
  return subject && /[.?!]/.test(view.slice(latest.lastSeen, at)) ? subject : latest;
}

/**
 * What makes a pronoun's antecedent uncertain, for the confidence model: another compatible person
 * seen since the sentence before (a competing candidate), or an antecedent several sentences back.
 */
function pronounRisks(book: EntityBook, chosen: Entity, pronoun: string, at: number, view: string): string[] {
  const risks: string[] = [];
  if (farBack(view, chosen.lastSeen, at)) risks.push('risk:antecedent-far');
  const pr = PRONOUNS[pronoun];
  if (pr?.type === 'person' && !pr.firstPerson) {
    const since = at - Math.min(600, at - chosen.lastSeen + 300);
    const recent = book.byRecency;
    for (let i = book.seenBy(at) - 1; i >= 0 && recent[i].lastSeen >= since; i--) {
      const e = recent[i];
      if (e !== chosen && e.parsed.type === 'person' && (pr.gender === 'any' || e.parsed.gender === 'unknown' || e.parsed.gender === pr.gender)) {
        risks.push('risk:competing-candidate');
        break;
      }
    }
  }
  return risks;
}

/**
 * Whether view[from, to) holds three sentence ends (a stop, question or exclamation mark before a
 * space or `to`) or a paragraph break: read back from `to`, only as far as it takes to know.
 */
function farBack(view: string, from: number, to: number): boolean {
  let ends = 0;
  for (let j = to - 1; j >= from; j--) {
    const c = view[j];
    if (c === '\n' && j + 1 < to && view[j + 1] === '\n') return true;
    if (SENTENCE_END.has(c) && (j + 1 === to || WHITESPACE.test(view[j + 1])) && ++ends >= 3) return true;
  }
  return false;
}
const WHITESPACE = /\s/;

/** Whether a mention stands at the start of its sentence (after quotation marks and spaces at most). */
function opensSentence(view: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && /[ \t\u00a0"\u201c\u2018'(]/.test(view[j])) j--;
  return j < 0 || /[.?!\n]/.test(view[j]);
}
