import { z } from 'zod';

/**
 * A half-open range of UTF-16 code units in the caller's input, with the text it covers.
 * `input.slice(span.start, span.end) === span.text` always holds.
 * @example
 * const s: Span = { start: 0, end: 5, text: 'Hello' };
 */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /**
   * For HTML input only: the same passage in `document.plainText` (tags removed, entities decoded),
   * so `plainText.slice(plain.start, plain.end) === plain.text`.
   */
  plain: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() }).optional(),
});
/** @example const s: Span = { start: 0, end: 5, text: 'Hello' }; */
export type Span = z.infer<typeof SpanSchema>;

/**
 * How serious a diagnostic is: `error` means a result is missing or wrong for that passage,
 * `warning` that it is uncertain, `info` that something was noticed and handled.
 * @example Severity.parse('warning');
 */
export const SeveritySchema = z.enum(['error', 'warning', 'info']);
/** @example const s: Severity = 'info'; */
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * A problem found in the text (never an exception): its code, a message, where it is and how serious.
 * @example
 * const d: Diagnostic = { code: 'unclosed-quote', message: 'Quotation mark opened here is never closed', span: { start: 10, end: 11, text: '"' }, severity: 'warning' };
 */
export const DiagnosticSchema = z.object({
  code: z.string(),
  message: z.string(),
  span: SpanSchema.nullable(),
  severity: SeveritySchema,
});
/** @example const d: Diagnostic = { code: 'x', message: 'y', span: null, severity: 'info' }; */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

/**
 * A confidence in [0, 1] and the short trace of rules and evidence that produced it.
 * @example const c: Scored = { confidence: 0.9, trace: ['cue:said', 'source:after-quote'] };
 */
export const ConfidenceSchema = z.number().min(0).max(1);
