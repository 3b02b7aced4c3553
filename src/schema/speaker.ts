import { z } from 'zod';
import { SpanSchema } from './common.js';

/**
 * The kind of speaker: a named person, an organization (governments and countries speaking through
 * them included), a group ("officials", "critics"), a document or poll, an anonymous source, or unknown.
 * @example const t: SpeakerType = 'organization';
 */
export const SpeakerTypeSchema = z.enum(['person', 'organization', 'group', 'document', 'anonymous', 'unknown']);
/** @example const t: SpeakerType = 'person'; */
export type SpeakerType = z.infer<typeof SpeakerTypeSchema>;

/**
 * A mention of a speaker in the text. `variant` marks a spelling that differs from the entity's name
 * (matched fuzzily); `pronoun` a pronoun resolved to this entity.
 * @example const m: Mention = { span: { start: 0, end: 9, text: 'Pashinyan' }, kind: 'surname', variant: false };
 */
export const MentionSchema = z.object({
  span: SpanSchema,
  kind: z.enum(['full', 'surname', 'title', 'pronoun', 'description', 'name']),
  variant: z.boolean(),
});
/** @example const m: Mention = analyze(text).speakers[0].mentions[0]; */
export type Mention = z.infer<typeof MentionSchema>;

/**
 * A speaker entity with every mention clustered: "Prime Minister Nikol Pashinyan", "Pashinyan", "He".
 * The role ("Prime Minister") is structured data and never part of `name`.
 * @example
 * const s = analyze('"No," Senator Jane Roe said.').speakers[0];
 * s.name; // 'Jane Roe'
 * s.role; // 'Senator'
 * analyze('"No," Mr Tony Blair said.').speakers[0].honorific; // 'Mr' (and role null)
 */
export const SpeakerSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: SpeakerTypeSchema,
  role: z.string().nullable(),
  /** A form of address used with the name ("Mr", "Dr", "Lord"): kept apart from the role, which is the office or job. */
  honorific: z.string().nullable(),
  gender: z.enum(['male', 'female', 'unknown']),
  mentions: z.array(MentionSchema),
  variants: z.array(z.string()),
  statementIds: z.array(z.string()),
});
/** @example const s: Speaker = analyze(text).speakers[0]; */
export type Speaker = z.infer<typeof SpeakerSchema>;
