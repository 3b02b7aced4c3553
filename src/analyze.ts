import { attribute } from './attribution/index.js';
import { buildClaims } from './claims/index.js';
import { resolveEntities } from './entities/index.js';
import { InputTooLargeError, InvalidInputError, InvalidOptionsError } from './errors.js';
import { outletIndex } from './lexicons/outlet-index.js';
import { normalize } from './normalize/index.js';
import { spansOntoPage } from './normalize/onto-page.js';
import { AnalyzeOptionsSchema, type AnalyzeOptions, type ResolvedOptions } from './schema/options.js';
import type { Analysis } from './schema/result.js';
import { segment } from './segment/index.js';

/**
 * Validates `analyze` options, applying defaults; throws InvalidOptionsError naming each bad option.
 * @example
 * const opts = resolveOptions({ url: 'https://example.com/a' });
 */
export function resolveOptions(options: AnalyzeOptions = {}): ResolvedOptions {
  const r = AnalyzeOptionsSchema.safeParse(options ?? {});
  if (r.success) return r.data;
  throw new InvalidOptionsError(
    r.error.issues.map((i) => ({
      option: i.path.join('.') || (i.code === 'unrecognized_keys' ? (i as { keys: string[] }).keys.join(', ') : '(options)'),
      message: i.code === 'unrecognized_keys' ? `unknown option; allowed: ${Object.keys(AnalyzeOptionsSchema.shape).join(', ')}` : i.message,
    })),
  );
}

/**
 * Finds every quoted statement in a news article, attributes it (speaker, cue, venue, date) and
 * returns statements, speaker entities, claims and diagnostics. Plain text, Markdown or HTML
 * (detected, or set by `format`); spans always index the input as given.
 * @example
 * import { analyze } from 'quotecheck';
 * const r = analyze('"We will not back down," Senator Jane Roe told CNN on Friday.', { publishedDate: '2024-02-23' });
 * r.claims[0].speaker?.name; // 'Jane Roe'
 * r.claims[0].venue?.name;   // 'CNN'
 */
export function analyze(input: string, options: AnalyzeOptions = {}): Analysis {
  if (typeof input !== 'string') throw new InvalidInputError(input === null ? 'null' : typeof input);
  const opts = resolveOptions(options);
  if (input.length > opts.maxInputLength) throw new InputTooLargeError(input.length, opts.maxInputLength);
  const outlets = outletIndex(opts.outlets);
  const source = normalize(input, opts);
  const seg = segment(source);
  const drafts = attribute(source, seg, outlets, opts.spanModel);
  const entities = resolveEntities(source, drafts, outlets);
  const { quotes, claims, speakers } = buildClaims(source, seg, drafts, entities, outlets);
  const result: Analysis = {
    version: 1,
    document: source.document,
    quotes: opts.includeNonStatements ? quotes : quotes.filter((q) => q.kind === 'direct' || q.kind === 'partial' || q.kind === 'indirect'),
    speakers,
    claims,
    diagnostics: [...source.diagnostics, ...seg.diagnostics, ...quotes.flatMap((q) => q.diagnostics)],
  };
  if (source.page) spansOntoPage(result, source.page);
  return result;
}
