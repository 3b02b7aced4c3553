import type { Draft } from '../attribution/index.js';

/**
 * The statement confidence from the evidence that produced it. Hand-set for now: each pattern's
 * base rate, lowered for weak cues, context-only speakers, unresolved pronouns and unclosed marks.
 */
export function statementConfidence(d: Draft, speakerConfidence: number, unclosed: boolean): { confidence: number; trace: string[] } {
  const trace = [...d.evidence];
  let c: number;
  switch (d.kind) {
    case 'direct':
      c = d.evidence.includes('source:colon-intro') ? 0.8 : d.evidence.includes('source:continuation') ? 0.65 : d.evidence.includes('source:transcript-label') ? 0.85 : d.source ? 0.93 : 0.3;
      break;
    case 'partial':
      c = d.source ? 0.82 : 0.4;
      break;
    case 'indirect':
      c = d.source ? 0.7 : 0.3;
      break;
    default:
      c = 0.25;
  }
  if (d.source && speakerConfidence < 0.5) {
    c *= 0.7;
    trace.push('speaker:weak');
  }
  if (unclosed) {
    c *= 0.8;
    trace.push('quote:unclosed');
  }
  if (d.headline) {
    c = Math.min(c, 0.35);
    trace.push('headline');
  }
  return { confidence: Math.round(Math.max(0, Math.min(1, c)) * 1000) / 1000, trace };
}
