// Which drafts are statements (someone's words), as against quotations the rules class otherwise
// (titles, scare quotes, nicknames, terms): one list for the attribution stage and the span model.
import type { Draft } from './index.js';

/**
 * The kinds of draft that are statements.
 * @internal
 * @example STATEMENT_KINDS.has('partial'); // true
 */
export const STATEMENT_KINDS: ReadonlySet<Draft['kind']> = new Set<Draft['kind']>(['direct', 'partial', 'indirect']);
