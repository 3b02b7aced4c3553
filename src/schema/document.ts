import { z } from 'zod';
import { SpanSchema } from './common.js';

/**
 * Where a metadata field came from: given by the caller, found in the text, or derived.
 * @example const o: FieldOrigin = 'url-domain';
 */
export const FieldOriginSchema = z.enum(['caller', 'byline', 'dateline', 'headline', 'text', 'url-domain', 'url-line', 'json-ld', 'microdata', 'author-link', 'byline-markup', 'open-graph', 'html-meta', 'page-script']);
/** @example const o: FieldOrigin = 'caller'; */
export type FieldOrigin = z.infer<typeof FieldOriginSchema>;

/**
 * A news outlet or wire agency from the outlet lexicon (or given by the caller).
 * @example const o: Outlet = { name: 'Agence France-Presse', kind: 'wire agency', country: 'FR', domains: ['afp.com'], aliases: ['AFP'] };
 */
export const OutletSchema = z.object({
  name: z.string(),
  kind: z.enum(['newspaper', 'broadcaster', 'wire agency', 'news site', 'magazine', 'other']),
  country: z.string().optional(),
  domains: z.array(z.string()).default([]),
  aliases: z.array(z.string()).default([]),
});
/** @example const o: Outlet = { name: 'CNN', kind: 'broadcaster', domains: [], aliases: [] }; */
export type Outlet = z.infer<typeof OutletSchema>;

/**
 * A value found for the document, with the span it was read from (when it was read from the input) and its origin.
 * @example const f = { value: 'AFP', origin: 'byline', span: { start: 70, end: 73, text: 'AFP' } };
 */
const field = <T extends z.ZodTypeAny>(value: T) =>
  z.object({ value, origin: FieldOriginSchema, span: SpanSchema.nullable() });

/**
 * A date found for the document: the day, and the instant when the page gives a time with its zone.
 * @example const d = { value: '2016-12-22', timestamp: '2016-12-22T10:15:00-05:00', origin: 'json-ld', span: null };
 */
const dateField = field(z.string()).extend({ timestamp: z.string().optional() });

/**
 * The article side of the result: its metadata, the outlets behind it and the parts of the text that are not body.
 * @example
 * const r = analyze(text, { url: 'https://example.com/a' });
 * r.document.canonicalUrl?.value; // 'https://example.com/a'
 */
export const DocumentInfoSchema = z.object({
  length: z.number().int().nonnegative(),
  format: z.enum(['text', 'markdown', 'html']),
  headline: field(z.string()).nullable(),
  byline: field(z.array(z.string())).nullable(),
  wire: field(OutletSchema).nullable(),
  publisher: field(OutletSchema).nullable(),
  /** The day (YYYY-MM-DD); `timestamp` is the full time with its zone when the page gives one. */
  publishedDate: dateField.nullable(),
  /** When the page says it was last updated (HTML metadata), like publishedDate. */
  modifiedDate: dateField.nullable(),
  canonicalUrl: field(z.string()).nullable(),
  /** BCP 47 language tag, from the caller, <html lang>, JSON-LD inLanguage or og:locale. */
  language: field(z.string()).nullable(),
  /** The page's section ("World", "Politics"), from article:section or JSON-LD articleSection. */
  section: field(z.string()).nullable(),
  /** Image captions and photo credits: kept out of the body, readable here (`text` without markup). */
  captions: z.array(z.object({ span: SpanSchema, text: z.string(), credit: SpanSchema.nullable() })),
  links: z.array(z.object({ span: SpanSchema, label: z.string(), url: z.string().nullable(), related: z.boolean() })),
  body: z.array(SpanSchema),
  /**
   * For HTML input: the page's text as a reader sees it (tags removed, entities decoded, whitespace
   * collapsed, furniture left out). Spans of HTML input carry `plain` offsets into it. Null otherwise.
   */
  plainText: z.string().nullable(),
});
/** @example const d: DocumentInfo = analyze('x').document; */
export type DocumentInfo = z.infer<typeof DocumentInfoSchema>;
