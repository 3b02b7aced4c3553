// npm run bench:adversarial -- [--scale N]
// Hostile inputs, each at two sizes (1x and 10x): time and memory per case, the 10x/1x time ratio
// (linear growth means about 10), and a check that every span still slices back from the input.
import { analyze } from '../../src/index.js';

const args = process.argv.slice(2);
const scale = Number(args[args.indexOf('--scale') + 1] || 1) || 1;
const para = 'The minister said on Friday that "the budget is balanced, and we will not raise taxes," adding that critics were wrong. ';

// Distinct made-up names ("Bavoki Tesuma"): a document naming thousands of people.
let nameSeed = 7;
const letter = (s: string) => s[((nameSeed = (Math.imul(nameSeed, 1103515245) + 12345) & 0x7fffffff) >> 8) % s.length];
const madeUpName = () => {
  let w = '';
  for (let i = 0; i < 3; i++) w += letter('bcdfghjklmnprstvz') + letter('aeiou');
  return w[0].toUpperCase() + w.slice(1);
};
const person = (i: number) => {
  const last = madeUpName();
  return `${madeUpName()} ${last}, a lawyer, said the ruling was wrong. "We will appeal," ${last} added. She told reporters it was over.${i % 3 === 2 ? '\n\n' : ' '}`;
};

const cases: { name: string; make: (n: number) => string; base: number; spanModel?: boolean }[] = [
  { name: 'plain article text', make: (n) => Array.from({ length: n }, (_, i) => para + (i % 5 === 4 ? '\n\n' : '')).join(''), base: 4000 },
  { name: 'quote-mark soup', make: (n) => Array.from({ length: n }, (_, i) => '"\u201c\u201d\'\u2018\u2019\u00ab\u00bb'[i % 8] + (i % 3 ? 'a ' : '')).join(''), base: 20000 },
  { name: 'one long paragraph', make: (n) => para.repeat(n), base: 1000 },
  // The span model's own lookups (tagged spans, earlier statements, paragraphs) once scanned the document per statement.
  { name: 'plain article text, span model', make: (n) => Array.from({ length: n }, (_, i) => para + (i % 5 === 4 ? '\n\n' : '')).join(''), base: 2000, spanModel: true },
  { name: 'one long paragraph, span model', make: (n) => para.repeat(n), base: 1000, spanModel: true },
  // Each name was once compared with every person named before it.
  { name: 'thousands of people', make: (n) => Array.from({ length: n }, (_, i) => person(i)).join(''), base: 500 },
  // Each frame of a sentence once asked every other frame of it whether it ran over its verb.
  { name: 'one sentence of many statements', make: (n) => '"Hi," Ann said; '.repeat(n), base: 2000 },
  // The span model paired each content with every cue of its sentence, counting the words between: cubic.
  { name: 'one sentence of many statements, span model', make: (n) => '"Hi," Ann said; '.repeat(n), base: 2000, spanModel: true },
  { name: 'nested quotes', make: (n) => '\u201c\u2018'.repeat(n) + 'deep' + '\u2019\u201d'.repeat(n) + ' he said.', base: 1000 },
  { name: 'deeply nested HTML', make: (n) => '<div>'.repeat(n) + '"Quote," she said.' + '</div>'.repeat(n), base: 10000 },
  { name: 'hostile HTML: unclosed tags, stray end tags, entities', make: (n) => '<p>x</p><p>y</p><div>'.repeat(2) + Array.from({ length: n }, (_, i) => ['<aside>', '</nav>', '<a href="x"', ' &amp; &#8220;q&#8221; ', '<!-- c ', '< b'][i % 6]).join(''), base: 20000 },
  { name: 'apostrophes everywhere', make: (n) => "rock 'n' roll, the '90s, don't, students' union, 'tis ".repeat(n), base: 2000 },
  { name: 'control and astral characters', make: (n) => Array.from({ length: n }, (_, i) => ['\u200b', '\u202e', 'e\u0301', '\ud83d\ude00', '\u0000', '\ud834\udd1e'][i % 6] + '"Hi," \ud83d\ude00 Ann said. ').join(''), base: 3000 },
];

const mb = (b: number) => (b / 1048576).toFixed(0);
function run(text: string, spanModel = false) {
  if (global.gc) global.gc();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const r = analyze(text, { maxInputLength: 50_000_000, spanModel });
  const ms = performance.now() - t0;
  const heap = process.memoryUsage().heapUsed - before;
  for (const q of r.quotes) for (const s of [q.content, ...q.segments, q.cue, q.source].filter(Boolean)) if (text.slice(s!.start, s!.end) !== s!.text) throw new Error('span does not slice back');
  return { ms, heap, statements: r.quotes.length };
}

console.log('case'.padEnd(34), 'size 1x'.padStart(9), 'ms 1x'.padStart(8), 'size 10x'.padStart(9), 'ms 10x'.padStart(9), 'ratio'.padStart(6), 'heap 10x'.padStart(9));
let worst = 0;
for (const c of cases) {
  const small = c.make(c.base * scale);
  const large = c.make(c.base * scale * 10);
  run(small, c.spanModel); // warm
  const a = run(small, c.spanModel);
  const b = run(large, c.spanModel);
  const ratio = b.ms / Math.max(1, a.ms);
  worst = Math.max(worst, ratio);
  console.log(c.name.padEnd(34), `${(small.length / 1e6).toFixed(2)}M`.padStart(9), a.ms.toFixed(0).padStart(8), `${(large.length / 1e6).toFixed(2)}M`.padStart(9), b.ms.toFixed(0).padStart(9), ratio.toFixed(1).padStart(6), `${mb(b.heap)}MB`.padStart(9));
}
console.log(`worst 10x/1x time ratio: ${worst.toFixed(1)} (linear is about 10; the bar is 12)`);
let limited = false;
try {
  analyze('x'.repeat(11), { maxInputLength: 10 });
} catch (e) {
  limited = (e as Error).name === 'InputTooLargeError';
}
console.log(`maxInputLength rejects larger inputs with InputTooLargeError: ${limited}`);
