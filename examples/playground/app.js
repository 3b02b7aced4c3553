// The playground: runs quotecheck in the page (bundle built by `npm run playground`), highlights each
// statement in its speaker's colour, explains it on hover, and lists the claims.
import { analyze } from './quotecheck.js';

const $ = (id) => document.getElementById(id);
const COLOURS = ['#ffd166', '#8ecae6', '#b5e48c', '#f4a3c0', '#cdb4db', '#f9c74f', '#90be6d', '#ffadad', '#a0c4ff', '#caffbf'];
let last = null;

function colourFor(speakerId, speakers) {
  const i = speakers.findIndex((s) => s.id === speakerId);
  return i < 0 ? '#e0e0e0' : COLOURS[i % COLOURS.length];
}

function render(text) {
  const t0 = performance.now();
  const r = analyze(text);
  last = r;
  const speakers = new Map(r.speakers.map((s) => [s.id, s]));
  const statements = r.quotes.filter((q) => ['direct', 'partial', 'indirect'].includes(q.kind));
  // Segments in text order; overlapping (nested) ones keep the outer highlight.
  const marks = statements.flatMap((q) => q.segments.map((g) => ({ g, q }))).sort((a, b) => a.g.start - b.g.start);
  const article = $('article');
  article.textContent = '';
  let at = 0;
  for (const { g, q } of marks) {
    if (g.start < at) continue;
    article.append(text.slice(at, g.start));
    const s = speakers.get(q.speakerId);
    const span = document.createElement('mark');
    span.className = 'qc-statement' + (q.confidence < 0.5 ? ' low' : '');
    span.style.background = colourFor(q.speakerId, r.speakers);
    span.dataset.speaker = s ? s.name : '';
    span.title = [
      `Speaker: ${s ? s.name : 'unknown'}${s && s.role ? ` (${s.role})` : ''}`,
      `Cue: ${q.cue ? q.cue.text : '-'}   Kind: ${q.kind}`,
      `Venue: ${q.venue ? q.venue.name : '-'}   Date: ${q.date ? q.date.value ?? q.date.span.text : '-'}`,
      `Confidence: ${q.confidence.toFixed(2)} (speaker ${q.speakerConfidence.toFixed(2)}, span ${q.contentConfidence.toFixed(2)})`,
      `Why: ${q.trace.join(', ')}`,
    ].join('\n');
    span.textContent = text.slice(g.start, g.end);
    article.append(span);
    at = g.end;
  }
  article.append(text.slice(at));

  const body = $('claims').querySelector('tbody');
  body.textContent = '';
  for (const c of r.claims) {
    const tr = document.createElement('tr');
    const sw = `<span class="swatch" style="background:${colourFor(c.speaker?.id, r.speakers)}"></span>`;
    const cells = [c.speaker?.name ?? 'unknown', c.speaker?.role ?? '', c.cue ?? '', c.venue?.name ?? '', c.kind, c.confidence.toFixed(2), c.text];
    cells.forEach((v, i) => {
      const td = document.createElement('td');
      if (i === 0) td.innerHTML = sw;
      td.append(String(v));
      tr.append(td);
    });
    body.append(tr);
  }
  $('export').disabled = false;
  $('status').textContent = `${r.claims.length} claims, ${r.speakers.length} speakers in ${Math.round(performance.now() - t0)} ms`;
}

$('analyze').addEventListener('click', () => render($('input').value));
$('file').addEventListener('change', async (e) => {
  const f = e.target.files[0];
  if (!f) return;
  $('input').value = await f.text();
  render($('input').value);
});
$('export').addEventListener('click', () => {
  const blob = new Blob([JSON.stringify(last, null, 2)], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'quotecheck.json';
  a.click();
});
window.quotecheckReady = true;
