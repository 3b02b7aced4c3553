// Where rules and model meet: the model, which sees the rules' proposals among its features, decides
// the spans; the rules keep what the model does not predict (venue, addressee, date, appositive).
import { PRONOUNS } from '../../lexicons/word-sets.js';
import { cueVerbs } from '../../lexicons/index.js';
import type { Segmentation } from '../../segment/index.js';
import type { Draft, RuleProposals } from '../index.js';
import { eachModelParagraph, type RuleSpan } from './features.js';
import { documentRelations, relationsOf, spansOf, type ModelRelation, type ParagraphRelations } from './relations.js';
import { emissions, viterbi, type TaggerWeights } from './tagger.js';
import { boundaryModel, spanModel } from './weights.js';
import { boundaryProblems, choose, withMarks, type BoundaryWeights, type TaggedParagraph } from './boundaries.js';
import { NTAGS } from './features.js';
import { Coverage } from '../../text/ranges.js';
import { hasWordCharacter } from '../../text/words.js';
import { DisjointSpans, paragraphAt, quotedIn } from './span-index.js';
import { STATEMENT_KINDS } from '../statement-kinds.js';

type Range = [number, number];

/** The rules' statements painted as the model's roles: its stacking features. */
export function ruleSpans(drafts: readonly Draft[]): RuleSpan[] {
  const out: RuleSpan[] = [];
  for (const d of drafts) {
    if (!STATEMENT_KINDS.has(d.kind)) continue;
    for (const s of d.segments) out.push({ start: s[0], end: s[1], role: 'Q', kind: d.kind });
    if (d.cue) out.push({ start: d.cue[0], end: d.cue[1], role: 'C', kind: d.kind });
    if (d.source && !d.sourceFromContext) out.push({ start: d.source[0], end: d.source[1], role: 'S', kind: d.kind });
  }
  return out;
}

/** A span the model tagged, in characters of the view. */
interface RoleSpan {
  role: 'S' | 'C' | 'Q';
  range: Range;
  margin: number;
}

/** The model's relations over a document, and every span it tagged. */
export function modelRelations(view: string, seg: Segmentation, rules: RuleProposals, w: TaggerWeights): { relations: ModelRelation[]; spans: RoleSpan[]; tagged: TaggedParagraph[] } {
  const paragraphs: ParagraphRelations[] = [];
  const spans: RoleSpan[] = [];
  const tagged: TaggedParagraph[] = [];
  for (const p of eachModelParagraph(view, seg, ruleSpans(rules.drafts), rules.tags, w.mask, true)) {
    if (p.silent) {
      tagged.push({ tokens: p.tokens, sentence: p.sentence, tags: new Uint8Array(p.tokens.length), hashes: p.hashes });
      paragraphs.push({ relations: [], open: null, orphans: [] });
      continue;
    }
    const e = emissions(p, w);
    const tags = viterbi(p, w, e);
    tagged.push({ tokens: p.tokens, sentence: p.sentence, tags, hashes: p.hashes });
    const margins = new Float64Array(tags.length);
    for (let k = 0; k < tags.length; k++) {
      let other = -Infinity;
      for (let t = 0; t < NTAGS; t++) if (t !== tags[k]) other = Math.max(other, e[k * NTAGS + t]);
      margins[k] = e[k * NTAGS + tags[k]] - other;
    }
    paragraphs.push(relationsOf(p, tags, margins));
    for (const s of spansOf(tags)) {
      let margin = 0;
      for (let k = s.from; k < s.to; k++) margin += margins[k] / (s.to - s.from);
      spans.push({ role: s.role, range: [p.tokens[s.from].start, p.tokens[s.to - 1].end], margin });
    }
  }
  return { relations: documentRelations(paragraphs), spans, tagged };
}

/**
 * The statements of a document, rules and model combined: each rule statement takes the model's
 * spans over its content, cue and source (the rules link them, the model places their boundaries);
 * one the model tags nothing of is dropped; relations the model found apart from every rule
 * statement are added; quotations that are not statements stay as the rules classed them.
 */
export function refineWithModel(view: string, seg: Segmentation, rules: RuleProposals, w: TaggerWeights | null = spanModel(), b: BoundaryWeights | null = boundaryModel()): Draft[] {
  if (!w) return rules.drafts;
  const { drafts, tagged } = modelDrafts(view, seg, rules, w);
  return b ? withRankedBoundaries(view, seg, drafts, tagged, b) : drafts;
}

/**
 * The statements with the boundaries the ranker prefers, except boundaries that would leave a content
 * no word ('"' alone).
 * @internal
 * @example withRankedBoundaries(view, seg, drafts, tagged, boundaryModel()!); // drafts, boundaries placed
 */
export function withRankedBoundaries(view: string, seg: Segmentation, drafts: readonly Draft[], tagged: readonly TaggedParagraph[], b: BoundaryWeights): Draft[] {
  return drafts.map((d) => {
    if (!STATEMENT_KINDS.has(d.kind)) return d;
    const placed = withBoundaries(seg, d, tagged, b);
    return placed === d || hasWord(view, placed.content) ? placed : d;
  });
}

const hasWord = (view: string, [start, end]: Range) => hasWordCharacter(view, start, end);

/** The statements of rules and tagger combined, before the boundary ranker, with the tagged paragraphs it reads. */
export function modelDrafts(view: string, seg: Segmentation, rules: RuleProposals, w: TaggerWeights): { drafts: Draft[]; tagged: TaggedParagraph[] } {
  const { relations, spans, tagged } = modelRelations(view, seg, rules, w);
  const byRole = new Map((['S', 'C', 'Q'] as const).map((role) => [role, new DisjointSpans(spans.filter((s) => s.role === role))]));
  const of = (role: RoleSpan['role'], r: Range | null) => (r ? byRole.get(role)!.overlapping(r) : []);
  const out: Draft[] = [];
  for (const d of rules.drafts) {
    const merged = STATEMENT_KINDS.has(d.kind) ? withModelSpans(view, seg, d, of) : null;
    // A quotation standing alone keeps the rules' cue: the verb by its marks is the corpus's cue, where the
    // model's reading of it costs cue exact (train folds: cue +0.002, the rest unchanged); unless the
    // model's content took words of it ("featured two short videos telling"): a statement never holds its cue.
    const rulesCue = d.cue;
    if (merged && rulesCue && d.kind === 'direct' && d.evidence.includes('content:quote') && !merged.segments.some((g) => overlaps(g, rulesCue))) out.push({ ...merged, cue: rulesCue, cueLemma: d.cueLemma, evidence: merged.evidence.filter((e) => e !== 'model:cue') });
    else if (merged) out.push(merged);
  }
  const contents = new Coverage(view.length);
  const cues = new Coverage(view.length);
  const take = (d: Draft) => {
    contents.mark(d.content);
    if (d.cue) cues.mark(d.cue);
  };
  out.forEach(take);
  for (const m of relations) {
    if (contents.overlaps(m.content) || cues.overlaps(m.cue)) continue;
    // A cue the model was not sure of is not worth a statement the rules did not see (train folds: +0.01 end to end).
    if (m.margin <= 0) continue;
    // Nor is one it cannot give a speaker (the rules' mention finder, tried on them, names almost none):
    // they cost more in speaker accuracy than they add in recall (train folds: end to end +0.005,
    // speaker +0.013, overlap -0.005).
    if (!m.source) continue;
    if (!hasWord(view, m.content)) continue;
    const d = newDraft(view, seg, m);
    out.push(d);
    take(d);
  }
  // A quotation the rules took for a title or a scare quote stays one, unless the model made it a statement.
  for (const d of rules.drafts) {
    if (STATEMENT_KINDS.has(d.kind) || contents.overlaps(d.content)) continue;
    out.push(d);
    take(d);
  }
  return { drafts: out.sort((x, y) => x.content[0] - y.content[0]), tagged };
}

/** A statement with the content boundaries the ranker prefers; the trace says `model:boundary` when they moved. */
export function withBoundaries(seg: Segmentation, d: Draft, tagged: readonly TaggedParagraph[], b: BoundaryWeights): Draft {
  const problems = boundaryProblems(tagged, d, b.mask, b);
  let [start, end] = d.content;
  const chosen = problems.map((pr) => ({ pr, c: choose(pr, b) }));
  const startK = chosen.find((x) => x.pr.side === 'start');
  const endK = chosen.find((x) => x.pr.side === 'end');
  for (const { pr, c } of chosen) {
    if (c === pr.candidates[pr.current]) continue;
    const other = pr.side === 'start' ? (endK && endK.pr.paragraph === pr.paragraph ? endK.c.k : tagged[pr.paragraph].tokens.length) : startK && startK.pr.paragraph === pr.paragraph ? startK.c.k : -1;
    const pos = withMarks(tagged[pr.paragraph], pr.side, c.k, other);
    if (pr.side === 'start') start = pos;
    else end = pos;
  }
  if (start === d.content[0] && end === d.content[1]) return d;
  if (start >= end) return d;
  const segments = d.segments.map((g): Range => [g[0], g[1]]).sort((x, y) => x[0] - y[0]);
  segments[0][0] = start;
  segments[segments.length - 1][1] = end;
  if (segments.some((g) => g[0] >= g[1])) return d;
  const content: Range = [start, end];
  const quoted = quotedIn(seg, content);
  return { ...d, content, segments, quoted, kind: kindOf(content, quoted), evidence: [...d.evidence, 'model:boundary'] };
}

/**
 * A rule statement with the model's spans over its content, cue and source; null when the model
 * tagged none of its content. Where the rules' cue or source would sit inside the model's content
 * (the two read the sentence differently), the rules' content stays: a statement never holds its
 * own attribution.
 */
function withModelSpans(view: string, seg: Segmentation, d: Draft, of: (role: RoleSpan['role'], r: Range | null) => RoleSpan[]): Draft | null {
  const contents = d.segments.flatMap((g) => of('Q', g)).filter((s, i, a) => a.indexOf(s) === i);
  if (!contents.length) return null;
  // A cue the model ran over a bracket ('says) worry') is the rules' cue.
  const cue = of('C', d.cue).find((c) => !BRACKET.test(view.slice(c.range[0], c.range[1])));
  const source = d.sourceFromContext ? undefined : of('S', d.source)[0];
  let segments = contents.map((s) => s.range).sort((a, b) => a[0] - b[0]);
  let content: Range = [segments[0][0], segments[segments.length - 1][1]];
  // A content of punctuation alone ('"') is no reading of the statement: the rules' stays whole.
  if (!hasWord(view, content)) return d;
  const own = [cue ? null : d.cue, source ? null : d.source].filter((r): r is Range => !!r);
  // The rules' content stays where the model's would hold the statement's own cue or source.
  if (own.some((r) => segments.some((g) => overlaps(r, g)))) [segments, content] = [d.segments, d.content];
  const margin = Math.min(...contents.map((s) => s.margin), cue?.margin ?? Infinity, source?.margin ?? Infinity);
  // A statement the rules found without a cue (a continuation) keeps none (mergeDraft's last argument).
  const m: ModelRelation = { cue: cue?.range ?? d.cue ?? segments[0], source: source ? source.range : d.source, content, segments, margin };
  return mergeDraft(view, seg, m, d, !cue && !d.cue);
}

const BRACKET = /[()[\]]/;
const overlaps = (a: Range, b: Range) => a[0] < b[1] && b[0] < a[1];
const overlap = (a: Range, b: Range) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

const same = (a: Range | null, b: Range | null) => (a === null ? b === null : !!b && a[0] === b[0] && a[1] === b[1]);

/** The rule draft with the model's spans, its trace saying which fields the model changed. */
function mergeDraft(view: string, seg: Segmentation, m: ModelRelation, d: Draft, noCue = false): Draft {
  const source = m.source;
  const changed = [!same(d.content, m.content) && 'model:content', !same(d.cue, m.cue) && 'model:cue', !same(d.source, source) && 'model:source'].filter((x): x is string => !!x);
  // A source the model only trimmed or widened names the same mention: the rules' reading of it (its
  // name, kind, appositive) still holds.
  const sourceKept = same(d.source, source) || (!!d.source && !!source && overlaps(d.source, source) && !!d.sourceName && overlaps(d.sourceName, source));
  const quoted = quotedIn(seg, m.content);
  return {
    ...d,
    kind: kindOf(m.content, quoted),
    content: m.content,
    segments: m.segments,
    quoted,
    cue: noCue ? null : m.cue,
    cueLemma: same(d.cue, m.cue) ? d.cueLemma : lemmaOf(view, m.cue) ?? d.cueLemma,
    source,
    sourceName: sourceKept ? d.sourceName : source ?? undefined,
    sourceKind: sourceKept ? d.sourceKind : source ? mentionKind(view, source) : null,
    appositive: sourceKept ? d.appositive : null,
    sourceFromContext: sourceKept ? d.sourceFromContext : false,
    evidence: [...d.evidence, ...(changed.length ? changed : ['model:agrees']), marginFeature(m)],
  };
}

/** A statement only the model found. */
function newDraft(view: string, seg: Segmentation, m: ModelRelation): Draft {
  const quoted = quotedIn(seg, m.content);
  const paragraph = paragraphAt(seg, m.content[0]);
  return {
    kind: kindOf(m.content, quoted),
    headline: !!seg.paragraphs[paragraph]?.headline,
    content: m.content,
    segments: m.segments,
    quoted,
    cue: m.cue,
    cueLemma: lemmaOf(view, m.cue),
    source: m.source,
    sourceName: m.source ?? undefined,
    sourceKind: m.source ? mentionKind(view, m.source) : null,
    appositive: null,
    sourceFromContext: false,
    venue: null,
    addressee: null,
    date: null,
    paragraph,
    evidence: ['model:new', m.source ? 'source:model' : 'source:none', marginFeature(m)],
    diagnostics: [],
  };
}

const marginFeature = (m: ModelRelation) => `model:margin-${m.margin < 2 ? 'low' : m.margin < 6 ? 'mid' : 'high'}`;

/**
 * Direct when nine tenths of the content is inside quotation marks, partial when any of it is (as the
 * rules class a reported clause with quoted words: PolNeAR's "mixed"; a tenth, tried first, turned
 * such statements indirect: train folds, direct and mixed overlap +0.005, end to end +0.004), else indirect.
 * @internal
 * @example kindOf([0, 100], [[90, 95]]); // 'partial'
 */
export function kindOf(content: Range, quoted: readonly Range[]): Draft['kind'] {
  const inside = quoted.reduce((n, r) => n + overlap(r, content), 0);
  const share = inside / Math.max(1, content[1] - content[0]);
  return share >= 0.9 ? 'direct' : share > 0 ? 'partial' : 'indirect';
}

const LETTER_RUN = /[\p{L}']+/gu;
const VERB_OF = new Map<string, string>();
for (const [lemma, v] of Object.entries(cueVerbs.verbs as Record<string, { forms: string[] }>)) for (const f of v.forms) if (!VERB_OF.has(f)) VERB_OF.set(f, lemma);

/** The lexicon lemma of a cue's first known verb form, else its last word as written. */
function lemmaOf(view: string, cue: Range): string | null {
  const text = view.slice(cue[0], cue[1]).toLowerCase().replace(/\u2019/g, "'");
  if (VERB_OF.has(text)) return VERB_OF.get(text)!;
  const words = text.match(LETTER_RUN) ?? [];
  for (const w of words) if (VERB_OF.has(w)) return VERB_OF.get(w)!;
  return words[words.length - 1] ?? null;
}

const CAPITALIZED = /^\p{Lu}/u;
function mentionKind(view: string, r: Range): Draft['sourceKind'] {
  const text = view.slice(r[0], r[1]);
  if (PRONOUNS[text.toLowerCase()]) return 'pronoun';
  return CAPITALIZED.test(text) && !/^(the|a|an|this|that|these|those)\s/i.test(text) ? 'name' : 'description';
}
