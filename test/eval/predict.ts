import { analyze } from '../../src/index.js';
import type { GoldDoc, PredDoc } from './score.js';

/** The prediction record score_quotes.py reads, for one document. */
export function predict(doc: GoldDoc & { date?: string | null }, spanModel = false): PredDoc {
  const r = analyze(doc.text, { format: 'text', spanModel, ...(doc.date && /^\d{4}-\d{2}-\d{2}$/.test(doc.date) ? { publishedDate: doc.date } : {}) });
  return {
    id: doc.id,
    quotes: r.quotes
      .filter((q) => q.kind === 'direct' || q.kind === 'partial' || q.kind === 'indirect')
      .map((q) => ({
        start: q.content.start,
        end: q.content.end,
        speakerStart: q.source?.start ?? null,
        speakerEnd: q.source?.end ?? null,
        speaker: q.source?.text ?? null,
        cueStart: q.cue?.start ?? null,
        cueEnd: q.cue?.end ?? null,
        confidence: q.confidence,
        kind: q.kind,
      })),
  };
}
