import type { OutletIndex } from '../lexicons/outlet-index.js';
import type { Source } from '../normalize/index.js';
import { tagText } from '../nlp/compromise-adapter.js';
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
  const { view, lines } = source;
  const found: { start: number; end: number; late: boolean }[] = [];
  for (const l of lines) {
    if (l.role !== 'body' && l.role !== 'caption') continue;
    const end = l.creditStart ?? l.end;
    const text = view.slice(l.start, end);
    for (const m of text.matchAll(CANDIDATE)) found.push({ start: l.start + m.index, end: l.start + m.index + m[0].length, late: l.role !== 'body' });
  }
  if (!found.length) return [];
  // One compromise call over all candidates, separated so they never merge.
  const SEP = ' ;\n';
  let batch = '';
  const offsets: number[] = [];
  for (const f of found) {
    offsets.push(batch.length);
    batch += view.slice(f.start, f.end) + SEP;
  }
  const tags = tagText(batch);
  const out: NamedPerson[] = [];
  let ti = 0;
  found.forEach((f, i) => {
    const from = offsets[i];
    const to = from + (f.end - f.start);
    const terms: { start: number; end: number; tags: ReadonlySet<string> }[] = [];
    while (ti < tags.length && tags[ti].start < to) {
      if (tags[ti].start >= from) terms.push(tags[ti]);
      ti++;
    }
    // The person's name starts at the first FirstName (or Honorific) term.
    const firstIdx = terms.findIndex((t) => t.tags.has('FirstName') || t.tags.has('Honorific'));
    const text = view.slice(f.start, f.end);
    const titled = /\p{Lu}/u.test(text) && terms.some((t) => t.tags.has('QcRole') || t.tags.has('Actor'));
    if (!titled && (firstIdx < 0 || (firstIdx === terms.length - 1 && !terms[firstIdx].tags.has('Honorific')))) return;
    const parsed = parseMention(text, outlets, {
      male: terms.some((t) => t.tags.has('MaleName')),
      female: terms.some((t) => t.tags.has('FemaleName')),
      person: true,
      org: false,
      place: false,
    });
    if (parsed.type !== 'person' || parsed.nameWords.length < 2) return;
    // Trim the span to where the title-and-name mention starts (drop a leading sentence word like "In").
    out.push({ start: f.start, end: f.end, parsed, late: f.late });
  });
  return [...out, ...speakingOrganizations(source, outlets)];
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
