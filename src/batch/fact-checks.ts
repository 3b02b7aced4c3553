import type { FactCheckIndex } from '../factcheck/index.js';
import type { BatchResult } from './types.js';

/**
 * A batch result with, for each claim, the fact-checks that match it (`result.factChecks`).
 * @example const r2 = withFactCheckMatches(r, createFactCheckIndex(records));
 */
export function withFactCheckMatches(r: BatchResult, index: FactCheckIndex | null): BatchResult {
  if (!r.ok || !index) return r;
  const factChecks = r.result.claims.map((c) => ({ claimId: c.id, matches: index.match(c) }));
  return { ...r, result: { ...r.result, factChecks } as typeof r.result };
}
