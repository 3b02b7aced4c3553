import type { Diagnostic } from '../schema/common.js';
import type { OutletIndex } from '../lexicons/outlet-index.js';
import type { Segmentation } from '../segment/index.js';
import type { QuoteSpan } from '../segment/quotes.js';
import type { Source } from '../normalize/index.js';
import { cueAt } from './cues.js';
import { findExpectations } from './expectations.js';
import { findQuestions } from './questions.js';
import { asFollows, creditAfterDash, findFrames, titleLike, type Frame } from './frames.js';
import { classifyUnattributed, looksLikeTitle } from './non-statements.js';
import { MAX_CLAUSE_TOKENS, TagBatch, clauseStart, quoteEndsWithComma, tagTokens, tokenize, wordCount, type QuotePiece, type Token } from './tokens.js';
import { mentionBefore, subjectOf, subordinateSubject, type MentionMatch } from './mentions.js';
import { CUE_FIRST_WORDS, DETERMINERS, DOCUMENT_NOUNS, FINDING_NOUNS, GROUP_NOUNS, ORG_WORDS, ROLE_WORDS, STATEMENT_NOUNS } from '../lexicons/word-sets.js';
import type { VenueMatch } from './venue.js';
import { refineWithModel } from './model/combine.js';
import { STATEMENT_KINDS } from './statement-kinds.js';
import { TokenCounts } from './token-counts.js';
import { firstAbove } from '../text/ranges.js';
import { hasWordCharacter } from '../text/words.js';

type Range = [number, number];

/** A statement before speakers are resolved: character ranges into the input. */
export interface Draft {
  kind: 'direct' | 'partial' | 'indirect' | 'scare' | 'title' | 'nickname' | 'term';
  headline: boolean;
  content: Range;
  segments: Range[];
  quoted: Range[];
  cue: Range | null;
  cueLemma: string | null;
  source: Range | null;
  sourceKind: 'pronoun' | 'name' | 'description' | 'label' | null;
  /** The name part of the source, without its appositive: what entities are built from. */
  sourceName?: Range;
  /** Role text given in an appositive ("X, the ROLE of ORG, said"). */
  appositive: Range | null;
  /** Source taken from context (a previous paragraph), not from this sentence. */
  sourceFromContext: boolean;
  venue: { name: string; type: VenueMatch['type']; range: Range; outlet: string | null; trace: string } | null;
  addressee: Range | null;
  date: Range | null;
  paragraph: number;
  evidence: string[];
  diagnostics: Diagnostic[];
}

const CUE_WORD = /[\p{L}]+/gu;
const SENTENCE_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'still', 'so', 'also', 'plus']);
function mayAttribute(view: string, start: number, end: number): boolean {
  const text = view.slice(start, end);
  let finding = false;
  for (const m of text.matchAll(CUE_WORD)) {
    const w = m[0].toLowerCase();
    if (CUE_FIRST_WORDS.has(w) || w === 'according') return true;
    if (FINDING_NOUNS.has(w)) finding = true;
  }
  // "Graham: Trump Destroying GOP's Chance" (a headline) and "In a new poll, ...": frames with no cue word.
  if (/^[^:\n]{1,60}:\s/.test(text)) return true;
  return finding && /^\W*(?:(?:and|but|so)\s+)?in\s/i.test(text);
}

const LABEL = /^\s*["\u201c\u201e\u00ab']?\s*([A-Z][A-Z.'\- ]{1,30}[A-Z.]):\s+/;
const TRIM_END = /[\s.,;:]/;

function rangeOf(tokens: readonly Token[], from: number, to: number): Range {
  return [tokens[from].start, tokens[to - 1].end];
}

/** Trims spaces and sentence punctuation outside quotation marks at the end of a content range. */
function trimContent(view: string, [s, e]: Range): Range {
  while (e > s && TRIM_END.test(view[e - 1])) e--;
  while (s < e && /[\s,:]/.test(view[s])) s++;
  return [s, e];
}

/**
 * Stage 3: attribution. The rules find the statements; with `useModel` (the `spanModel` option, off
 * by default) the span model trained on PolNeAR places their boundaries and adds those the rules miss.
 */
export function attribute(source: Source, seg: Segmentation, outlets: OutletIndex, useModel = false): Draft[] {
  const rules = ruleDrafts(source, seg, outlets);
  const drafts = useModel ? refineWithModel(source.view, seg, rules) : rules.drafts;
  // A statement says something: a content of punctuation alone ('"", he said', a mark the span model tagged) is none.
  const worded = drafts.filter((d) => !STATEMENT_KINDS.has(d.kind) || hasWordCharacter(source.view, d.content[0], d.content[1]));
  return oneStatementPerContent(worded).map((d) => sourceApartFromCue(source.view, d));
}

/**
 * One statement for each content: where two statements came to the same words (two rule readings of
 * one sentence that the span model merged, "The spokeswoman declined to say whether ..." from its subject and
 * from its infinitive), the first stays. PolNeAR gives such words one relation (4 repeats in 19,832);
 * train folds with the span model: 110 repeats gone, overlap +0.002, content exact +0.001.
 * @internal
 * @example oneStatementPerContent(drafts).length <= drafts.length; // true
 */
export function oneStatementPerContent(drafts: readonly Draft[]): Draft[] {
  const seen = new Set<string>();
  return drafts.filter((d) => {
    if (!STATEMENT_KINDS.has(d.kind)) return true;
    const key = `${d.content[0]},${d.content[1]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A source never shares words with its cue. Where the two overlap ("Roe answers" and "answers", the
 * span model's; "according to recently" and "recently hacked documents", the rules'), the source keeps
 * what lies before the cue, else after it; a source the cue holds whole ("A report about" and "A")
 * stays, and the cue keeps what lies after it, else before.
 */
function sourceApartFromCue(view: string, d: Draft): Draft {
  const { cue, source } = d;
  if (!cue || !source || cue[1] <= source[0] || source[1] <= cue[0]) return d;
  if (source[0] >= cue[0] && source[1] <= cue[1]) {
    const rest = trimmedRange(view, source[1] < cue[1] ? [source[1], cue[1]] : [cue[0], source[0]]);
    return rest ? { ...d, cue: rest, evidence: [...d.evidence, 'cue:apart-from-source'] } : { ...d, cue: null };
  }
  const cut = trimmedRange(view, source[0] < cue[0] ? [source[0], cue[0]] : [cue[1], source[1]]);
  if (!cut) return { ...d, source: null, sourceName: undefined, sourceKind: null, appositive: null };
  const within = (r: Range | null | undefined) => !!r && r[0] >= cut[0] && r[1] <= cut[1];
  return {
    ...d,
    source: cut,
    sourceName: within(d.sourceName) ? d.sourceName : cut,
    appositive: within(d.appositive) ? d.appositive : null,
    evidence: [...d.evidence, 'source:apart-from-cue'],
  };
}

/** The range less the spaces and punctuation at its edges; null when nothing else is left. */
function trimmedRange(view: string, [from, to]: Range): Range | null {
  while (from < to && SOURCE_EDGE.test(view[from])) from++;
  while (to > from && SOURCE_EDGE.test(view[to - 1])) to--;
  return from < to ? [from, to] : null;
}
const SOURCE_EDGE = /[\s,:;\u2014\u2013-]/;

/** What the rules found, and the compromise tags they read on the way (the model reuses them). */
export interface RuleProposals {
  drafts: Draft[];
  tags: Map<number, ReadonlySet<string>>;
}

/**
 * The rules: attribution of quotations (direct and partial) to a source mention, a cue, a venue,
 * an addressee and a date, sentence by sentence; then context for quotes a sentence leaves open.
 */
export function ruleDrafts(source: Source, seg: Segmentation, outlets: OutletIndex): RuleProposals {
  const { view } = source;
  const sentenceTokens = tagSentences(view, seg, quotePiecesBySentence(seg));
  const covered = new Set<QuoteSpan>();
  const drafts = framedDrafts(view, seg, sentenceTokens, outlets, covered);
  // Quotations no frame covered: transcript labels, colon introductions, continuations, or non-statements.
  drafts.sort((x, y) => x.content[0] - y.content[0]);
  drafts.push(...unframedQuoteDrafts(view, seg, sentenceTokens, outlets, covered, drafts));
  extendTranscriptTurns(view, seg, drafts);
  const tags = new Map<number, ReadonlySet<string>>();
  for (const tokens of sentenceTokens.values()) for (const t of tokens) if (t.tags) tags.set(t.start, t.tags);
  return { drafts: drafts.sort((x, y) => x.content[0] - y.content[0]), tags };
}

/** A transcript turn ("TAPPER: ...") runs to its paragraph's end: the statements inside it are its speaker's too. */
function extendTranscriptTurns(view: string, seg: Segmentation, drafts: Draft[]): void {
  for (const d of drafts) {
    if (!d.evidence.includes('cue:transcript-turn')) continue;
    let end = seg.paragraphs[d.paragraph].end;
    while (end > d.content[1] && TRIM_END.test(view[end - 1])) end--;
    if (end > d.content[1]) {
      d.content = [d.content[0], end];
      d.segments = [[d.content[0], end]];
    }
  }
}

/** Each quotation piece (one per paragraph segment), by the sentence it lies in. */
function quotePiecesBySentence(seg: Segmentation): Map<number, QuotePiece[]> {
  const bySentence = new Map<number, QuotePiece[]>();
  const pieces: QuotePiece[] = seg.quotes.flatMap((q) => q.segments.map((g) => ({ start: g.start, end: g.end, quote: q })));
  pieces.sort((x, y) => x.start - y.start);
  let pi = 0;
  seg.sentences.forEach((s, si) => {
    const list: QuotePiece[] = [];
    while (pi < pieces.length && pieces[pi].start < s.end) {
      if (pieces[pi].start >= s.start) list.push(pieces[pi]);
      pi++;
    }
    if (list.length) bySentence.set(si, list);
  });
  return bySentence;
}

/** The tokens of the sentences that may hold an attribution, tagged in one batch. */
function tagSentences(view: string, seg: Segmentation, piecesBySentence: ReadonlyMap<number, QuotePiece[]>): Map<number, Token[]> {
  const sentenceTokens = new Map<number, Token[]>();
  const batch = new TagBatch();
  for (let si = 0; si < seg.sentences.length; si++) {
    const s = seg.sentences[si];
    const sentencePieces = piecesBySentence.get(si) ?? [];
    // Only sentences with a quotation or a cue word are tagged: the rest cannot hold an attribution.
    if (!sentencePieces.length && !mayAttribute(view, s.start, s.end)) continue;
    const tokens = tokenize(view, s.start, s.end, sentencePieces);
    sentenceTokens.set(si, tokens);
    batch.add(view, tokens);
  }
  batch.run();
  return sentenceTokens;
}

/** Each sentence's framed statements, then the questions put to someone and the expectations no frame covers. */
function framedDrafts(view: string, seg: Segmentation, sentenceTokens: ReadonlyMap<number, Token[]>, outlets: OutletIndex, covered: Set<QuoteSpan>): Draft[] {
  const drafts: Draft[] = [];
  for (const [si, tokens] of sentenceTokens) {
    const s = seg.sentences[si];
    const headline = !!seg.paragraphs[s.paragraph].headline;
    const opensParagraph = s.start <= seg.paragraphs[s.paragraph].start;
    const framed = framedStatements(view, tokens, findFrames(tokens, outlets, headline || titleCased(tokens), si === 0, opensParagraph), covered, s.paragraph, headline);
    drafts.push(...framed);
    const framedOver = (from: number, to: number) => framed.some((d) => d.content[0] < tokens[to - 1].end && tokens[from].start < d.content[1]);
    const unframed = (cue: Range, content: Range, cueLemma: string, asker: Range | null, evidence: string): Draft => {
      const c = rangeOf(tokens, content[0], content[1]);
      const source = asker ? rangeOf(tokens, asker[0], asker[1]) : null;
      // "Trump is expected to win": the clause holds its cue (PolNeAR's content), its pieces do not.
      const pieces = [cue, asker].reduce<Range[]>((gs, r) => (r ? gs.flatMap((g) => outside(tokens, g, r)) : gs), [content]);
      const segments = pieces.length ? pieces.map((g) => rangeOf(tokens, g[0], g[1])) : [c];
      return { kind: 'indirect', headline, content: c, segments, quoted: [], cue: rangeOf(tokens, cue[0], cue[1]), cueLemma, source, sourceKind: source ? 'name' : null, sourceName: source ?? undefined, appositive: null, sourceFromContext: false, venue: null, addressee: null, date: null, paragraph: s.paragraph, evidence: [evidence, source ? 'source:asker' : 'source:none'], diagnostics: [] };
    };
    for (const q of findQuestions(tokens, framedOver)) drafts.push(unframed(q.cue, q.content, 'ask', q.asker, 'cue:asked-question'));
    const quoteIn = (from: number, to: number) => tokens.slice(from, to).some((t) => t.kind === 'quote');
    for (const e of findExpectations(tokens, (from, to) => framedOver(from, to) || quoteIn(from, to))) drafts.push(unframed(e.cue, e.content, 'expected', null, 'cue:expected-passive'));
  }
  return drafts;
}

/**
 * The quotations no frame covered, in text order: transcript labels, colon introductions, a quotation
 * continuing the statement before it, a quotation in an attributed statement's paragraph, or a
 * non-statement (scare quote, title, term) or a quotation with no speaker.
 * `framed` is sorted by content start; statements made here also continue later quotations.
 */
function unframedQuoteDrafts(view: string, seg: Segmentation, sentenceTokens: ReadonlyMap<number, Token[]>, outlets: OutletIndex, covered: Set<QuoteSpan>, framed: readonly Draft[]): Draft[] {
  const drafts: Draft[] = [];
  const context = new SpeakerContext(framed.filter((d) => d.source), sentenceIndex(seg));
  for (const [si, tokens] of sentenceTokens) {
    for (let idx = 0; idx < tokens.length; idx++) {
      const t = tokens[idx];
      if (t.kind !== 'quote' || covered.has(t.quote!) || t.start !== t.quote!.start) continue;
      covered.add(t.quote!);
      drafts.push(...unframedQuote(view, seg, si, tokens, idx, outlets, context));
    }
  }
  return drafts;
}

/** A speaker the text around a quotation names, with the cue that names it, if any. */
interface Speaker {
  source: Range;
  kind: Draft['sourceKind'];
  cue?: Range | null;
  fromContext?: boolean;
}

/**
 * What one quotation no frame covered makes, in order of preference: transcript turns, a statement whose
 * speaker the text around it names (a credit line, an introducing sentence, a sentence about someone),
 * one more segment of (or a continuation of) the statement before it, the words of its clause's subject
 * or its paragraph's speaker, or a non-statement. Statements it makes feed the context.
 */
function unframedQuote(view: string, seg: Segmentation, si: number, tokens: readonly Token[], idx: number, outlets: OutletIndex, context: SpeakerContext): Draft[] {
  const s = seg.sentences[si];
  const headline = !!seg.paragraphs[s.paragraph].headline;
  const q = tokens[idx].quote!;
  const lastAttributed = context.before(q.start);
  // 'But "It helps."': a conjunction opening the sentence leaves it the quotation's alone.
  const opener = idx === 1 && SENTENCE_CONJUNCTIONS.has(tokens[0].lower) ? tokens[0] : null;
  const quoteOnly = onlyQuotation(tokens, q, opener);
  const segs = q.segments.map((g) => [g.start, g.end] as Range);
  const base = { headline, quoted: segs, cue: null, cueLemma: null, appositive: null, venue: null, addressee: null, date: null, paragraph: s.paragraph, diagnostics: [] as Diagnostic[] };
  if (LABEL.test(view.slice(q.start, q.end))) return splitTranscript(view, q).map((d) => ({ ...base, ...d }));
  const draft = (kind: Draft['kind'], who: Speaker | null, evidence: string[]): Draft => ({ ...base, kind, content: [q.start, q.end], segments: [...segs], source: who?.source ?? null, sourceKind: who?.kind ?? null, sourceFromContext: who?.fromContext ?? false, cue: who?.cue ?? null, evidence });
  // A statement whose speaker is named here: the quotations after it continue it.
  const said = (who: Speaker, evidence: string[], kind: Draft['kind'] = 'direct'): Draft[] => {
    const d = draft(kind, who, evidence);
    context.made(d);
    return [d];
  };
  const named = namedAround(view, seg, si, tokens, idx, outlets, quoteOnly, lastAttributed);
  if (named) return said(named.who, named.evidence);
  if (quoteOnly && saidWords(view, q) && lastAttributed?.source && s.paragraph - lastAttributed.paragraph <= 1) {
    const prev = lastAttributed;
    if (prev.paragraph === s.paragraph && prev.kind === 'direct' && !prev.sourceFromContext) {
      // '"A," he said. "B."': one statement, one more segment.
      prev.segments.push(...segs);
      prev.quoted.push(...segs);
      prev.content = [prev.content[0], q.end];
      if (!prev.evidence.includes('segments:continued')) prev.evidence.push('segments:continued');
      return [];
    }
    return said({ source: prev.source!, kind: prev.sourceKind, fromContext: true }, ['source:continuation']);
  }
  const kind = classifyUnattributed(view, tokens, idx, headline);
  if (kind !== 'direct') return [draft(kind, null, [`nonstatement:${kind}`])];
  const own = !quoteOnly ? clauseSubject(view, tokens, idx) : null;
  if (own) return [draft(kind, own, ['source:clause-subject'])];
  const near = paragraphSpeaker(lastAttributed, context.next(), s.paragraph, q);
  if (near) return [draft(kind, { source: near.source!, kind: near.sourceKind, fromContext: true }, ['source:paragraph'])];
  const subject = quoteOnly ? subjectBefore(view, seg, si) : null;
  if (subject) return said(subject, ['source:sentence-before'], kind);
  const unattributed = draft(kind, null, [`nonstatement:${kind}`]);
  unattributed.diagnostics = [{ code: 'unattributed-quote', message: 'Quotation with no speaker found in its sentence or the paragraph before', span: null, severity: 'warning' }];
  return [unattributed];
}

/** What a sentence holds besides punctuation: its words, and the quotations of its quotation tokens. */
/**
 * Whether the sentence is nothing but quotation `q` and punctuation (and `opener`, the conjunction that
 * is its first token): read from the sentence's counts, where a check per quotation made a sentence of
 * many quotations quadratic.
 */
function onlyQuotation(tokens: readonly Token[], q: QuoteSpan, opener: Token | null): boolean {
  const counts = TokenCounts.of(tokens);
  if (counts.soleQuotation() !== q) return false;
  const words = counts.wordsIn(0, tokens.length);
  return words === 0 || (words === 1 && opener !== null);
}

/**
 * Who the text right around a quotation names as its speaker: a credit line under it ("- Sanders."), a
 * sentence introducing it ("X said:", "Bystrom agreed."), unless that speaker's statement just before
 * takes it as one more segment, or a sentence about someone else between it and the statement before.
 */
function namedAround(view: string, seg: Segmentation, si: number, tokens: readonly Token[], idx: number, outlets: OutletIndex, quoteOnly: boolean, lastAttributed: Draft | null): { who: Speaker; evidence: string[] } | null {
  const credit = quoteOnly ? creditLineAfter(view, seg, si, outlets) : null;
  if (credit) return { who: credit, evidence: ['cue:dash-credit', 'source:credit-line'] };
  const paragraph = seg.sentences[si].paragraph;
  const found = quoteOnly || tokens[idx - 1]?.text === ':' ? colonIntro(view, seg, si, tokens.slice(0, idx), outlets) : null;
  // '"A," Lee said. "B."': the statement before, by the same speaker, takes this quotation as one more segment.
  const continued = !!found && !!lastAttributed?.source && lastAttributed.source[0] === found.source[0] && lastAttributed.paragraph === paragraph;
  if (found && !continued) return { who: found, evidence: ['source:colon-intro'] };
  // 'Lee spoke. "A." The judge then turned to me. "B."': a sentence about someone else, between the
  // statement before and this quotation, hands the quotation to that person.
  const about = quoteOnly && lastAttributed?.source ? subjectBefore(view, seg, si) : null;
  if (about && lastAttributed!.content[1] <= seg.sentences[si - 1].start && about.source[0] !== lastAttributed!.source![0]) return { who: about, evidence: ['source:sentence-before'] };
  return null;
}

const wholeSentences = new WeakMap<Segmentation, Map<number, readonly Token[]>>();

/**
 * A neighbouring sentence's words, tagged whole, for the rules that read the sentence before or after a
 * quotation (its introduction, its credit line, who it is about): tagged once per document and sentence.
 */
function wholeSentence(view: string, seg: Segmentation, si: number): readonly Token[] {
  let bySentence = wholeSentences.get(seg);
  if (!bySentence) wholeSentences.set(seg, (bySentence = new Map()));
  let tokens = bySentence.get(si);
  if (!tokens) {
    const s = seg.sentences[si];
    const fresh = tokenize(view, s.start, s.end, []);
    tagTokens(view, fresh, true);
    bySentence.set(si, (tokens = fresh));
  }
  return tokens;
}

/**
 * 'Ann Lee was blunt. "We will not pay."': a quotation standing as its own sentence, no speaker in its
 * paragraph yet, speaks for the person the sentence before it, in the same paragraph, is about.
 */
function subjectBefore(view: string, seg: Segmentation, si: number): { source: Range; kind: Draft['sourceKind'] } | null {
  const prev = seg.sentences[si - 1];
  if (!prev || prev.paragraph !== seg.sentences[si].paragraph || seg.quotes.some((q) => q.start < prev.end && q.end > prev.start)) return null;
  const tokens = wholeSentence(view, seg, si - 1);
  const m = subjectOf(tokens, tokens.length);
  // A person: a name, "he" or "she", or a description ending on a role ("The judge"), not "The bridge".
  const head = m ? tokens[m.to - 1] : null;
  const named = !!m && tokens.slice(m.from, m.to).some((t) => t.cap && t.kind === 'word' && !DETERMINERS.has(t.lower));
  const person = m && ((m.kind === 'name' && named) || ROLE_WORDS.has(head!.lower) || (m.kind === 'pronoun' && /^(he|she)$/.test(tokens[m.from].lower)));
  if (!person) return null;
  return { source: rangeOf(tokens, m.from, m.to), kind: m.kind };
}

/**
 * 'His campaign protested that aides were "disingenuous"', 'Yildirim's page lists him as "Director"': a
 * quotation inside a clause no cue frames is the words of that clause's subject, before its paragraph's speaker.
 */
function clauseSubject(view: string, sentence: readonly Token[], idx: number): { source: Range; kind: Draft['sourceKind'] } | null {
  // A sentence with no cue was tagged only in part: tag a copy whole.
  const tokens = sentence.map((t) => ({ ...t }));
  tagTokens(view, tokens, true);
  const m = subjectOf(tokens, idx);
  if (!m || m.to > idx) return null;
  const words = tokens.slice(m.from, m.to).filter((t) => t.kind === 'word');
  const head = words[words.length - 1].lower;
  const range = { source: rangeOf(tokens, m.from, m.to), kind: m.kind };
  if (m.kind === 'pronoun') return /^(he|she|they|we|i)$/.test(tokens[m.from].lower) ? range : null;
  // A description of who or what speaks: "His campaign", "An Egyptian textbook", "his response"; not
  // "The old adage" or "The plan".
  const possessed = words.some((t) => POSSESSIVE_WORDS.test(t.lower) || /['\u2019]s$/.test(t.text));
  if (possessed || SPEAKER_HEADS.some((set) => set.has(head))) return range;
  // Or a name ("CREW", "Sanders"), not a headline's capitals.
  const named = m.kind === 'name' && words.some((t) => t.cap && !DETERMINERS.has(t.lower)) && !words.every((t) => t.text === t.text.toUpperCase() && t.text.length > 4);
  return named ? range : null;
}
const POSSESSIVE_WORDS = /^(his|her|their|its|our|my)$/;
const SPEAKER_HEADS = [ROLE_WORDS, GROUP_NOUNS, ORG_WORDS, DOCUMENT_NOUNS, STATEMENT_NOUNS, FINDING_NOUNS];

/** Four words or more, or a whole sentence in quotation marks ('"We are disappointed."'), however short, are words said. */
function saidWords(view: string, q: QuoteSpan): boolean {
  const text = view.slice(q.start, q.end);
  const words = text.split(/\s+/).filter(Boolean).length;
  return words >= 4 || (/[.?!][\s\u2060]*["\u201d\u2019']?\s*$/.test(text) && words >= 2);
}

/**
 * A quotation with no speaker of its own, in the paragraph of an attributed statement (before it, else
 * after it): most often that speaker's words too (PolNeAR train: end to end +0.002, direct and mixed
 * speaker +0.006).
 */
function paragraphSpeaker(before: Draft | null, after: Draft | null | undefined, paragraph: number, q: QuoteSpan): Draft | null {
  const inParagraph = (d: Draft | null | undefined) => (d?.source && d.paragraph === paragraph ? d : null);
  const b = inParagraph(before);
  const a = inParagraph(after);
  return b && b.content[1] <= q.start ? b : !b && a && a.content[0] >= q.end ? a : null;
}

/** The attributed statement a quotation may take its speaker from, walking the text in order. */
class SpeakerContext {
  private i = 0;
  private last: Draft | null = null;
  /** The last attributed statement with quoted words. */
  private lastQuoted: Draft | null = null;

  constructor(
    private readonly attributed: readonly Draft[],
    private readonly sentenceAt: (offset: number) => number,
  ) {}

  /** The last attributed statement starting before `at`. */
  before(at: number): Draft | null {
    while (this.i < this.attributed.length && this.attributed[this.i].content[0] < at) {
      this.last = this.attributed[this.i++];
      if (this.last.kind !== 'indirect') this.lastQuoted = this.last;
    }
    // '"A," Ann Lee said as she left the stage. "B."': a clause after the quotation's own frame, in its
    // sentence, does not take the next quotation from it.
    if (this.last?.kind === 'indirect' && this.lastQuoted && this.sentenceAt(this.lastQuoted.content[1] - 1) === this.sentenceAt(this.last.content[0])) this.last = this.lastQuoted;
    return this.last;
  }

  /** The next attributed statement, not yet passed. */
  next(): Draft | undefined {
    return this.attributed[this.i];
  }

  /** A statement made from context becomes the one later quotations continue. */
  made(d: Draft): void {
    this.last = d;
  }
}

/** The index of the sentence holding a position of the view (binary search over the sentences). */
function sentenceIndex(seg: Segmentation): (at: number) => number {
  return (at) => Math.max(0, firstAbove((i) => seg.sentences[i].start, 0, seg.sentences.length, at) - 1);
}

/** A quotation closing with its own full stop, question or exclamation mark. */
const quoteEndsSentence = (t: Token) => t.kind === 'quote' && /[.!?]["'\u201d\u2019\u2060]*$/.test(t.text);

/** A semicolon, colon or full stop, or a quotation closing its own sentence: the end of a reported clause. */
const endsClause = (t: Token) => /^[;:.!?]$/.test(t.text) || quoteEndsSentence(t);

/** Statements a sentence's frames govern: the quotations before a frame ('"Q," X said') or after it ('X said "Q"'). */
function framedStatements(view: string, tokens: readonly Token[], found: readonly Frame[], covered: Set<QuoteSpan>, paragraph: number, headline: boolean): Draft[] {
  const drafts: Draft[] = [];
  const frames = statementFrames(tokens, found);
  // The reported clause of the frame before, while it runs up to the next frame: a trailing frame
  // ("CLAUSE WITH ITS OWN FRAME, the Times reported") reports the whole clause, inner frame included.
  let reach: Reach | null = null;
  // Frames that said nothing ("the recession began,", "and said little,") bound no later frame's clause.
  const silence = new Silence(frames.length);
  for (let f = 0; f < frames.length; f++) {
    const fr = frames[f];
    const pieces = framePieces(view, tokens, frames, f, covered, reach, silence);
    silence.record(f, !pieces.length);
    if (!pieces.length) {
      reach = null;
      continue;
    }
    // "wrote a book called "The Long Road Home"": a title under a cue is still not a statement; a
    // speaker calling someone a name in title case is one ('Jacobs called Merkel "The Chancellor"').
    const pieceQuotes = pieces.flatMap((p) => p.quotes);
    const callsSomeone = fr.cue.lemma === 'call' && !!fr.mention && fr.order === 'subject' && tokens[pieces[0].from]?.kind === 'word';
    if (pieceQuotes.length && !callsSomeone && !pieces.every((p) => tokens.slice(p.from, p.to).every((t) => t.kind !== 'word')) && pieceQuotes.every((t) => looksLikeTitle(view, tokens, tokens.indexOf(t)))) continue;
    const prevEnd = f > 0 ? frames[f - 1].to : 0;
    reach = { f, from: Math.min(prevEnd, pieces[0].from), to: pieces[pieces.length - 1].to };
    for (const t of pieceQuotes) covered.add(t.quote!);
    const draft = frameDraft(view, tokens, found, fr, pieces, paragraph, headline);
    if (draft) drafts.push(draft);
  }
  return drafts;
}

/** A part of a statement's content: a token range and the quotations in it. */
interface Piece {
  from: number;
  to: number;
  quotes: Token[];
}

/** The previous frame's reported clause (token range), when it ran up to the next frame. */
interface Reach {
  f: number;
  from: number;
  to: number;
}

/** The frames that make statements: a frame inside another's reported clause ("Benjamin said he believes ...") belongs to that clause. */
function statementFrames(tokens: readonly Token[], found: readonly Frame[]): Frame[] {
  // "responded first by calling": a verb another cue runs over is that cue's. The few cues that run
  // over verbs are listed once: asking every frame of every frame made a long sentence quadratic.
  const leaders = found.filter((g) => g.cue.lead !== undefined && !g.trace.includes('cue:infinitive'));
  const led = (fr: Frame) => leaders.some((g) => g.cue.lead! <= fr.cue.from && fr.cue.to <= g.cue.from);
  return found.filter((fr, k) => {
    if (led(fr)) return false;
    const p = found[k - 1];
    // A frame whose subject holds the one before ("X, who thinks A, called B") is not inside its clause.
    if (!p || p.order === 'according' || (fr.mention?.appositive && fr.mention.appositive[0] <= p.from && p.to <= fr.mention.appositive[1])) return true;
    const between = tokens.slice(p.to, fr.from);
    const adjacent = between.every((t) => t.lower === 'that');
    if (adjacent && (fr.mention?.kind === 'pronoun' || fr.cue.strength < 0.7)) return false;
    // "Obama said "it gets me mad" every time he thinks about ...": a stance verb inside a speech verb's
    // clause is part of what was said, not a statement of its own (train: speaker +0.0024, e2e +0.0024).
    if (fr.cue.attitude && fr.mention && !fr.trace.includes('source:coordinated') && !p.cue.attitude && (p.order === 'subject' || p.order === 'inverted') && !between.some(endsClause) && !inOpeningAdverbial(tokens, p, fr)) return false;
    return true;
  });
}

/**
 * "In an article posted on the party's site, Shen urged ...", "When the mayor said ..., Lee urged ...": the
 * frame before sits in a prepositional phrase or a subordinate clause opening the sentence, closed by the
 * comma before this frame's subject; this one is the main clause.
 */
function inOpeningAdverbial(tokens: readonly Token[], p: Frame, fr: Frame): boolean {
  if (tokens[fr.from - 1]?.text !== ',') return false;
  let k = p.from - 1;
  while (k >= 0 && tokens[k].text !== ',') k--;
  return /^(in|at|on|during|after|before|from|with|under|amid|following|despite|although|though|while|when|because|since|if|once|whereas)$/.test(tokens[k + 1]?.lower ?? '');
}

/** A frame among its sentence's tokens: the words on either side of it and the open quotations there. */
interface FrameSides {
  fr: Frame;
  /** Where the previous frame's words end and the next frame starts. */
  prevEnd: number;
  nextStart: number;
  /** The frame's first token with the punctuation that leads to it, and the first token after it and its own punctuation. */
  b: number;
  a: number;
  /** Where an opening participle's phrase ends ("After saying X, the governor left"), and where the words after the frame end. */
  phraseEnd: number;
  bEnd: number;
  after: readonly Token[];
  quotesBefore: Token[];
  quotesAfter: Token[];
  /** A quotation no statement has taken yet, and no programme title. */
  open: (t: Token, at: number) => boolean;
}

/**
 * What frame f says: the quotations before it ('"...," she said'), resumed after it ('"A," she said,
 * "B."'), the quotations after it ('she said: "..."'), or its reported clause; none when it frames nothing.
 */
function framePieces(view: string, tokens: readonly Token[], frames: readonly Frame[], f: number, covered: ReadonlySet<QuoteSpan>, reach: Reach | null, silence: Silence): Piece[] {
  const sides = frameSides(view, tokens, frames, f, covered, silence);
  const { fr, prevEnd, b, a, bEnd, quotesBefore, quotesAfter } = sides;
  if (quotesBefore.length && saysQuotesBefore(tokens, frames, sides)) {
    const resumed = resumedQuote(tokens, fr, a, bEnd, sides.open);
    return [{ from: prevEnd, to: b, quotes: quotesBefore }, ...(resumed ? [resumed] : [])];
  }
  if (quotesAfter.length && saysQuotesAfter(tokens, sides)) return quotesAfterPieces(tokens, frames, f, sides);
  if (quotesBefore.length && fr.order === 'according') return [{ from: prevEnd, to: b, quotes: quotesBefore }];
  if (fr.order === 'passive') return passivePieces(tokens, fr, prevEnd, a, bEnd);
  if (!fr.mention && fr.order !== 'participle') return [];
  return reportedPieces(tokens, frames, f, reach, sides);
}

function frameSides(view: string, tokens: readonly Token[], frames: readonly Frame[], f: number, covered: ReadonlySet<QuoteSpan>, silence: Silence): FrameSides {
  const fr = frames[f];
  const prevEnd = previousFrameEnd(frames, f, silence);
  const nextStart = f + 1 < frames.length ? frames[f + 1].from : tokens.length;
  let a = fr.to;
  while (a < nextStart && tokens[a].kind === 'punct' && /[,:\u2014\u2013-]/.test(tokens[a].text)) a++;
  const phraseEnd = fr.openingEnd ?? tokens.length;
  const bEnd = Math.min(nextStart, phraseEnd);
  const after = tokens.slice(a, bEnd);
  let b = fr.from;
  while (b > prevEnd && tokens[b - 1].kind === 'punct' && /[,\u2014\u2013-]/.test(tokens[b - 1].text)) b--;
  const open = (t: Token, at: number) => t.kind === 'quote' && !covered.has(t.quote!) && !programmeTitle(view, tokens, at);
  const quotesBefore = TokenCounts.of(tokens)
    .quotesIn(prevEnd, b)
    .filter((k) => open(tokens[k], k))
    .map((k) => tokens[k]);
  const quotesAfter = after.filter((t, k) => open(t, a + k));
  return { fr, prevEnd, nextStart, b, a, phraseEnd, bEnd, after, quotesBefore, quotesAfter, open };
}

/** Whether the frame says the quotations before it ('"...," she said'), unless its own words point elsewhere. */
function saysQuotesBefore(tokens: readonly Token[], frames: readonly Frame[], { fr, a, prevEnd, after, quotesAfter }: FrameSides): boolean {
  if (fr.order === 'according' || fr.order === 'passive') return false;
  // 'Citing "obligations," the spokeswoman told POLITICO that ...': "that" opens the frame's own words.
  if (opensThatClause(tokens, a)) return false;
  // ', writing "..."': a participle with a quotation after it says that one, not one before it.
  // '"...," before discussing specifics, he said': nor does one after a preposition say the one before it.
  if (fr.order === 'participle' && (quotesAfter.length > 0 || /^(by|after|before|while|when|in|for|from|without)$/.test(tokens[fr.cue.from - 1]?.lower ?? ''))) return false;
  return !inSpeakerClause(frames, fr) && !openingPhraseQuote(tokens, fr, prevEnd, after);
}

/** Whether the frame says the quotations after it: it opens its sentence's clause, or its order or speaker points forward. */
function saysQuotesAfter(tokens: readonly Token[], { fr, prevEnd, b }: FrameSides): boolean {
  const frameAtStart = !TokenCounts.of(tokens).quotesIn(prevEnd, b).length && (b - prevEnd <= 6 || tokens[b - 1].text === ',');
  return frameAtStart || fr.order === 'according' || fr.order === 'participle' || !!fr.mention;
}

/** The quotation after the frame with the rest of its clause ('she said: "..."'). */
function quotesAfterPieces(tokens: readonly Token[], frames: readonly Frame[], f: number, { fr, prevEnd, b, a, bEnd, quotesAfter }: FrameSides): Piece[] {
  // 'Graham called both candidates "crazy"': what is named belongs to the statement with its name.
  const named = fr.cue.lemma === 'call' && fr.addressee && tokens[a]?.kind === 'quote' ? fr.addressee[0] : a;
  const quoted: Piece = { from: named, to: quotedClauseEnd(tokens, frames, f, a, bEnd), quotes: quotesAfter };
  // 'The plan, Lee argued, was "dead on arrival."': the frame interrupts the clause its quotation ends.
  return interruptsSubject(tokens, fr, prevEnd, b, a) ? [{ from: prevEnd, to: b, quotes: [] }, quoted] : [quoted];
}

/** The frame's reported clause ('X said A'), and the rest of it when the frame interrupts it. */
function reportedPieces(tokens: readonly Token[], frames: readonly Frame[], f: number, reach: Reach | null, { fr, prevEnd, nextStart, b, a, phraseEnd, bEnd, open }: FrameSides): Piece[] {
  // "(..., Lee says) hurt her": the frame's own parenthesis closes right after it, and no clause of its follows.
  const closed = /^[)\]]$/.test(tokens[a]?.text ?? '');
  // Frames past where the clause may run cannot end it sooner (clause ends past a + MAX_CLAUSE_TOKENS all give the same clause).
  const { clauseEnd, adjunctCut } = closed ? { clauseEnd: a, adjunctCut: true } : reportedClauseEnd(tokens, frames, f, a + MAX_CLAUSE_TOKENS);
  const outer = reach && reach.f === f - 1 && reach.to >= b && fr.order !== 'participle' ? reach.from : prevEnd;
  // A quotation past the next frame, inside this frame's clause, does not make the clause a partial
  // quote of that frame's: the clause is this frame's and holds it ("Lee said the city lost a voice
  // that said "..."": PolNeAR annotates the outer statement; it was lost when the quotation blocked it).
  const ownQuote = (t: Token, at: number) => at < nextStart && open(t, at);
  // The words after the frame are read as far as a clause may run (a sentence of frames that never
  // stops would have each frame read the rest of it).
  const end = Math.min(adjunctCut ? clauseEnd : Math.max(bEnd, clauseEnd), phraseEnd, a + MAX_CLAUSE_TOKENS);
  const reported = indirectContent(tokens, fr, outer, b, a, end, ownQuote);
  if (!reported) return [];
  // A clause after the frame ends by `end`; one before it keeps the words nearest the frame.
  const from = reported.to <= fr.from ? Math.max(reported.from, reported.to - MAX_CLAUSE_TOKENS) : reported.from;
  // "X said A and said B": the conjunction before the next frame belongs to neither clause.
  let to = reported.to;
  while (to > from + 1 && /^(and|but|or|,|;)$/.test(tokens[to - 1].lower)) to--;
  // A quotation inside it was taken by an inner frame ('X called it "a failure," the Herald reported').
  const pieces: Piece[] = [{ from, to, quotes: tokens.slice(from, to).filter((t) => t.kind === 'quote') }];
  if (reported.rest) pieces.push({ ...reported.rest, quotes: [] });
  return pieces;
}

/**
 * Interrupted quote: '"A," she said, "B."' continues right after the frame, or after an appositive
 * ('"A," said X, an economist at Y, "B."'). A dash's credit ends its quotation: the next one is
 * another's ('"A" \u2014 Lee "B" \u2014 Hale').
 */
function resumedQuote(tokens: readonly Token[], fr: Frame, a: number, bEnd: number, open: (t: Token, at: number) => boolean): Piece | null {
  if (fr.cue.lemma === 'dash') return null;
  let qa = a;
  while (qa < bEnd && qa - a < 20 && tokens[qa].kind !== 'quote') qa++;
  const resumes = qa < bEnd && open(tokens[qa], qa) && (qa === a || (tokens[qa - 1].text === ',' && (fr.order === 'inverted' || verbAdjunct(tokens, a, qa - 1))));
  return resumes ? { from: qa, to: qa + 1, quotes: [tokens[qa]] } : null;
}

/** "The plan, Lee said, was ...": a short verbless subject before a frame set off by commas, a finite verb right after it. */
function interruptsSubject(tokens: readonly Token[], fr: Frame, prevEnd: number, b: number, a: number): boolean {
  if (fr.order !== 'subject' || b >= fr.from || tokens[fr.to]?.text !== ',') return false;
  const words = TokenCounts.of(tokens).wordsIn(prevEnd, b);
  return words >= 1 && words <= 8 && !finiteVerbIn(tokens, prevEnd, b) && (finiteVerbAt(tokens, a) || quoteOpensWithVerb(tokens[a]));
}

/** '..., Lee said, "is a perfect example"': a quotation that opens on an auxiliary or copula goes on with the clause. */
const quoteOpensWithVerb = (t: Token | undefined) => t?.kind === 'quote' && /^[\s"'\u201c\u2018\u2060]*(is|are|was|were|will|would|has|have|had|can|could|should|must|may|might|does|do|did)\b/i.test(t.text);

/**
 * "Marco Rubio, speaking at a rally in Miami, said": a participle's aside between a subject and its verb
 * tells what the speaker was doing, not who they are; the source is the name (PolNeAR train: 27 of 44).
 * "including" lists members of the speaker and stays.
 */
function participialAside(tokens: readonly Token[], fr: Frame, mention: MentionMatch): boolean {
  // '"Q," delegate Bill Eastland, wearing a hat, said': after its quotation the whole phrase introduces the speaker.
  if (fr.order !== 'subject' || !mention.appositive || mention.appositive[0] < mention.to || tokens[mention.from - 1]?.kind === 'quote') return false;
  const first = tokens[mention.appositive[0]];
  return first?.kind === 'word' && !first.cap && /ing$/.test(first.lower) && first.lower !== 'including' && !!first.tags?.has('Gerund') && !ROLE_WORDS.has(tokens[mention.appositive[0] + 1]?.lower ?? '');
}

/** Whether frame g sits inside the appositive or relative clause of frame fr's speaker. */
const inClauseOf = (fr: Frame, g: Frame) => !!fr.mention?.appositive && fr.mention.appositive[0] <= g.from && g.to <= fr.mention.appositive[1];

/**
 * Where the frame before frame f ends, past frames inside f's own speaker clause ("Warren, who has not
 * endorsed anyone, told"): those do not bound what f says.
 */
function previousFrameEnd(frames: readonly Frame[], f: number, silence: Silence): number {
  let pf = f - 1;
  for (;;) {
    if (pf >= 0 && silence.has(pf)) pf = silence.lastSpokeAt(pf);
    else if (pf >= 0 && inClauseOf(frames[f], frames[pf])) pf--;
    else return pf >= 0 ? frames[pf].to : 0;
  }
}

/**
 * Which of a sentence's frames, decided in order, said nothing; a run of them is passed in one step
 * (thousands of silent frames in one sentence made each frame walk back over all the others).
 */
class Silence {
  /** lastSpoke[i]: the last frame at or before i that said something, -1 if none. */
  private readonly lastSpoke: Int32Array;
  constructor(frames: number) {
    this.lastSpoke = new Int32Array(frames).fill(-1);
  }
  /** Records frame f, the next in order: whether it said nothing. */
  record(f: number, silent: boolean): void {
    this.lastSpoke[f] = !silent ? f : f > 0 ? this.lastSpoke[f - 1] : -1;
  }
  has(f: number): boolean {
    return this.lastSpoke[f] !== f;
  }
  lastSpokeAt(f: number): number {
    return this.lastSpoke[f];
  }
}

/** '"...," Warren, who has not endorsed anyone, told ...': a frame inside a later speaker's clause says none of the quotations before that speaker. */
const inSpeakerClause = (frames: readonly Frame[], fr: Frame) => withAppositive(frames).some((g) => g !== fr && inClauseOf(g, fr));

/** The frames whose speaker has an appositive (the only ones another frame can sit in), listed once per sentence. */
const appositiveFrames = new WeakMap<readonly Frame[], readonly Frame[]>();
function withAppositive(frames: readonly Frame[]): readonly Frame[] {
  let list = appositiveFrames.get(frames);
  if (!list) appositiveFrames.set(frames, (list = frames.filter((g) => !!g.mention?.appositive)));
  return list;
}

/**
 * 'Walking in to chants of "Marco! Marco!," the senator said his campaign was ...', 'To a question on the
 * "privatization of jobs," Sanders said ...': a quotation inside the phrase that opens the sentence,
 * closed by its comma right before the speaker, is no statement of the frame when a clause follows it.
 */
function openingPhraseQuote(tokens: readonly Token[], fr: Frame, prevEnd: number, after: readonly Token[]): boolean {
  if (prevEnd !== 0 || fr.order !== 'subject' || !fr.mention || wordCount(after) < 3) return false;
  const s0 = clauseStart(tokens);
  const first = tokens[s0];
  if (!first || first.kind !== 'word' || !first.cap || !(OPENING_WORDS.test(first.lower) || /ing$/.test(first.lower))) return false;
  const m = fr.mention.from;
  return m > s0 + 1 && (quoteEndsWithComma(tokens[m - 1]) || (tokens[m - 1].text === ',' && tokens[m - 2]?.kind === 'quote'));
}
const OPENING_WORDS = /^(to|at|in|on|during|after|before|since|despite|following|from|with|without|for|amid|asked|when|while|as)$/;

/**
 * What a passive cue reports: the question or clause after its agent ("was asked by X whether ..."), else
 * its grammatical subject ("The meeting was first reported by Politico"; "Clinton's attacks were echoed by ...").
 */
function passivePieces(tokens: readonly Token[], fr: Frame, prevEnd: number, a: number, bEnd: number): Piece[] {
  if (a < bEnd && /^(whether|if|to|about|what|how|why|when|that)$/.test(tokens[a].lower)) return [{ from: a, to: bEnd, quotes: [] }];
  const subject = mentionBefore(tokens, fr.cue.from, prevEnd);
  if (!subject || subject.kind === 'pronoun') return [];
  const to = subject.appositive ? Math.max(subject.to, subject.appositive[1]) : subject.to;
  return [{ from: subject.from, to, quotes: tokens.slice(subject.from, to).filter((t) => t.kind === 'quote') }];
}

/**
 * Where the cue ends, past the words after its verb that PolNeAR writes into it: a preposition before
 * its object ("warned of", "called for", "boasted about a plan to spend "...""), a particle ("called
 * out", "remarked upon", "wrote back"), "to" after a reply ("responded to"), a stance noun ("expressed
 * concern about", "voiced support for"), an adverb of manner ("said sarcastically", "has said
 * repeatedly"), the channel ("said in a statement": train 31 of 45) and the manner ("said with a
 * grin"). The content's first piece then starts after them.
 */
function cueWordsAfter(tokens: readonly Token[], fr: Frame, pieces: Piece[]): number {
  let cueTo = fr.cue.to;
  const startsAtCue = pieces[0].from === fr.cue.to && pieces[0].to - pieces[0].from > 1;
  const opener = tokens[pieces[0].from];
  const replyTo = opener.lower === 'to' && /^(respond|reply|react)$/.test(fr.cue.lemma);
  const prepositionOpens = startsAtCue && (CUE_PREPOSITIONS.has(opener.lower) || CUE_PARTICLES.has(opener.lower) || replyTo);
  const stance = startsAtCue ? stanceNounAfter(tokens, fr, pieces[0].from, pieces[0].to) : 0;
  if (stance) {
    pieces[0] = { ...pieces[0], from: pieces[0].from + stance };
    cueTo += stance;
  } else if (prepositionOpens && (!pieces[0].quotes.length || tokens[pieces[0].from + 1]?.kind !== 'quote')) {
    pieces[0] = { ...pieces[0], from: pieces[0].from + 1 };
    cueTo++;
  }
  // "according to recently hacked documents": after a cue whose source follows, the adverb is the source's.
  const adverb = fr.cue.type === 'source-after' ? 0 : mannerAdverbAfter(tokens, cueTo);
  if (adverb && pieces[0].from === cueTo) pieces[0] = { ...pieces[0], from: pieces[0].from + 1 };
  cueTo += adverb;
  cueTo += channelAfter(tokens, cueTo, fr.to);
  cueTo += mannerAfter(tokens, cueTo);
  return cueTo;
}

/** The token range `g` less the range `r`: the pieces of it before and after `r`, those that hold a token. */
function outside(tokens: readonly Token[], g: Range, r: Range): Range[] {
  if (r[1] <= g[0] || r[0] >= g[1]) return [g];
  return ([[g[0], r[0]], [r[1], g[1]]] as Range[]).filter(([a, b]) => a < b && tokens.slice(a, b).some((t) => t.kind === 'word'));
}

/**
 * The pieces less the source's tokens [from, to): a statement never holds its own attribution. A
 * coordinated verb's subject opens its sentence ("Jane Roe, asked about it, laughed and said ...")
 * and may stand inside the clause before the verb that the pieces hold.
 */
function withoutSource(tokens: readonly Token[], pieces: readonly Piece[], from: number, to: number): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    if (p.to <= from || p.from >= to) out.push(p);
    else if (p.from < from) out.push(within(tokens, p, p.from, from));
    else if (p.to > to) out.push(within(tokens, p, to, p.to));
  }
  return out;
}

function within(tokens: readonly Token[], p: Piece, from: number, to: number): Piece {
  return { from, to, quotes: p.quotes.filter((q) => tokens.indexOf(q) >= from && tokens.indexOf(q) < to) };
}

/** "expressed concern about", "voiced support for": a stance noun after such a verb, and its preposition. Tokens, or 0. */
function stanceNounAfter(tokens: readonly Token[], fr: Frame, at: number, end: number): number {
  if (!/^(express|voic|signal|register)/.test(tokens[fr.cue.to - 1]?.lower ?? '') || !STANCE_NOUNS.test(tokens[at]?.lower ?? '')) return 0;
  const n = /^(about|for|over|with|at|to|of)$/.test(tokens[at + 1]?.lower ?? '') ? 2 : 1;
  return at + n < end ? n : 0;
}
const STANCE_NOUNS = /^(concern|concerns|support|opposition|frustration|skepticism|scepticism|doubt|doubts|reservations|outrage|dismay|disappointment|optimism|confidence|interest|alarm|regret|sympathy|solidarity|gratitude|anger)$/;

/** "said sarcastically.", "has said repeatedly that": a manner adverb right after the verb, before punctuation or "that". 1 or 0. */
function mannerAdverbAfter(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (t?.kind !== 'word' || t.cap || !/ly$/.test(t.lower) || NOT_MANNER.test(t.lower)) return 0;
  const next = tokens[i + 1];
  return /^(repeatedly|recently|privately|publicly)$/.test(t.lower) || !next || next.lower === 'that' || (next.kind === 'punct' && /^[.,:;!?]$/.test(next.text)) ? 1 : 0;
}
const NOT_MANNER = /^(only|early|nearly|exactly|likely|unlikely|weekly|daily|monthly|yearly|family|virtually|equally|increasingly|largely|mostly|roughly|fully|highly|simply|really|actually|certainly|probably|clearly|apparently|reportedly|supposedly|allegedly|finally|initially|originally|previously|currently)$/;

/** The statement a frame and its pieces make: kind, content and its segments, cue, source and the rest; null when they hold no word or quotation. */
function frameDraft(view: string, tokens: readonly Token[], found: readonly Frame[], fr: Frame, input: readonly Piece[], paragraph: number, headline: boolean): Draft | null {
  const mention = fr.mention ?? (fr.order === 'participle' ? participleSpeaker(tokens, found, fr) : null);
  const sourceTo = mention ? (mention.appositive && !participialAside(tokens, fr, mention) ? Math.max(mention.to, mention.appositive[1]) : mention.to) : 0;
  // An empty piece ("-- according to X -- ..." leaves none before the cue) holds nothing to report.
  const pieces = (mention ? withoutSource(tokens, input, mention.from, sourceTo) : [...input]).filter((p) => p.from < p.to);
  const cueTo = pieces.length ? cueWordsAfter(tokens, fr, pieces) : fr.cue.to;
  // What the cue's own words leave may be punctuation alone ("Jane Roe replied to. and"): no statement.
  if (!pieces.some((p) => p.quotes.length || tokens.slice(p.from, p.to).some((t) => t.kind === 'word'))) return null;
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  const allQuotes = pieces.flatMap((p) => p.quotes);
  const onlyQuotes = pieces.every((p) => tokens.slice(p.from, p.to).every((t) => t.kind === 'quote' || t.kind === 'punct'));
  const quoted = allQuotes.flatMap((t) => t.quote!.segments.map((g) => [g.start, g.end] as Range));
  let content = trimContent(view, [tokens[first.from].start, tokens[last.to - 1].end]);
  const segments: Range[] = onlyQuotes ? [...quoted] : pieces.map((p) => trimContent(view, rangeOf(tokens, p.from, p.to)));
  if (onlyQuotes) content = [quoted[0][0], quoted[quoted.length - 1][1]];
  return {
    kind: allQuotes.length === 0 ? 'indirect' : onlyQuotes ? 'direct' : 'partial',
    headline,
    content,
    segments,
    quoted,
    cue: rangeOf(tokens, fr.cue.lead ?? fr.cue.from, cueTo),
    cueLemma: fr.cue.lemma,
    source: mention ? rangeOf(tokens, mention.from, sourceTo) : null,
    sourceName: mention ? rangeOf(tokens, mention.from, mention.to) : undefined,
    sourceKind: mention ? mention.kind : null,
    appositive: mention?.appositive ? rangeOf(tokens, mention.appositive[0], mention.appositive[1]) : null,
    sourceFromContext: false,
    venue: fr.venue ? { name: fr.venue.name, type: fr.venue.type, range: rangeOf(tokens, fr.venue.from, fr.venue.to), outlet: fr.venue.outlet, trace: fr.venue.trace } : null,
    addressee: fr.addressee ? rangeOf(tokens, fr.addressee[0], fr.addressee[1]) : null,
    date: fr.date ? rangeOf(tokens, fr.date[0], fr.date[1]) : null,
    paragraph,
    evidence: [...fr.trace, onlyQuotes ? 'content:quote' : 'content:clause', ...(pieces.length > 1 ? ['segments:interrupted'] : [])],
    diagnostics: [],
  };
}

/**
 * A participle frame's speaker: the sentence's first frame's, not the nearest ('Carson said he saw no
 * need to change, telling Stephanopoulos ...'; train: speaker +0.0003, direct and mixed +0.0007),
 * unless that frame only names a thing ('Carson shared a syllabus for a class called "Perception",
 * writing "..."'); else the subject of a subordinate clause before it ("... comes as Mrs. Clinton is
 * relying on him, mentioning him"), else the clause's subject.
 */
function participleSpeaker(tokens: readonly Token[], found: readonly Frame[], fr: Frame): MentionMatch | null {
  // A quotation closing with its own full stop ends a sentence the splitter kept whole ('..." He echoed
  // that promise, saying ...'): the frames before it are another sentence's.
  let start = 0;
  for (let k = fr.from - 1; k > 0; k--) if (quoteEndsSentence(tokens[k])) {
    start = k + 1;
    break;
  }
  const postposed = postposedFrameBefore(tokens, found, fr);
  if (postposed) return postposed.mention;
  // "Mr. McConnell, who has endorsed Trump, offered ..., stressing": a relative clause's frame is not the sentence's.
  // "The judge gave no details about how he plans ..., saying": nor is a frame inside a wh-clause.
  const earlierFrame = found.find((x) => x.from >= start && x.to <= fr.from && x.mention && !/^(who|which|that)$/.test(tokens[x.mention.from].lower) && !/^(how|why|whether|what|where)$/.test(tokens[x.mention.from - 1]?.lower ?? ''));
  const naming = earlierFrame?.cue.lemma === 'call' && !!subjectOf(tokens, fr.from);
  const earlier = earlierFrame && !naming ? earlierFrame.mention : null;
  if (earlier) return earlier;
  const main = subjectOf(tokens, fr.from);
  const sub = subordinateSubject(tokens, fr.from - 1);
  // "Lee apologized for the columns after they came out, saying ...": a subordinate "they" or "it" is
  // a thing the person named as the main subject speaks of.
  if (sub?.kind === 'pronoun' && /^(they|it)$/.test(tokens[sub.from].lower) && main && (main.kind === 'name' || (main.kind === 'pronoun' && /^(he|she)$/.test(tokens[main.from].lower)))) return main;
  return sub ?? main;
}

/**
 * '..., a Chinese official said, adding that ...': a frame set between commas after its own content ends
 * that content, so the frames inside it ("Washington did not complain when ...") are not the sentence's
 * speaker; the participle continues the frame right before it. So does one after a quotation closing
 * with its comma ('X cannot say "Q," Lee added, saying ...').
 */
function postposedFrameBefore(tokens: readonly Token[], found: readonly Frame[], fr: Frame): Frame | null {
  if (tokens[fr.from - 1]?.text !== ',') return null;
  const prev = found.find((x) => x.to === fr.from - 1 && x.mention && x.order === 'subject');
  if (!prev || prev.mention!.from !== prev.from) return null;
  const before = tokens[prev.from - 1];
  return before?.text === ',' || quoteEndsWithComma(before) ? prev : null;
}

/**
 * Where the words after frame f that hold a quotation end: at the next frame ('X said "Q" and asked
 * ...', the conjunction before it belonging to neither), unless that frame is a relative clause's
 * inside the reported clause ('X said he was "an advocate" of the rules, which he argued help').
 */
function quotedClauseEnd(tokens: readonly Token[], frames: readonly Frame[], f: number, a: number, bEnd: number): number {
  let to = bEnd;
  const next = frames[f + 1];
  if (next && /^(which|whom|who|that)$/.test(tokens[next.from - 1]?.lower ?? '') && next.mention?.kind === 'pronoun') {
    const clause = reportedClauseEnd(tokens, frames, f + 1);
    if (!clause.adjunctCut) to = Math.max(to, clause.clauseEnd);
  }
  while (to > a + 1 && tokens[to - 1].kind !== 'quote' && /^(and|but|or|then|until|before|after|when|while|because|since|unless|once|,|;)$/.test(tokens[to - 1].lower)) to--;
  return to;
}

const RESUMING_ADJUNCT = /^(of|on|in|at|to|outside|after|during|before|with|from|about|later|then|again|while|as|late|early|last|this|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|recently|afterward|afterwards)$/;

/** '"A," he said of the campaign, "B."': a short phrase after the verb, no verb in it, before the quotation resumes. */
function verbAdjunct(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from || to - from > 10 || tokens[from].kind !== 'word' || !RESUMING_ADJUNCT.test(tokens[from].lower)) return false;
  for (let k = from; k < to; k++) if (tokens[k].kind === 'quote' || cueAt(tokens, k) || tokens[k].text === ',') return false;
  return true;
}

const THAT_TIME = /^(night|day|morning|afternoon|evening|week|weekend|month|year|time|moment|summer|winter|spring|fall|autumn)$/;

/**
 * Whether the "that" at token `a` opens the frame's own reported clause ('told POLITICO that ...'):
 * not a demonstrative before a time ('he said that night') nor a relative clause after the addressee
 * ('told a crowd that spilled out onto the street').
 */
function opensThatClause(tokens: readonly Token[], a: number): boolean {
  if (tokens[a]?.lower !== 'that') return false;
  const next = tokens[a + 1];
  if (!next || next.kind !== 'word') return true;
  if (THAT_TIME.test(next.lower)) return false;
  return !(next.tags?.has('Verb') && !next.tags.has('Pronoun') && !next.tags.has('Noun') && !next.tags.has('Copula') && !next.tags.has('Modal'));
}

/**
 * Where frame f's reported clause ends: "X said Y believes Z" (a frame inside the clause does not end
 * it), but a later frame after a comma, in another order or coordinated starts its own clause, and
 * "..., at the town hall she said" ends it at the comma before the adjunct (`adjunctCut`).
 */
function reportedClauseEnd(tokens: readonly Token[], frames: readonly Frame[], f: number, horizon = Infinity): { clauseEnd: number; adjunctCut: boolean } {
  const fr = frames[f];
  const firstFrom = horizon < Infinity ? earliestFromOnward(frames) : null;
  for (let k = f + 1; k < frames.length; k++) {
    // No frame from here on starts before the horizon: none ends the clause before it (the rules below
    // end it at most 6 tokens before a frame), and none holds this frame in its subject.
    if (firstFrom && firstFrom[k] >= horizon + 7) break;
    const g = frames[k];
    // "Clinton, who called Sanders after the vote, told supporters ...": this frame sits inside the next
    // frame's subject, and its clause ends at the comma that closes the relative clause.
    if (g.from <= fr.from && g.cue.from > fr.to) {
      let c = fr.to;
      while (c < g.cue.from && tokens[c].text !== ',') c++;
      return { clauseEnd: c, adjunctCut: true };
    }
    // "As Breitbart News reported, the White House was refusing ...": a frame right after the
    // frame's own comma opens its reported clause, not a clause of its own.
    const opensClause = g.order === 'subject' && g.from - 1 === fr.to && tokens[fr.to]?.text === ',' && !g.trace.includes('source:coordinated');
    if (opensClause) continue;
    if (g.order !== 'subject' || tokens[g.from - 1]?.text === ',' || g.trace.includes('source:coordinated') || g.trace.includes('cue:dash-colon')) return { clauseEnd: g.from, adjunctCut: false };
    let c = g.from - 1;
    while (c > fr.to && g.from - c <= 6 && !(tokens[c].kind === 'punct' && tokens[c].text === ',')) c--;
    // "X said A, but that he would not B": a second "that" clause coordinated with the first is still X's.
    if (tokens[c]?.text === ',' && /^(and|but|or)$/.test(tokens[c + 1]?.lower ?? '') && tokens[c + 2]?.lower === 'that' && c + 3 === g.from) continue;
    if (c > fr.to && tokens[c].text === ',' && g.mention && g.from - c <= 6) return { clauseEnd: c, adjunctCut: true };
  }
  return { clauseEnd: tokens.length, adjunctCut: false };
}

/** For each frame index k, the earliest start of frames[k..]: kept per frame list. */
const earliestFroms = new WeakMap<readonly Frame[], Int32Array>();
function earliestFromOnward(frames: readonly Frame[]): Int32Array {
  let m = earliestFroms.get(frames);
  if (!m) {
    m = new Int32Array(frames.length + 1).fill(2 ** 31 - 1);
    for (let k = frames.length - 1; k >= 0; k--) m[k] = Math.min(m[k + 1], frames[k].from);
    earliestFroms.set(frames, m);
  }
  return m;
}

/** 'on Fox News Channel's "Hannity,"': a programme's title after its network's possessive is a venue, not words said. */
function programmeTitle(view: string, tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1];
  return !!prev && prev.kind === 'word' && /['\u2019]s$/.test(prev.text) && titleLike(view.slice(tokens[at].start, tokens[at].end));
}

/** A line in title case inside the body (a listicle's item, a subhead): its capitalized verbs are verbs. */
function titleCased(tokens: readonly Token[]): boolean {
  const long = tokens.filter((t) => t.kind === 'word' && t.text.length > 3);
  return long.length >= 4 && long.filter((t) => t.cap).length >= long.length * 0.8;
}


/** Whether only connectives or a short adverbial stand before the frame in its stretch of the sentence. */
function frameOpens(tokens: readonly Token[], fr: Frame, prevEnd: number): boolean {
  // "It has not gone unnoticed: according to polls, ...": a colon or semicolon opens a clause too.
  const counts = TokenCounts.of(tokens);
  const mark = counts.lastClauseMarkIn(prevEnd, fr.from);
  return counts.wordsIn(mark >= 0 ? mark + 1 : prevEnd, fr.from) <= 3;
}

/** Whether the words go on as a clause (a finite verb among the first eight), not an appositive noun phrase. */
/** A finite verb or auxiliary right at token k (after the frame's comma): "..., the mayor said, was dead". */
const finiteVerbAt = (tokens: readonly Token[], k: number) => finiteVerbIn(tokens, k, k + 1);

function finiteVerbIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 8, tokens.length); k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    if (/^(is|are|was|were|will|would|has|have|had|can|could|should|must|may|might|does|do|did)$/.test(t.lower)) return true;
    if (t.tags?.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Participle') && (t.tags.has('PastTense') || t.tags.has('PresentTense'))) return true;
  }
  return false;
}

/** Tokens of "in a statement", "in an email", "on Twitter" starting at i and ending by `limit`, or 0. */
function channelAfter(tokens: readonly Token[], i: number, limit: number): number {
  const w = (k: number) => tokens[i + k]?.lower ?? '';
  let n = 0;
  if (w(0) === 'in' && /^(a|an|the)$/.test(w(1))) {
    if (/^(statement)$/.test(w(2))) n = 3;
    else if (/^(press|news)$/.test(w(2)) && w(3) === 'release') n = 4;
  } else if (w(0) === 'on' && /^(facebook|twitter|instagram)$/.test(w(1))) n = 2;
  return n && i + n <= limit ? n : 0;
}

const CUE_PREPOSITIONS = new Set(['about', 'for', 'of', 'on', 'with', 'against']);
const CUE_PARTICLES = new Set(['out', 'upon', 'back']);

/** Tokens of "with a smile", "with an eye roll", ", with a laugh," starting at i, or 0. */
function mannerAfter(tokens: readonly Token[], i: number): number {
  const comma = tokens[i]?.text === ',' ? 1 : 0;
  const w = (k: number) => tokens[i + comma + k]?.lower ?? '';
  if (w(0) !== 'with' || !/^(a|an)$/.test(w(1))) return 0;
  const n = MANNERS.test(w(2)) ? 3 : w(2) === 'eye' && w(3) === 'roll' ? 4 : /^(wry|broad|big|small|slight|nervous|knowing)$/.test(w(2)) && MANNERS.test(w(3)) ? 4 : 0;
  if (!n) return 0;
  return comma ? (tokens[i + 1 + n]?.text === ',' ? n + 2 : 0) : n;
}
const MANNERS = /^(smile|laugh|grin|smirk|shrug|sigh|wink|chuckle|nod)$/;

/**
 * The reported clause of a frame with no quotation: after it ("X said (that) CLAUSE", "according to X,
 * CLAUSE") or before it ("CLAUSE, X said", "CLAUSE, according to X"). Token range, or null.
 */
function indirectContent(tokens: readonly Token[], fr: Frame, prevEnd: number, b: number, a: number, bEnd: number, open: (t: Token, at: number) => boolean): { from: number; to: number; rest?: { from: number; to: number } } | null {
  const counts = TokenCounts.of(tokens);
  const wordsBefore = counts.wordsIn(prevEnd, b);
  const after = tokens.slice(a, bEnd);
  // A side holding a quotation is not a reported clause (that would be a partial quote, found before);
  // one another frame already took is part of the clause.
  const quoteBefore = counts.quotesIn(prevEnd, b).some((k) => open(tokens[k], k));
  const quoteAfter = after.some((t, k) => open(t, a + k));
  if (quoteBefore && quoteAfter) return null;
  // Attitude verbs ("a poll shows", "X wants to") report a stance held by their subject. PolNeAR marks
  // them whatever the subject is; restricting subjects to people and documents cost more recall than it gained.
  // "students support Clinton": a stance's object may be a single name.
  const nameOnly = wordCount(after) === 1 && !!after.find((t) => t.kind === 'word')?.cap;
  const attitude = fr.cue.attitude && fr.mention !== null && (wordCount(after) >= 2 || nameOnly);
  const sure = fr.cue.strength >= 0.5 || tokens[a]?.lower === 'that' || fr.order === 'according' || attitude;
  if (!sure) return null;
  const commaBefore = b < fr.from || quoteEndsWithComma(tokens[fr.from - 1]);
  // "The plan, the mayor said, was dead": a short subject before the frame when the verb follows it.
  const clauseBefore = !quoteBefore && commaBefore && (wordsBefore >= 3 || (wordsBefore >= 1 && finiteVerbAt(tokens, a)));
  // "CLAUSE, analysts say; in 2012, ...": a semicolon closes the frame's sentence.
  const clauseAfter = !quoteAfter && (wordCount(after) >= 2 || nameOnly) && tokens[a]?.text !== ';';
  if (fr.order === 'participle') return clauseAfter ? { from: a, to: bEnd } : null;
  // "CLAUSE, X said on Friday, APPOSITIVE.": a comma closing the frame means the clause came before it.
  const commaAfter = a > fr.to && /^(,|--|\u2014|\u2013)$/.test(tokens[fr.to]?.text ?? '');
  // "Since last November, according to X, forces have killed ...": an opening adverbial before the frame, the clause after it.
  // PolNeAR takes the sentence whole, as for an interrupting "X said" (train: end to end +0.0003).
  if (fr.order === 'according' && commaBefore && commaAfter && clauseAfter && !finiteVerbIn(tokens, prevEnd, b) && finiteVerbIn(tokens, a, bEnd))
    return { from: prevEnd, to: b, rest: { from: a, to: bEnd } };
  // "According to X, CLAUSE" opens its sentence; elsewhere "according to X" credits what came before.
  if (fr.order === 'according' && !frameOpens(tokens, fr, prevEnd)) return clauseBefore ? { from: prevEnd, to: b } : null;
  const preferBefore = fr.order === 'inverted' || (fr.order === 'according' && clauseBefore) || !clauseAfter || commaAfter;
  // "The plan, Mr. Graham said, is unacceptable": the frame interrupts one clause, which goes on after it.
  // PolNeAR takes the whole sentence as the content, whatever opens the second part ("..., he said, because ...").
  if (commaBefore && commaAfter && clauseBefore && clauseAfter && fr.order !== 'according' && (finiteVerbIn(tokens, a, bEnd) || clauseGoesOn(tokens, a)))
    return { from: prevEnd, to: b, rest: { from: a, to: bEnd } };
  if (preferBefore && clauseBefore) return { from: prevEnd, to: b };
  if (clauseAfter) return { from: a, to: bEnd };
  return null;
}


/**
 * "The argument would be aided, Devine said, by the calendar", "..., the Times said, including ...": a
 * word that cannot open an adjunct of the saying carries the clause on after the frame ("in", "at",
 * "on", "with", "after" can: '..., he said, in an interview', '..., she said, with a smile').
 */
const GOES_ON = /^(by|from|including|because|than|to|for|against|about|over|into|despite|without|of|and|but|or|not|if|so|even|only|especially|particularly)$/;
const clauseGoesOn = (tokens: readonly Token[], a: number) => tokens[a]?.kind === 'word' && GOES_ON.test(tokens[a].lower);

function splitTranscript(view: string, q: QuoteSpan): Omit<Draft, 'headline' | 'quoted' | 'cueLemma' | 'appositive' | 'venue' | 'addressee' | 'date' | 'paragraph' | 'diagnostics'>[] {
  const out: ReturnType<typeof splitTranscript> = [];
  let current: (typeof out)[number] | null = null;
  for (const g of q.segments) {
    const m = LABEL.exec(view.slice(g.start, g.end));
    if (m) {
      const ls = g.start + m[0].indexOf(m[1]);
      const le = ls + m[1].length;
      const cs = g.start + m[0].length;
      current = { kind: 'direct', content: [cs, g.end], segments: [[cs, g.end]], source: [ls, le], sourceKind: 'label', sourceFromContext: false, cue: [le, le + 1], evidence: ['source:transcript-label'] };
      out.push(current);
    } else if (current) {
      current.segments.push([g.start, g.end]);
      current.content = [current.content[0], g.end];
    }
  }
  return out;
}

/**
 * '"Q."' then a paragraph of its own, "- Sanders.": the dash line under a quotation credits it, as fact
 * checks and quote lists set them.
 */
function creditLineAfter(view: string, seg: Segmentation, si: number, outlets: OutletIndex): { source: Range; kind: Draft['sourceKind']; cue: Range } | null {
  const cur = seg.sentences[si];
  const next = seg.sentences[si + 1];
  if (!next) return null;
  // "\u2013 An immigrant himself \u2013": a line set between dashes is a subhead, no credit.
  const line = view.slice(next.start, next.end);
  if (next.paragraph !== cur.paragraph + 1 || seg.paragraphs[next.paragraph].start !== next.start || !/^[-\u2013\u2014\u2015]/.test(line) || /[-\u2013\u2014\u2015]\W*$/.test(line)) return null;
  const tokens = wholeSentence(view, seg, si + 1);
  const m = creditAfterDash(tokens, 0);
  if (!m || m.kind !== 'name' || !findFrames(tokens, outlets).every((f) => f.cue.from > m.to)) return null;
  return { source: rangeOf(tokens, m.from, m.to), kind: m.kind, cue: rangeOf(tokens, 0, 1) };
}

/** "Bystrom agreed.": the speaker of a frame that ends its sentence, nothing said after it. */
function sentenceEndingFrame(tokens: readonly Token[], outlets: OutletIndex): ReturnType<typeof colonIntro> {
  const frames = findFrames(tokens, outlets);
  const f = frames[frames.length - 1];
  if (!f?.mention || (f.order !== 'subject' && f.order !== 'inverted') || !tokens.slice(f.to).every((t) => t.kind === 'punct')) return null;
  // The frame alone, its subject first ("Bystrom agreed."), or after its clause or quotation ("The plan
  // is dead, Grayson said."); not a clause inside what was said ("She says people get what they prefer.").
  const alone = frames.length === 1 && f.from <= clauseStart(tokens) + 1;
  if (!alone && tokens[f.from - 1]?.text !== ',' && !quoteEndsWithComma(tokens[f.from - 1])) return null;
  return { source: rangeOf(tokens, f.mention.from, f.mention.to), kind: f.mention.kind, cue: rangeOf(tokens, f.cue.from, f.cue.to), fromContext: false };
}

/** Where the phrase holding token k starts: after the last punctuation before it, or at the clause's start. */
function phraseStart(tokens: readonly Token[], k: number): number {
  let j = k - 1;
  while (j >= 0 && tokens[j].kind !== 'punct' && tokens[j].kind !== 'quote') j--;
  return Math.max(j + 1, clauseStart(tokens));
}

/** The speaker named by a sentence ending in a colon right before the quote ("Caddell continued:"). */
function colonIntro(view: string, seg: Segmentation, si: number, pre: readonly Token[], outlets: OutletIndex): { source: Range; kind: Draft['sourceKind']; cue: Range | null; fromContext: boolean } | null {
  let tokens: readonly Token[];
  let fromContext = false;
  let colon = true;
  if (pre.length && pre[pre.length - 1].text === ':') tokens = pre.slice(0, -1) as Token[];
  else {
    const prev = seg.sentences[si - 1];
    const cur = seg.sentences[si];
    if (!prev || cur.paragraph - prev.paragraph > 1) return null;
    colon = /:\s*$/.test(view.slice(prev.start, prev.end));
    const quoteless = !seg.quotes.some((q) => q.start < prev.end && q.end > prev.start);
    // Or a paragraph of reported speech right before a paragraph that is one quotation ("Howard continued his remarks.").
    const speechBefore = !colon && prev.paragraph === cur.paragraph - 1 && quoteless;
    // Or a sentence of its paragraph that a speech verb ends ("Bystrom agreed.", '"A," Grayson said.').
    const verbBefore = !colon && prev.paragraph === cur.paragraph;
    if (!colon && !speechBefore && !verbBefore) return null;
    if (colon) {
      const words = tokenize(view, prev.start, prev.end, []);
      words.pop();
      tagTokens(view, words, true);
      tokens = words;
    } else tokens = wholeSentence(view, seg, si - 1);
    fromContext = prev.paragraph !== cur.paragraph;
    if (verbBefore) return sentenceEndingFrame(tokens, outlets);
  }
  if (!tokens.length) return null;
  const frames = findFrames(tokens, outlets);
  const f = frames[frames.length - 1];
  if (f?.mention) return { source: rangeOf(tokens, f.mention.from, f.mention.to), kind: f.mention.kind, cue: rangeOf(tokens, f.cue.from, f.cue.to), fromContext };
  if (!colon) return null;
  const follows = asFollows(tokens, tokens.length);
  if (follows) return { source: rangeOf(tokens, follows.from, follows.to), kind: follows.kind, cue: rangeOf(tokens, follows.to, tokens.length), fromContext };
  // "And from Chairwoman Rosenworcel:" — the last name phrase before the colon.
  const m = mentionBefore([...tokens, { start: 0, end: 0, text: '', lower: '', kind: 'punct', cap: false }], tokens.length);
  // "President Clinton released the following statement:": a phrase that is its clause's object is
  // what was said, not who said it; the clause's subject speaks, and the predicate is the cue.
  const subject = m ? subjectOf(tokens, m.from) : null;
  if (subject && subject.to < m!.from) return { source: rangeOf(tokens, subject.from, subject.to), kind: subject.kind, cue: rangeOf(tokens, subject.to, tokens.length), fromContext };
  // "he returned to his familiar lines:", "The rally had one message:": after a verb the phrase is an object, no speaker.
  if (m && m.kind !== 'pronoun' && !finiteVerbIn(tokens, phraseStart(tokens, m.from), m.from)) return { source: rangeOf(tokens, m.from, m.to), kind: m.kind, cue: null, fromContext };
  return null;
}
