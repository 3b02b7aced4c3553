import { analyze } from './src/index.js';
for (const t of process.argv.slice(2)) {
  const r = analyze(t);
  console.log('---', t.slice(0, 80));
  for (const q of r.quotes) console.log(`  ${q.kind} | ${q.source?.text ?? '-'} | ${q.cue?.text ?? '-'} | ${q.content.text} | ${q.confidence.toFixed(2)}`);
}
