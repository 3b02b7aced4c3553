import { z } from 'zod';
import { ConfidenceSchema, DiagnosticSchema, SpanSchema } from './common.js';
import { OutletSchema } from './document.js';
import { SpeakerTypeSchema } from './speaker.js';
import { VenueSchema } from './statement.js';

/**
 * A claim: a statement made portable. It carries its speaker, venue, the outlet chain (publisher,
 * wire agency, venue outlet), a date, a confidence and links back to the exact passage.
 * `id` is stable: the same statement text and speaker give the same id across runs.
 * @example
 * const c = analyze('"Prices fell," the minister said.', { url: 'https://example.com/a' }).claims[0];
 * c.links.deepLink; // 'https://example.com/a#:~:text=Prices%20fell'
 */
export const ClaimSchema = z.object({
  id: z.string(),
  statementId: z.string(),
  text: z.string(),
  kind: z.enum(['direct', 'partial', 'indirect']),
  headline: z.boolean(),
  spans: z.object({
    content: SpanSchema,
    segments: z.array(SpanSchema),
    cue: SpanSchema.nullable(),
    source: SpanSchema.nullable(),
  }),
  speaker: z
    .object({
      id: z.string(),
      name: z.string(),
      type: SpeakerTypeSchema,
      role: z.string().nullable(),
      honorific: z.string().nullable(),
      /** This claim's own source mention and the speaker's fullest mention (all mentions are on the speaker). */
      mentions: z.array(SpanSchema),
    })
    .nullable(),
  cue: z.string().nullable(),
  venue: VenueSchema.nullable(),
  outlets: z.object({
    publisher: OutletSchema.nullable(),
    wire: OutletSchema.nullable(),
    venue: OutletSchema.nullable(),
  }),
  date: z.string().nullable(),
  confidence: ConfidenceSchema,
  /** How check-worthy the claim is (fitted on CLEF CheckThat! train), with the features that drove it. */
  checkworthiness: z.object({
    score: ConfidenceSchema,
    label: z.enum(['check-worthy', 'maybe', 'not check-worthy']),
    features: z.array(z.object({ name: z.string(), weight: z.number() })),
  }),
  links: z.object({ url: z.string().nullable(), deepLink: z.string().nullable(), textFragment: z.string() }),
  diagnostics: z.array(DiagnosticSchema),
});
/** @example const c: Claim = analyze(text).claims[0]; */
export type Claim = z.infer<typeof ClaimSchema>;
