import type { Token } from './tokens.js';

/**
 * "Asked whether he would run, Smith said ...", "... when asked how ties would fare": the question put
 * to a speaker, reported without its asker. PolNeAR annotates it as a statement of its own (cue
 * "asked", content the question, no source; the asker when "asked by X"). Token ranges.
 */
export interface Question {
  cue: [number, number];
  content: [number, number];
  asker: [number, number] | null;
}

const ADJUNCT = /^(on|at|during|in|after|before|later|again|recently|specifically|directly|repeatedly|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|last|this|earlier)$/;
const OPENS_QUESTION = /^(if|whether|what|how|why|who|whom|which|when|where|about|to)$/;

/**
 * Every participial "asked" that opens its clause ("Asked ...", "when asked ..."), outside ranges already attributed.
 * @example findQuestions(tokens, () => false); // [{ cue: [0, 1], content: [1, 5], asker: null }] for "Asked whether he would run, ..."
 */
export function findQuestions(tokens: readonly Token[], taken: (from: number, to: number) => boolean): Question[] {
  const out: Question[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.lower !== 'asked') continue;
    const prev = tokens[i - 1];
    const opens = !prev || prev.lower === 'when' || prev.lower === 'if' || (prev.kind === 'punct' && /[,;:(\u2014]|--/.test(prev.text)) || prev.kind === 'quote';
    if (!opens) continue;
    let k = i + 1;
    let asker: Question['asker'] = null;
    if (tokens[k]?.lower === 'by') {
      let e = k + 1;
      while (e < tokens.length && e - k <= 5 && tokens[e].kind === 'word' && !OPENS_QUESTION.test(tokens[e].lower)) e++;
      if (e === k + 1) continue;
      asker = [k + 1, e];
      k = e;
    }
    // "Asked on Fox News who ...", "Asked during a January debate why ...", "Asked Tuesday about ...".
    if (!asker && tokens[k]?.kind === 'word' && !OPENS_QUESTION.test(tokens[k].lower) && ADJUNCT.test(tokens[k].lower)) {
      let e = k + 1;
      while (e < tokens.length && e - k < 9 && tokens[e].kind === 'word' && !OPENS_QUESTION.test(tokens[e].lower)) e++;
      if (tokens[e]?.kind === 'word' && OPENS_QUESTION.test(tokens[e].lower)) k = e;
    }
    if (!tokens[k] || tokens[k].kind !== 'word' || !OPENS_QUESTION.test(tokens[k].lower)) continue;
    const from = k;
    let to = from + 1;
    while (to < tokens.length && !(tokens[to].kind === 'punct' && /[,;:.!?\u2014]|--/.test(tokens[to].text)) && tokens[to].kind !== 'quote') to++;
    if (to - from < 2 || taken(from, to)) continue;
    out.push({ cue: [i, i + 1], content: [from, to], asker });
    i = to;
  }
  return out;
}
