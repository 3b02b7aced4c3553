import { describe, expect, it } from 'vitest';
import { analyze, toClaim, toClaimReview } from '../src/index.js';

// schema.org properties of each type used (own and inherited: Thing, CreativeWork, Review), from the
// schema.org vocabulary pages for these types.
const THING = ['@type', '@context', 'name', 'alternateName', 'description', 'url', 'identifier', 'sameAs', 'image'];
const CREATIVE_WORK = [...THING, 'author', 'datePublished', 'dateModified', 'publisher', 'text', 'headline', 'inLanguage', 'mentions', 'about', 'citation', 'creator', 'contributor'];
const PROPS: Record<string, string[]> = {
  Claim: [...CREATIVE_WORK, 'appearance', 'firstAppearance', 'claimInterpreter'],
  ClaimReview: [...CREATIVE_WORK, 'claimReviewed', 'itemReviewed', 'reviewRating', 'reviewBody', 'reviewAspect', 'positiveNotes', 'negativeNotes', 'associatedClaimReview'],
  Rating: [...THING, 'ratingValue', 'bestRating', 'worstRating', 'ratingExplanation', 'author', 'reviewAspect'],
  CreativeWork: CREATIVE_WORK,
  Organization: [...THING, 'legalName', 'logo'],
  Person: [...THING, 'jobTitle', 'affiliation', 'givenName', 'familyName'],
};

function check(node: unknown, path = '$'): void {
  if (Array.isArray(node)) return node.forEach((n, i) => check(n, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  const type = o['@type'] as string;
  expect(PROPS[type], `${path}: unknown @type ${type}`).toBeDefined();
  for (const k of Object.keys(o)) expect(PROPS[type], `${path}.${k} is not a ${type} property`).toContain(k);
  for (const [k, v] of Object.entries(o)) if (k !== '@context') check(v, `${path}.${k}`);
}

describe('ClaimReview output', () => {
  const r = analyze('"In practice, we have frozen our participation," Prime Minister Nikol Pashinyan told the France 24 channel on Friday.', { url: 'https://www.themoscowtimes.com/2024/02/23/a', publishedDate: '2024-02-23' });
  const claim = r.claims[0];

  it('toClaim: a schema.org Claim with author, date, appearance and first appearance', () => {
    const ld = toClaim(claim);
    check(ld);
    expect(ld).toMatchObject({ '@type': 'Claim', author: { '@type': 'Person', name: 'Nikol Pashinyan', jobTitle: 'Prime Minister' }, datePublished: '2024-02-23' });
    expect((ld.appearance as { url: string }).url).toMatch(/#:~:text=In%20practice/);
    expect((ld.firstAppearance as { publisher: { name: string } }).publisher.name).toBe('France 24');
  });

  it('toClaimReview: claimReviewed, itemReviewed, reviewRating, author, datePublished, url', () => {
    const ld = toClaimReview(claim, { rating: { alternateName: 'True', ratingValue: 5, bestRating: 5, worstRating: 1 }, author: { name: 'Example Check', url: 'https://check.example' }, url: 'https://check.example/1', datePublished: '2024-02-24' });
    check(ld);
    expect(ld).toMatchObject({ '@type': 'ClaimReview', claimReviewed: claim.text, datePublished: '2024-02-24', url: 'https://check.example/1' });
    expect((ld.itemReviewed as { '@type': string })['@type']).toBe('Claim');
    expect(JSON.parse(JSON.stringify(ld))).toEqual(ld);
  });
});
