import type { OutletIndex } from '../lexicons/outlet-index.js';
import type { Source } from '../normalize/index.js';
import { mayNameOrTitle, tagText } from '../nlp/compromise-adapter.js';
import { Memo } from '../text/memo.js';
import { CUE_FORMS, ORG_WORDS } from '../lexicons/word-sets.js';
import { parseMention, type ParsedMention } from './names.js';

export interface NamedPerson {
  start: number;
  end: number;
  parsed: ParsedMention;
  /** Found outside the body (a caption): matched to the body's people, never their canonical name. */
  late: boolean;
}

// Capitalized runs with optional title words before: "Russian President Vladimir Putin".
const CANDIDATE = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'\u2019.-]*\s+){1,5}\p{Lu}[\p{L}'\u2019-]*/gu;

/**
 * People named anywhere in the body or captions (not only speakers), confirmed by compromise's
 * first-name lexicon: tagged in one batch, never with a full parse of the article.
 */
export function findNamedPeople(source: Source, outlets: OutletIndex): NamedPerson[] {
  const found = capitalizedRuns(source);
  if (!found.length) return [];
  const texts = found.map((f) => source.view.slice(f.start, f.end));
  const shapes = runShapes(texts);
  const out: NamedPerson[] = [];
  found.forEach((f, i) => {
    const shape = shapes.get(texts[i])!;
    const titled = CAPITAL.test(texts[i]) && shape.titled;
    if (!titled && !shape.named) return;
    const parsed = parseMention(texts[i], outlets, { male: shape.male, female: shape.female, person: true, org: false, place: false });
    if (parsed.type !== 'person' || parsed.nameWords.length < 2) return;
    out.push({ start: f.start, end: f.end, parsed, late: f.late });
  });
  return [...out, ...speakingOrganizations(source, outlets)];
}

function capitalizedRuns(source: Source): { start: number; end: number; late: boolean }[] {
  const found: { start: number; end: number; late: boolean }[] = [];
  for (const l of source.lines) {
    if (l.role !== 'body' && l.role !== 'caption') continue;
    const text = source.view.slice(l.start, l.creditStart ?? l.end);
    for (const m of text.matchAll(CANDIDATE)) found.push({ start: l.start + m.index, end: l.start + m.index + m[0].length, late: l.role !== 'body' });
  }
  return found;
}

/** What compromise's tags say about a capitalized run, tagged apart from its sentence. */
interface RunShape {
  /** A FirstName (or Honorific) term starts the name, and a surname follows it (or it is an honorific). */
  named: boolean;
  /** A title or job word (QcRole, Actor) among the terms. */
  titled: boolean;
  male: boolean;
  female: boolean;
}

// Runs are tagged apart from their sentences, so a run's shape depends on its text alone: kept across
// documents, where the same names recur, and only unseen runs go to compromise.
const CAPITAL = /\p{Lu}/u;
const shapeCache = new Memo<RunShape>(20_000);
const NO_NAME: RunShape = { named: false, titled: false, male: false, female: false };

function runShapes(texts: string[]): Map<string, RunShape> {
  const shapes = new Map<string, RunShape>();
  const unseen = new Set<string>();
  for (const t of texts) {
    if (shapes.has(t) || unseen.has(t)) continue;
    const known = shapeCache.peek(t);
    if (known) shapes.set(t, known);
    else if (!t.split(/[\s-]+/).some(mayNameOrTitle)) shapes.set(t, NO_NAME);
    else unseen.add(t);
  }
  if (unseen.size) {
    const queued = [...unseen];
    tagRuns(queued).forEach((shape, i) => {
      shapes.set(queued[i], shape);
      shapeCache.set(queued[i], shape);
    });
  }
  return shapes;
}

/** One compromise call over all runs, separated so they never merge. */
function tagRuns(texts: string[]): RunShape[] {
  const SEP = ' ;\n';
  let batch = '';
  const offsets: number[] = [];
  for (const t of texts) {
    offsets.push(batch.length);
    batch += t + SEP;
  }
  const tags = tagText(batch);
  let ti = 0;
  return texts.map((t, i) => {
    const from = offsets[i];
    const to = from + t.length;
    const terms: ReadonlySet<string>[] = [];
    while (ti < tags.length && tags[ti].start < to) {
      if (tags[ti].start >= from) terms.push(tags[ti].tags);
      ti++;
    }
    // The person's name starts at the first FirstName (or Honorific) term.
    const firstIdx = terms.findIndex((t) => t.has('FirstName') || t.has('Honorific'));
    return {
      named: firstIdx >= 0 && (firstIdx < terms.length - 1 || terms[firstIdx].has('Honorific')),
      titled: terms.some((t) => t.has('QcRole') || t.has('Actor')),
      male: terms.some((t) => t.has('MaleName')),
      female: terms.some((t) => t.has('FemaleName')),
    };
  });
}

const ORG_SUBJECT = /(?<![\p{L}\p{N}])((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*)\s+([a-z]+)\b/gu;

/** Organizations that speak in the body ("The Kremlin said ..."), named from the org lexicon or the outlet list. */
function speakingOrganizations(source: Source, outlets: OutletIndex): NamedPerson[] {
  const out: NamedPerson[] = [];
  for (const l of source.lines) {
    if (l.role !== 'body') continue;
    const text = source.view.slice(l.start, l.end);
    for (const m of text.matchAll(ORG_SUBJECT)) {
      if (!CUE_FORMS.has(m[2])) continue;
      const words = m[1].split(/\s+/);
      const head = words[words.length - 1].toLowerCase();
      if (!ORG_WORDS.has(head) && !outlets.byName(m[1])) continue;
      const parsed = parseMention(m[1], outlets);
      if (parsed.type !== 'organization') continue;
      const start = l.start + m.index;
      out.push({ start, end: start + m[1].length, parsed, late: false });
    }
  }
  return out;
}
