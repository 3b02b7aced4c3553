import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { doubtedNested, setNestedFilter, type NestingCandidate } from '../src/claims/index.js';
import { analyze } from '../src/index.js';

const statements = (text: string) => analyze(text, { format: 'text' }).quotes.filter((q) => ['direct', 'partial', 'indirect'].includes(q.kind));
const said = (q: { source: { text: string } | null; cue: { text: string } | null; content: { text: string } }) => [q.source?.text ?? null, q.cue?.text ?? null, q.content.text];

// An outer statement over characters 0-100, and a candidate inside it or beside it.
const outer: NestingCandidate = { kind: 'indirect', content: [0, 100], source: null, trace: ['strength:high'], screen: 0.9 };
const candidate = (over: Partial<NestingCandidate>): NestingCandidate => ({ kind: 'indirect', content: [40, 80], source: [30, 33], trace: ['strength:low', 'cue:attitude'], screen: 0.4, ...over });

describe('doubtedNested', () => {
  it.each([
    { name: 'a doubted statement inside another is dropped', c: candidate({}), dropped: true },
    { name: 'its speaker inside the other, its content running past it', c: candidate({ content: [90, 140], source: [60, 64] }), dropped: true },
    { name: 'a confident one is kept', c: candidate({ screen: 0.85 }), dropped: false },
    { name: 'at the threshold it is kept', c: candidate({ screen: 0.8 }), dropped: false },
    { name: 'a speech verb is kept', c: candidate({ trace: ['strength:high'] }), dropped: false },
    { name: 'a statement noun is kept', c: candidate({ trace: ['cue:statement-noun', 'source:possessor'] }), dropped: false },
    { name: 'one beside the other is kept', c: candidate({ content: [120, 160], source: [110, 114] }), dropped: false },
    { name: 'a quotation that is not a statement nests nothing', c: candidate({ kind: 'scare' }), dropped: false },
  ])('$name', ({ c, dropped }) => {
    expect(doubtedNested([outer, c]).has(1)).toBe(dropped);
    expect(doubtedNested([outer, c]).has(0)).toBe(false);
  });

  it('agrees with comparing every pair (it answers by sorted ranges, in n log n)', () => {
    const KINDS = new Set(['direct', 'partial', 'indirect']);
    const everyPair = (xs: NestingCandidate[]) => {
      const within = (r: readonly [number, number], o: NestingCandidate) => o.content[0] <= r[0] && r[1] <= o.content[1];
      const out = new Set<number>();
      xs.forEach((d, i) => {
        if (!KINDS.has(d.kind) || d.screen >= 0.8 || d.trace.includes('strength:high') || d.trace.includes('cue:statement-noun')) return;
        const size = d.content[1] - d.content[0];
        if (xs.some((o, j) => j !== i && KINDS.has(o.kind) && ((within(d.content, o) && size < o.content[1] - o.content[0]) || (d.source !== null && within(d.source, o))))) out.add(i);
      });
      return out;
    };
    const range = fc.tuple(fc.nat(12), fc.integer({ min: 1, max: 6 })).map(([a, n]): [number, number] => [a, a + n]);
    const statement = fc.record({ kind: fc.constantFrom('indirect', 'direct', 'scare'), content: range, source: fc.option(range, { nil: null }), trace: fc.constantFrom([], ['strength:high']), screen: fc.double({ min: 0, max: 1, noNaN: true }) });
    fc.assert(fc.property(fc.array(statement, { maxLength: 7 }), (xs) => {
      expect([...doubtedNested(xs)].sort()).toEqual([...everyPair(xs)].sort());
    }), { numRuns: 2000 });
  });

  it('the same span twice is not nested in itself', () => {
    const twin = candidate({ content: [0, 100], source: null });
    expect(doubtedNested([{ ...outer, screen: 0.4, trace: [] }, twin]).size).toBe(0);
  });
});

describe('nested statements in analyze', () => {
  afterEach(() => setNestedFilter(true));

  it('a stance verb inside reported words is not a statement of its own', () => {
    const text = 'Ann Lee thinks voters who want lower taxes will back the plan.';
    expect(statements(text).map(said)).toEqual([['Ann Lee', 'thinks', 'voters who want lower taxes will back the plan']]);
    // The filter is what removes it: off, the rules' inner candidate is there.
    setNestedFilter(false);
    expect(statements(text).map(said)).toContainEqual(['who', 'want', 'lower taxes will back the plan']);
  });

  it("the rules themselves leave a stance verb inside a speech verb's clause to that clause", () => {
    setNestedFilter(false);
    expect(statements('Ann Lee said "it makes me angry" every time she thinks about the victims.').map(said)).toEqual([
      ['Ann Lee', 'said', '"it makes me angry" every time she thinks about the victims'],
    ]);
    expect(statements('Ann Lee said voters who want lower taxes will back the plan.').map(said)).toEqual([['Ann Lee', 'said', 'voters who want lower taxes will back the plan']]);
  });

  it('a report inside a report keeps both speakers', () => {
    const s = statements('The mayor said Ann Lee told reporters that the plan had failed.').map(said);
    expect(s).toContainEqual(['The mayor', 'said', 'Ann Lee told reporters that the plan had failed']);
    expect(s).toContainEqual(['Ann Lee', 'told', 'that the plan had failed']);
  });

  it("a statement noun's holder keeps the claim (\"Trump's claim that ...\")", () => {
    expect(statements("Critics mocked Ann Lee's claim that the wall would pay for itself.").map(said)).toContainEqual(["Ann Lee's", 'claim', 'that the wall would pay for itself']);
  });

  it('a dropped statement leaves no claim and no statement id behind', () => {
    const r = analyze('Ann Lee said voters who want lower taxes will back the plan.', { format: 'text' });
    const ids = new Set(r.quotes.map((q) => q.id));
    expect(r.claims.every((c) => ids.has(c.statementId))).toBe(true);
    expect(r.speakers.flatMap((s) => s.statementIds).every((id) => ids.has(id))).toBe(true);
    expect(r.claims).toHaveLength(1);
  });
});
