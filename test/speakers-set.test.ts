// Issue #17's bar on our own short articles (test/fixtures/speakers): the speaker right for at least
// 95% of statements, no honorific given as a role, and statements at confidence >= 0.9 right at least 90%.
import { describe, expect, it } from 'vitest';
import { speakerFigures } from './eval/speakers.js';

describe('speakers on our own articles in the shapes newsrooms reported', () => {
  const f = speakerFigures();
  it('names the right speaker for at least 95% of statements', () => {
    expect(f.wrong).toEqual(f.share >= 0.95 ? f.wrong : []);
    expect(f.share).toBeGreaterThanOrEqual(0.95);
  });
  it('never gives an honorific as a role', () => expect(f.honorificRoles).toBe(0));
  it('is right at least 90% of the time at confidence >= 0.9', () => expect(f.highPrecision).toBeGreaterThanOrEqual(0.9));
});

describe('speakers on our own articles with the span model', () => {
  const f = speakerFigures(true);
  // The model may trim or widen a source; the rules' reading of that mention (name, appositive) stays.
  it('names the right speaker for at least 90% of statements', () => {
    expect(f.wrong).toEqual(f.share >= 0.9 ? f.wrong : []);
    expect(f.share).toBeGreaterThanOrEqual(0.9);
  });
  it('never gives an honorific as a role', () => expect(f.honorificRoles).toBe(0));
});

