// npm run eval:speakers: speakers on our own short articles in the shapes of issue #17
// (test/fixtures/speakers): share of statements with the right speaker, honorifics given as roles,
// and how often a statement at confidence >= 0.9 has the right speaker.
import { analyze } from '../../src/index.js';
import { ARTICLES } from '../fixtures/speakers/articles.js';

export function speakerFigures(spanModel = false) {
  let total = 0;
  let right = 0;
  let high = 0;
  let highRight = 0;
  let honorificRoles = 0;
  const wrong: string[] = [];
  for (const a of ARTICLES) {
    const r = analyze(a.text, { spanModel });
    for (const s of r.speakers) if (s.role && /^(mr|mrs|ms|miss|dr|sir|lord|lady|dame)\.?$/i.test(s.role)) honorificRoles++;
    for (const e of a.expected) {
      total++;
      const c = r.claims.find((x) => x.text.includes(e.says));
      const ok = !!c && c.speaker?.name === e.speaker;
      if (ok) right++;
      else wrong.push(`${a.id}: "${e.says}" → ${c ? (c.speaker?.name ?? 'no speaker') : 'no statement'} (expected ${e.speaker})`);
      if (c && c.confidence >= 0.9) {
        high++;
        if (ok) highRight++;
      }
    }
  }
  return { total, right, share: right / total, high, highRight, highPrecision: high ? highRight / high : 1, honorificRoles, wrong };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const f = speakerFigures(process.argv.includes('--span-model'));
  console.log(`${ARTICLES.length} articles, ${f.total} statements: speaker right ${f.right}/${f.total} (${(100 * f.share).toFixed(1)}%)`);
  console.log(`confidence >= 0.9: ${f.highRight}/${f.high} right (${(100 * f.highPrecision).toFixed(1)}%); honorifics given as roles: ${f.honorificRoles}`);
  for (const w of f.wrong) console.log(`  wrong: ${w}`);
}
