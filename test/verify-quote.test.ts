import { describe, expect, it } from 'vitest';
import { verifyQuote } from '../src/index.js';

const transcript =
  'Thank you all for coming. In practice, we have frozen our participation in this organization, and we will decide on the next steps later. ' +
  'The Collective Security Treaty Organisation did not fulfil its objectives vis-a-vis Armenia in 2021 and 2022. We spent 40 million dollars on it.';

describe('verifyQuote', () => {
  it.each([
    { name: 'exact', quote: '"In practice, we have frozen our participation in this organization"', verdict: 'exact', diffs: [] },
    { name: 'a changed number', quote: '"We spent 50 million dollars on it."', verdict: 'altered', diffs: [{ type: 'substitution', quote: '50', reference: '40' }] },
    { name: 'a dropped "not"', quote: 'The Collective Security Treaty Organisation did fulfil its objectives', verdict: 'altered', diffs: [{ type: 'deletion', quote: null, reference: 'not' }] },
    { name: 'a truncated quote with an ellipsis', quote: '"In practice, we have frozen our participation ... and we will decide on the next steps later"', verdict: 'exact', diffs: [] },
    { name: 'an editorial insertion', quote: '"[The CSTO] did not fulfil its objectives vis-a-vis Armenia"', verdict: 'exact', diffs: [] },
  ])('$name', ({ quote, verdict, diffs }) => {
    const v = verifyQuote(quote, transcript);
    expect(v.verdict).toBe(verdict);
    expect(v.differences).toEqual(diffs);
    expect(transcript.slice(v.passage!.start, v.passage!.end)).toBe(v.passage!.text);
  });

  it('a reordered clause is altered', () => {
    const v = verifyQuote('we will decide on the next steps later, and we have frozen our participation in this organization', transcript);
    expect(v.verdict).toBe('altered');
  });

  it('a paraphrase', () => {
    const v = verifyQuote('Armenia has stopped taking part in the organization and will decide its next steps', transcript);
    expect(v.verdict).toBe('paraphrase');
  });

  it('a quote that is nowhere in the reference', () => {
    const v = verifyQuote('"The harvest was the best in a decade, farmers said."', transcript);
    expect(v.verdict).toBe('not-found');
    expect(v.passage).toBeNull();
  });

  it('counts elisions and editorial insertions', () => {
    const v = verifyQuote('"In practice … [Armenia has] frozen our participation"', transcript);
    expect(v.elisions).toBe(1);
    expect(v.editorialInsertions).toEqual(['Armenia has']);
  });
});
