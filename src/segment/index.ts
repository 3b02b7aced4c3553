import type { Diagnostic } from '../schema/common.js';
import type { Source } from '../normalize/index.js';
import { scanQuotes, type QuoteSpan } from './quotes.js';
import { splitSentences, type Sentence } from './sentences.js';

export type { QuoteSpan } from './quotes.js';
export type { Sentence } from './sentences.js';

/** A paragraph of the article (one line of text), flagged when it is the headline. */
export interface Paragraph {
  start: number;
  end: number;
  headline: boolean;
  /** False when a quotation may not run on from the paragraph before (the headline, its neighbours). */
  continues: boolean;
}

export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Top-level quotations in order; nested ones are their children. */
  quotes: QuoteSpan[];
  diagnostics: Diagnostic[];
}

/** Stage 2: paragraphs, quotation spans and sentence boundaries, from the characters alone. */
export function segment(source: Source): Segmentation {
  const paragraphs: Paragraph[] = [];
  let prevBody = false;
  for (const l of source.lines) {
    if (l.role !== 'body' && l.role !== 'headline') {
      prevBody = false;
      continue;
    }
    paragraphs.push({ start: l.start, end: l.end, headline: l.role === 'headline', continues: l.role === 'body' && prevBody });
    prevBody = l.role === 'body';
  }
  const { quotes, diagnostics } = scanQuotes(source.input, source.view, paragraphs);
  const sentences = splitSentences(source.view, paragraphs, quotes);
  return { paragraphs, sentences, quotes, diagnostics };
}
