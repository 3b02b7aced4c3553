import type { Claim } from '../schema/claim.js';

type JsonLd = Record<string, unknown>;

/**
 * A fact-checker's verdict on a claim, as `toClaimReview` takes it.
 * @example const r: ReviewInput = { rating: { alternateName: 'False' }, author: { name: 'Example Check' }, url: 'https://check.example/1', datePublished: '2024-02-24' };
 */
export interface ReviewInput {
  /** The rating as words ("False", "Mostly true") and, when the scale is numeric, its value and bounds. */
  rating: { alternateName: string; ratingValue?: number; bestRating?: number; worstRating?: number; ratingExplanation?: string };
  /** The fact-checking organization. */
  author: { name: string; url?: string };
  /** The fact-check's URL and publication date (ISO 8601). */
  url: string;
  datePublished: string;
  /** A headline for the fact-check. */
  name?: string;
}

const speakerLd = (c: Claim): JsonLd | undefined =>
  c.speaker
    ? { '@type': c.speaker.type === 'person' ? 'Person' : 'Organization', name: c.speaker.name, ...(c.speaker.role && c.speaker.type === 'person' ? { jobTitle: c.speaker.role } : {}) }
    : undefined;

/**
 * The claim as schema.org `Claim` JSON-LD: its text, author (the speaker), date, where it appeared
 * (the article, deep-linked to the passage) and where it first appeared (the venue, when known).
 * @example
 * const ld = toClaim(analyze(text, { url }).claims[0]);
 * ld['@type']; // 'Claim'
 */
export function toClaim(claim: Claim): JsonLd {
  const publisher = claim.outlets.publisher ?? claim.outlets.wire;
  const appearance: JsonLd | undefined = claim.links.url
    ? { '@type': 'CreativeWork', url: claim.links.deepLink ?? claim.links.url, ...(publisher ? { publisher: { '@type': 'Organization', name: publisher.name } } : {}) }
    : undefined;
  const venue = claim.outlets.venue;
  const firstAppearance: JsonLd | undefined = venue ? { '@type': 'CreativeWork', name: claim.venue?.name ?? venue.name, publisher: { '@type': 'Organization', name: venue.name } } : appearance;
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    text: claim.text,
    ...(speakerLd(claim) ? { author: speakerLd(claim) } : {}),
    ...(claim.date ? { datePublished: claim.date } : {}),
    ...(appearance ? { appearance } : {}),
    ...(firstAppearance ? { firstAppearance } : {}),
  };
}

/**
 * A schema.org `ClaimReview` of the claim: claimReviewed, itemReviewed (the `Claim`), reviewRating,
 * author, datePublished and url, ready for a fact-check page or Google's Fact Check tools.
 * @example
 * toClaimReview(claim, { rating: { alternateName: 'False', ratingValue: 1, worstRating: 1, bestRating: 5 }, author: { name: 'Example Check' }, url: 'https://check.example/1', datePublished: '2024-02-24' });
 */
export function toClaimReview(claim: Claim, review: ReviewInput): JsonLd {
  const { ['@context']: _context, ...item } = toClaim(claim);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: claim.text,
    itemReviewed: item,
    reviewRating: { '@type': 'Rating', ...review.rating },
    author: { '@type': 'Organization', name: review.author.name, ...(review.author.url ? { url: review.author.url } : {}) },
    datePublished: review.datePublished,
    url: review.url,
    ...(review.name ? { name: review.name } : {}),
  };
}
