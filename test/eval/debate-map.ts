// The CLEF CheckThat! ranking measures: each debate's sentences ranked by score, average precision
// per debate, averaged over debates (and P@10 the same way). Shared by the evaluation and the fitter.

/** A scored sentence of a debate, with its gold label (1 check-worthy, 0 not). */
export interface DebateScore {
  debate: string;
  score: number;
  label: number;
}

/** MAP and P@10 over the debates of `scored`. */
export function debateRanking(scored: readonly DebateScore[]): { map: number; p10: number; debates: number } {
  const byDebate = new Map<string, DebateScore[]>();
  for (const x of scored) (byDebate.get(x.debate) ?? byDebate.set(x.debate, []).get(x.debate)!).push(x);
  let map = 0;
  let p10 = 0;
  for (const list of byDebate.values()) {
    const ranked = [...list].sort((a, b) => b.score - a.score);
    const positives = ranked.filter((x) => x.label === 1).length;
    let hits = 0;
    let ap = 0;
    ranked.forEach((x, i) => {
      if (x.label === 1) ap += ++hits / (i + 1);
    });
    map += positives ? ap / positives : 0;
    p10 += ranked.slice(0, 10).filter((x) => x.label === 1).length / 10;
  }
  const n = Math.max(1, byDebate.size);
  return { map: map / n, p10: p10 / n, debates: byDebate.size };
}
