import { z } from 'zod';
import { OutletSchema } from './document.js';

/** Default `maxInputLength`: 10 million UTF-16 units (about 10 MB of English text; a 5 MB article takes about 7 s). */
export const DEFAULT_MAX_INPUT_LENGTH = 10_000_000;

/**
 * Options of `analyze`. Metadata given here wins over what is found in the text.
 * @example
 * analyze(text, { url: 'https://example.com/story', publishedDate: '2024-02-23', publisher: 'The Moscow Times' });
 */
export const AnalyzeOptionsSchema = z
  .object({
    /** The article's URL; its domain names the publisher when it is a known outlet. */
    url: z.string().url().optional(),
    /** The publishing outlet, by name or alias ("The Moscow Times"), or an outlet object. */
    publisher: z.union([z.string().min(1), OutletSchema]).optional(),
    /** Publication date, ISO 8601 (YYYY-MM-DD or a full timestamp). */
    publishedDate: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'an ISO 8601 date such as 2024-02-23').optional(),
    /** The article's language, a BCP 47 tag ("en", "en-GB"). */
    language: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag such as en or en-GB').optional(),
    /** Byline authors. */
    byline: z.union([z.string(), z.array(z.string())]).optional(),
    /** How to read the input: detected by default. */
    format: z.enum(['auto', 'text', 'markdown', 'html']).default('auto'),
    /** Inputs longer than this (in UTF-16 units) are rejected with an InputTooLargeError. */
    maxInputLength: z.number().int().positive().default(DEFAULT_MAX_INPUT_LENGTH),
    /** Extra outlets, added to the built-in outlet lexicon. */
    outlets: z.array(OutletSchema).default([]),
    /** Keep quotations that are not statements (scare quotes, titles, nicknames) in `quotes`. */
    includeNonStatements: z.boolean().default(true),
    /**
     * Let the span model trained on PolNeAR decide statement boundaries and add the statements the
     * rules miss. Off by default for now: it finds more reported speech and places its boundaries
     * better, but it names the speaker less often (see the README's Accuracy section).
     */
    spanModel: z.boolean().default(false),
  })
  .strict();
/** The options as the caller writes them. @example const o: AnalyzeOptions = { url: 'https://example.com' }; */
export type AnalyzeOptions = z.input<typeof AnalyzeOptionsSchema>;
/** The options after defaults. @example const o: ResolvedOptions = AnalyzeOptionsSchema.parse({}); */
export type ResolvedOptions = z.output<typeof AnalyzeOptionsSchema>;
