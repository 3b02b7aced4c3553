import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, resolveOptions } from '../src/index.js';
import { eachModelParagraph, modelParagraphs, NTAGS, TAGS } from '../src/attribution/model/features.js';
import { documentRelations, relationsOf } from '../src/attribution/model/relations.js';
import { allowed, emissions, viterbi } from '../src/attribution/model/tagger.js';
import { boundaryModel, decodeModel, encodeModel, spanModel } from '../src/attribution/model/weights.js';
import { boundaryProblems, choose, withMarks } from '../src/attribution/model/boundaries.js';
import { kindOf } from '../src/attribution/model/combine.js';
import { normalize } from '../src/normalize/index.js';
import { segment } from '../src/segment/index.js';

const MASK = (1 << 10) - 1;
function paragraphs(text: string) {
  const source = normalize(text, resolveOptions({ format: 'text' }));
  return { view: source.view, ps: modelParagraphs(source.view, segment(source), [], new Map(), MASK) };
}
const tagsOf = (names: string) => Uint8Array.from(names.split(' '), (n) => TAGS.indexOf(n as (typeof TAGS)[number]));

describe('span model: from tags to relations', () => {
  it.each([
    ['He said the plan failed.', 'B-S B-C B-Q I-Q I-Q O', [['He', 'said', 'the plan failed']]],
    ['"It failed," he said, "and we know why."', 'B-Q I-Q I-Q I-Q I-Q B-S B-C O B-Q I-Q I-Q I-Q I-Q I-Q I-Q', [['he', 'said', '"It failed," he said, "and we know why."']]],
    ['X said yes, Y said never.', 'B-S B-C B-Q O B-S B-C B-Q O', [['X', 'said', 'yes'], ['Y', 'said', 'never']]],
    ['The plan, critics say, failed.', 'B-Q I-Q O B-S B-C O B-Q O', [['critics', 'say', 'The plan, critics say, failed']]],
    ['He said nothing.', 'B-S B-C O O', []],
  ] as const)('%s', (text, tags, expected) => {
    const { view, ps } = paragraphs(text);
    const rel = relationsOf(ps[0], tagsOf(tags)).relations;
    expect(rel.map((r) => [r.source && view.slice(...r.source), view.slice(...r.cue), view.slice(...r.content)])).toEqual(expected);
  });

  it("a cue that ends its paragraph takes the next paragraph's content ('Cruz continued:')", () => {
    const { view, ps } = paragraphs('Cruz continued:\n\n"We will win."');
    const rel = documentRelations([relationsOf(ps[0], tagsOf('B-S B-C O')), relationsOf(ps[1], tagsOf('B-Q I-Q I-Q I-Q I-Q I-Q'))]);
    expect(rel.map((r) => [view.slice(...r.source!), view.slice(...r.cue), view.slice(...r.content)])).toEqual([['Cruz', 'continued', '"We will win."']]);
  });
});

describe('span model: the kind of a statement it places', () => {
  it.each([
    ['all of it quoted', [0, 100], [[0, 100]], 'direct'],
    ['a short quoted phrase in a long clause is partial, as the rules class it', [0, 100], [[90, 95]], 'partial'],
    ['no quotation', [0, 100], [], 'indirect'],
    ['a quotation outside the content', [0, 100], [[120, 140]], 'indirect'],
  ] as const)('%s', (_name, content, quoted, kind) => {
    expect(kindOf(content as unknown as [number, number], quoted as unknown as [number, number][])).toBe(kind);
  });
});

describe('span model: combined with the rules', () => {
  it('a quotation standing alone keeps the rules\' cue, without the colon the model would add', () => {
    const q = analyze('The council met on Monday. The mayor replied: "Nobody asked us about the bridge."', { spanModel: true }).quotes;
    expect(q.map((x) => [x.kind, x.cue?.text])).toEqual([['direct', 'replied']]);
  });
});

describe('span model: tagger and weights', () => {
  it('Viterbi never puts an Inside tag after another role, whatever the weights', () => {
    const { ps } = paragraphs('"We are ready," Jane Roe said on Friday, and the council agreed that it was time.');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: (MASK + 1) * NTAGS, maxLength: (MASK + 1) * NTAGS }), fc.array(fc.integer({ min: -50, max: 50 }), { minLength: (NTAGS + 1) * NTAGS, maxLength: (NTAGS + 1) * NTAGS }), (emit, trans) => {
        const tags = viterbi(ps[0], { mask: MASK, emit, trans });
        tags.forEach((t, k) => expect(allowed(k ? tags[k - 1] : -1, t)).toBe(true));
      }),
      { numRuns: 30, seed: 3 },
    );
  });

  it('quantized weights survive the file form and keep the same tags', () => {
    // Whole weights up to 127: the int8 scale is 1, so the file must give back every weight exactly
    // (a scale that rounds could flip a near tie among the many features of a token).
    const emit = Float64Array.from({ length: (MASK + 1) * NTAGS }, (_, i) => (i % 5 === 0 ? 0 : ((i * 7919) % 255) - 127));
    const trans = Float64Array.from({ length: (NTAGS + 1) * NTAGS }, (_, i) => ((i * 31) % 11) - 5);
    const file = JSON.parse(JSON.stringify(encodeModel({ mask: MASK, emit, trans }, { test: true }, 0.5)));
    const back = decodeModel(file);
    expect(file.provenance.test).toBe(true);
    expect(Array.from(back.emit)).toEqual(Array.from(emit));
    const { ps } = paragraphs('The mayor said on Tuesday that the bridge would stay open.');
    expect([...viterbi(ps[0], back)]).toEqual([...viterbi(ps[0], { mask: MASK, emit, trans })]);
  });

  it('inference reads, paragraph by paragraph from one reused buffer, the features training reads', () => {
    // A long paragraph first, then shorter ones: a buffer left longer by an earlier paragraph must not leak into a later one.
    const text = 'The mayor said on Tuesday that the bridge, which the council had closed in May after the flood, would stay open all winter.\n\n"We are ready," Jane Roe said.\n\nCritics derided it.';
    const source = normalize(text, resolveOptions({ format: 'text' }));
    const seg = segment(source);
    const training = modelParagraphs(source.view, seg, [], new Map(), MASK);
    const inference = [...eachModelParagraph(source.view, seg, [], new Map(), MASK, true)].length;
    expect(inference).toBe(training.length);
    let i = 0;
    for (const p of eachModelParagraph(source.view, seg, [], new Map(), MASK, true)) {
      expect(p.silent).toBeFalsy();
      expect([...p.feats]).toEqual([...training[i].feats]);
      expect([...p.offs]).toEqual([...training[i].offs]);
      i++;
    }
  });

  it('Viterbi and the emission scores give the same tags whatever paragraph was scored before', () => {
    const emit = Int8Array.from({ length: (MASK + 1) * NTAGS }, (_, i) => ((i * 7919) % 61) - 30);
    const trans = Array.from({ length: (NTAGS + 1) * NTAGS }, (_, i) => ((i * 31) % 11) - 5);
    const w = { mask: MASK, emit, trans };
    const short = paragraphs('Critics derided the plan as a giveaway.').ps[0];
    const alone = [...viterbi(short, w)];
    const long = paragraphs('The mayor said on Tuesday that the bridge, which the council had closed in May after the flood, would stay open all winter, and that the ferry would run twice a day.').ps[0];
    viterbi(long, w);
    const e = emissions(short, w);
    expect([...viterbi(short, w, e)]).toEqual(alone);
    expect(e.length).toBeGreaterThan(short.tokens.length * NTAGS);
  });

  it('a paragraph too long for the reused buffers gets its own, with the same features, and leaves them small', () => {
    const text = 'The mayor said the bridge would stay open, and the council agreed. '.repeat(3500);
    const source = normalize(text, resolveOptions({ format: 'text' }));
    const seg = segment(source);
    const [training] = modelParagraphs(source.view, seg, [], new Map(), MASK);
    const [inference] = [...eachModelParagraph(source.view, seg, [], new Map(), MASK, true)];
    expect(training.tokens.length * NTAGS).toBeGreaterThan(1 << 18);
    expect(inference.feats.length).toBe(training.feats.length);
    expect(inference.feats.every((f, i) => f === training.feats[i])).toBe(true);
    const w = { mask: MASK, emit: new Int8Array((MASK + 1) * NTAGS).fill(1), trans: new Array((NTAGS + 1) * NTAGS).fill(0) };
    expect(emissions(inference, w).length).toBe(inference.tokens.length * NTAGS);
    expect(viterbi(inference, w)).toHaveLength(inference.tokens.length);
    expect(emissions(paragraphs('Critics derided the plan.').ps[0], w).length).toBeLessThanOrEqual(1 << 18);
  });

  it('the shipped model loads, with its provenance', async () => {
    expect(spanModel()).not.toBeNull();
    const file = (await import('../src/attribution/model/span-model.json')).default as { provenance: Record<string, unknown> };
    expect(file.provenance).toMatchObject({ split: expect.stringContaining('train'), command: expect.stringContaining('npm run train') });
  });
});

describe('boundary ranker', () => {
  const tagged = (text: string) => {
    const { view, ps } = paragraphs(text);
    return { view, p: { tokens: ps[0].tokens, sentence: ps[0].sentence, tags: new Uint8Array(ps[0].tokens.length) } };
  };
  it.each([
    // A chosen last word takes the stop and closing mark that balance the content's opening mark.
    ['He said: \u201cWe will win.\u201d Then he left.', 'end', 'win', '\u201cWe will win.\u201d'],
    // Without an opening mark in the content, no closing mark is taken.
    ['He said we will win. Then he left.', 'end', 'win', 'we will win'],
    // A chosen first word takes the opening mark that balances a closing one.
    ['He said: \u201cWe will win,\u201d and left.', 'start', 'We', '\u201cWe will win,\u201d'],
  ] as const)('%s (%s at "%s")', (text, side, wordText, expected) => {
    const { view, p } = tagged(text);
    const k = p.tokens.findIndex((t) => t.text === wordText);
    const closing = p.tokens.findIndex((t, i) => i > k && t.text === '\u201d');
    const start = side === 'end' ? withMarks(p, 'end', k, p.tokens.findIndex((t) => /^(We|we)$/.test(t.text)) - (text.includes('\u201c') ? 1 : 0)) : withMarks(p, 'start', k, closing);
    const other = side === 'end' ? p.tokens[p.tokens.findIndex((t) => /^(We|we)$/.test(t.text)) - (text.includes('\u201c') ? 1 : 0)].start : p.tokens[closing].end;
    expect(side === 'end' ? view.slice(other, start) : view.slice(start, other)).toBe(expected);
  });
  it('ranks the current boundary first under zero weights, and offers no boundary past its own cue', () => {
    const { p } = tagged('The plan failed, the mayor said on Tuesday.');
    const end = p.tokens.findIndex((t) => t.text === 'failed');
    const cue = p.tokens.find((t) => t.text === 'said')!;
    const src = p.tokens.find((t) => t.text === 'the')!;
    const problems = boundaryProblems([p], { segments: [[0, p.tokens[end].end]], cue: [cue.start, cue.end], source: [src.start, p.tokens.find((t) => t.text === 'mayor')!.end], kind: 'indirect' }, MASK);
    const endProblem = problems.find((x) => x.side === 'end')!;
    expect(choose(endProblem, { mask: MASK, w: new Float64Array(MASK + 1) }).k).toBe(end);
    expect(endProblem.candidates.every((c) => c.pos <= src.start)).toBe(true);
  });
  it('the shipped ranker loads, with its provenance', async () => {
    expect(boundaryModel()).not.toBeNull();
    const file = (await import('../src/attribution/model/boundary-model.json')).default as { provenance: Record<string, unknown> };
    expect(file.provenance).toMatchObject({ split: expect.stringContaining('train'), command: expect.stringContaining('npm run train') });
  });
});

describe('span model in analyze', () => {
  const text = 'The mayor said on Tuesday that the bridge would stay open. Critics derided the plan as a giveaway.';
  it('is off by default, and its trace says which fields it decided when on', () => {
    const rules = analyze(text);
    const model = analyze(text, { spanModel: true });
    expect(rules.quotes.every((q) => !q.trace.some((t) => t.startsWith('model:')))).toBe(true);
    expect(model.quotes.length).toBeGreaterThan(0);
    expect(model.quotes.every((q) => q.trace.some((t) => t.startsWith('model:')))).toBe(true);
  });
  it('finds the reported clause of a plain speech verb', () => {
    const r = analyze(text, { spanModel: true });
    const q = r.quotes.find((x) => x.cue?.text.startsWith('said'));
    expect(q?.source?.text).toBe('The mayor');
    expect(q?.content.text).toContain('the bridge would stay open');
  });
});

// The rules' cue ran over the words before the quotation ("featured two short videos telling"); the
// model took those words into the content, and the rules' cue, restored for a quotation standing alone,
// sat inside it.
describe('span model: a statement never holds its own cue', () => {
  it('keeps the model\'s cue when its content took words of the rules\' one', () => {
    const text = 'The site is new. Another featured two short videos telling "the story of how the town rebuilt its bridge."';
    const [q] = analyze(text, { spanModel: true }).quotes;
    expect(q.content.text).toBe('two short videos telling "the story of how the town rebuilt its bridge."');
    for (const g of q.segments) expect(q.cue!.end <= g.start || q.cue!.start >= g.end).toBe(true);
  });
});

describe('span model: a source never shares words with its cue', () => {
  it('a source the model ran over the cue keeps what stands before it ("Roe answers" and "answers")', () => {
    const text = '"What did the party do?" he asks.\n\n\u201cI can point to two things. Other than that, not one,\u201d Roe answers.';
    const q = analyze(text, { spanModel: true }).quotes[1];
    expect([q.source?.text, q.cue?.text]).toEqual(['Roe', 'answers']);
  });
});
