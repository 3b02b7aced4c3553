import { z } from 'zod';

/**
 * An existing fact-check: the claim it checked, who made the claim, the verdict, where and when.
 * @example const r: FactCheckRecord = { id: 'pf-1', claim: 'Crime fell 20% last year.', rating: 'False', url: 'https://check.example/1' };
 */
export const FactCheckRecordSchema = z.object({
  id: z.string().min(1).max(200),
  claim: z.string().min(1).max(5000),
  title: z.string().max(1000).optional(),
  claimant: z.string().max(300).optional(),
  rating: z.string().max(200).optional(),
  url: z.string().max(2000).optional(),
  publisher: z.string().max(300).optional(),
  date: z.string().max(40).optional(),
});
/** @example const r: FactCheckRecord = FactCheckRecordSchema.parse({ id: '1', claim: 'x' }); */
export type FactCheckRecord = z.infer<typeof FactCheckRecordSchema>;

/**
 * A record that could not be loaded: where it was and why.
 * @example const p: LoadProblem = { position: 'line 2', message: 'invalid JSON' };
 */
export interface LoadProblem {
  position: string;
  message: string;
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const nameOf = (v: unknown): string | undefined => (typeof v === 'string' ? str(v) : v && typeof v === 'object' ? str((v as Record<string, unknown>).name) : undefined);

/** One ClaimReview JSON-LD object as a record. */
function fromClaimReview(o: Record<string, unknown>, fallbackId: string): unknown {
  const item = (o.itemReviewed ?? {}) as Record<string, unknown>;
  const rating = (o.reviewRating ?? {}) as Record<string, unknown>;
  return {
    id: str(o.identifier) ?? str(o['@id']) ?? str(o.url) ?? fallbackId,
    claim: str(o.claimReviewed) ?? str(item.text),
    title: str(o.name) ?? str(o.headline),
    claimant: nameOf(item.author),
    rating: str(rating.alternateName) ?? (rating.ratingValue !== undefined ? String(rating.ratingValue) : undefined),
    url: str(o.url),
    publisher: nameOf(o.author) ?? nameOf(o.publisher),
    date: str(o.datePublished),
  };
}

/** Google Fact Check Tools `claims:search` claim objects: one record per claimReview. */
function fromGoogleClaim(c: Record<string, unknown>, position: string): unknown[] {
  const reviews = Array.isArray(c.claimReview) ? (c.claimReview as Record<string, unknown>[]) : [];
  return reviews.map((rv, k) => ({
    id: str(rv.url) ?? `${position}.claimReview[${k}]`,
    claim: str(c.text),
    title: str(rv.title),
    claimant: str(c.claimant),
    rating: str(rv.textualRating),
    url: str(rv.url),
    publisher: nameOf(rv.publisher),
    date: str(rv.reviewDate) ?? str(c.claimDate),
  }));
}

/** A plain record: {id, claim | text, ...}. */
function fromPlain(o: Record<string, unknown>, fallbackId: string): unknown {
  return {
    id: str(o.id) ?? (typeof o.id === 'number' ? String(o.id) : fallbackId),
    claim: str(o.claim) ?? str(o.text) ?? str(o.claimReviewed),
    title: str(o.title),
    claimant: str(o.claimant) ?? str(o.speaker),
    rating: str(o.rating),
    url: str(o.url),
    publisher: str(o.publisher),
    date: str(o.date),
  };
}

function flatten(value: unknown, position: string, out: { value: unknown; position: string }[]): void {
  if (Array.isArray(value)) return value.forEach((v, i) => flatten(v, `${position}[${i}]`, out));
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (Array.isArray(o['@graph'])) return flatten(o['@graph'], `${position}.@graph`, out);
    if (Array.isArray(o.claims) && !('claim' in o)) return (o.claims as unknown[]).forEach((c, i) => out.push({ value: { __google: c }, position: `${position}.claims[${i}]` }));
  }
  out.push({ value, position });
}

/**
 * Loads fact-checks from schema.org ClaimReview JSON-LD (one object, arrays, @graph), from Google
 * Fact Check Tools `claims:search` responses, or from plain records, given as parsed JSON or as JSON
 * or JSONL text. Each record is validated; a bad one is skipped and reported with its position, and
 * the load goes on. Only known fields are read, so `__proto__` or `constructor` keys pollute nothing.
 * @example
 * const { records, problems } = loadFactChecks(fs.readFileSync('claimreviews.jsonl', 'utf8'));
 */
export function loadFactChecks(input: unknown): { records: FactCheckRecord[]; problems: LoadProblem[] } {
  const problems: LoadProblem[] = [];
  const items: { value: unknown; position: string }[] = [];
  if (typeof input === 'string') {
    const trimmed = input.trim();
    let whole: unknown;
    let parsed = false;
    if (/^[[{]/.test(trimmed)) {
      try {
        whole = JSON.parse(trimmed);
        parsed = true;
      } catch {
        // Not one JSON document: JSONL.
      }
    }
    if (parsed) flatten(whole, '$', items);
    else
      trimmed.split('\n').forEach((line, i) => {
        if (!line.trim()) return;
        try {
          flatten(JSON.parse(line), `line ${i + 1}`, items);
        } catch {
          problems.push({ position: `line ${i + 1}`, message: 'invalid JSON' });
        }
      });
  } else flatten(input, '$', items);

  const records: FactCheckRecord[] = [];
  const seen = new Set<string>();
  for (const { value, position } of items) {
    if (!value || typeof value !== 'object') {
      problems.push({ position, message: 'not an object' });
      continue;
    }
    const o = value as Record<string, unknown>;
    const candidates = '__google' in o && o.__google && typeof o.__google === 'object' ? fromGoogleClaim(o.__google as Record<string, unknown>, position) : [o['@type'] === 'ClaimReview' ? fromClaimReview(o, position) : fromPlain(o, position)];
    if (!candidates.length) problems.push({ position, message: 'a claim with no claimReview' });
    for (const c of candidates) {
      const r = FactCheckRecordSchema.safeParse(Object.fromEntries(Object.entries(c as object).filter(([, v]) => v !== undefined)));
      if (!r.success) {
        problems.push({ position, message: r.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ') });
        continue;
      }
      if (seen.has(r.data.id)) r.data.id = `${r.data.id}#${records.length}`;
      seen.add(r.data.id);
      records.push(r.data);
    }
  }
  return { records, problems };
}
