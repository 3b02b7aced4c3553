// The only module that imports compromise. Its plugins mutate a process-wide singleton, so ours is
// registered lazily, once, with tag names prefixed "Qc" that cannot collide with a user's plugins.
import nlp from 'compromise/two';
import { titles } from '../lexicons/index.js';

let registered = false;
let hooks: string[] | undefined;

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
  // Lexicon and pre-tagger only: the post-tagger's corrections cost two thirds of a parse and change no
  // figure of the evaluation (measured on PolNeAR train), so it is skipped.
  hooks ??= ((nlp.world() as unknown as { hooks: string[] }).hooks ?? []).filter((h) => h !== 'postTagger');
  const doc = nlp.tokenize(text).compute([...hooks, 'offset']);
  // The terms themselves, not doc.json(): no copies of every tag list, which keeps the garbage
  // collector (and so parallel workers) out of the way.
  for (const sentence of (doc as unknown as { docs: { tags: Set<string>; offset?: { start: number; length: number } }[][] }).docs) {
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
  const t = lexicon[lowerWord];
  return Array.isArray(t) ? t[0] : t;
}
