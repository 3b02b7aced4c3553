import { z } from 'zod';
import { ConfidenceSchema, DiagnosticSchema, SpanSchema } from './common.js';

/**
 * What a quoted or reported passage is. `direct`: a quotation standing as the statement;
 * `partial`: quoted words inside a reported clause; `indirect`: reported speech without quotation marks.
 * The others are quotation marks that do not carry a statement: `scare` (distancing or coined terms),
 * `title` (of a work), `nickname`, `term` (a word mentioned as a word).
 * @example const k: StatementKind = 'partial';
 */
export const StatementKindSchema = z.enum(['direct', 'partial', 'indirect', 'scare', 'title', 'nickname', 'term']);
/** @example const k: StatementKind = 'direct'; */
export type StatementKind = z.infer<typeof StatementKindSchema>;

/**
 * A field that may be wrong, with its own confidence and the evidence behind it.
 * @example const v: Venue = { name: 'France 24', span: { start: 1, end: 26, text: 'the France 24 channel' }, type: 'outlet', confidence: 0.8, trace: ['told+outlet'] };
 */
export const VenueSchema = z.object({
  name: z.string(),
  type: z.enum(['outlet', 'event', 'platform', 'audience', 'interview', 'other']),
  span: SpanSchema,
  outlet: z.string().nullable().default(null),
  confidence: ConfidenceSchema,
  trace: z.array(z.string()),
});
/** @example const v: Venue = analyze(text).quotes[0].venue!; */
export type Venue = z.infer<typeof VenueSchema>;

/**
 * One quoted or reported statement (or a quotation that is not one, with a non-statement kind).
 * `content` is its whole extent, `segments` the pieces that are the statement's words (the content
 * less an interrupting attribution), `quoted` the parts inside quotation marks.
 * @example
 * const q = analyze('"We will win," she said.').quotes[0];
 * q.kind; // 'direct'
 * q.cue?.text; // 'said'
 */
export const StatementSchema = z.object({
  id: z.string(),
  kind: StatementKindSchema,
  headline: z.boolean(),
  content: SpanSchema,
  segments: z.array(SpanSchema),
  quoted: z.array(SpanSchema),
  cue: SpanSchema.nullable(),
  source: SpanSchema.nullable(),
  speakerId: z.string().nullable(),
  /** Probability that the speaker mention is right (fitted on PolNeAR train). */
  speakerConfidence: ConfidenceSchema,
  /** Probability that the content span's boundaries are exact (fitted on PolNeAR train). */
  contentConfidence: ConfidenceSchema,
  venue: VenueSchema.nullable(),
  addressee: SpanSchema.nullable(),
  date: z.object({ span: SpanSchema, value: z.string().nullable() }).nullable(),
  confidence: ConfidenceSchema,
  trace: z.array(z.string()),
  diagnostics: z.array(DiagnosticSchema),
});
/** @example const s: Statement = analyze(text).quotes[0]; */
export type Statement = z.infer<typeof StatementSchema>;
