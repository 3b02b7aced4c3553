import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

// A page of our own in the shape publishing systems give: head metadata, JSON-LD, navigation,
// an <article>, inline tags inside quotes, entities for quotation marks, a figure, a footer.
const HTML = `<!doctype html><html><head><title>Mayor pauses bridge toll | Harbor Daily</title>
<meta property="og:site_name" content="The Guardian"><link rel="canonical" href="https://www.theguardian.com/2025/03/14/toll">
<meta property="article:published_time" content="2025-03-14T09:00:00Z"><meta name="author" content="Ana Ruiz">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Mayor pauses bridge toll","datePublished":"2025-03-14"}</script>
<style>p { color: red }</style></head><body><nav><a href="/">Home</a> "Menu," said nobody.</nav>
<article><h1>Mayor pauses bridge toll</h1><p>The city council has paused a planned toll, Mayor Lena Ortiz said on Thursday.</p>
<p>&ldquo;We heard the people who cross that bridge,&rdquo; <em>Mayor Lena Ortiz</em> told the <a href="x">Harbor Radio</a> channel.</p>
<figure><img src="x.jpg"><figcaption>"Caption words," a photographer said.</figcaption></figure>
<p>She also accused the agency of running a "misleading<br> campaign".</p><!-- "Hidden," a comment said. --></article>
<footer>"Subscribe now," the footer said.</footer></body></html>`;

const TEXT = `Mayor pauses bridge toll

The city council has paused a planned toll, Mayor Lena Ortiz said on Thursday.

\u201cWe heard the people who cross that bridge,\u201d Mayor Lena Ortiz told the Harbor Radio channel.

She also accused the agency of running a "misleading campaign".`;

const plain = (s: string) => s.replace(/<[^>]*>/g, ' ').replace(/&ldquo;|&rdquo;/g, '"').replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();

describe('HTML input', () => {
  const r = analyze(HTML);

  it('metadata from the head, JSON-LD and the URL; offsets index the HTML', () => {
    expect(r.document.format).toBe('html');
    expect(r.document.headline?.value).toBe('Mayor pauses bridge toll');
    expect(r.document.publishedDate?.value).toBe('2025-03-14');
    expect(r.document.canonicalUrl?.value).toBe('https://www.theguardian.com/2025/03/14/toll');
    expect(r.document.publisher?.value.name).toBe('The Guardian');
    expect(r.document.byline?.value).toEqual(['Ana Ruiz']);
    for (const q of r.quotes) for (const s of [q.content, q.cue, q.source].filter(Boolean)) expect(HTML.slice(s!.start, s!.end)).toBe(s!.text);
  });

  it('navigation, figures, comments and footers are not article text', () => {
    const texts = r.quotes.map((q) => q.content.text).join(' ');
    for (const hidden of ['Menu', 'Caption words', 'Hidden', 'Subscribe']) expect(texts).not.toContain(hidden);
  });

  it('yields the same statements and speakers as the same article in plain text', () => {
    const t = analyze(TEXT);
    const view = (x: ReturnType<typeof analyze>) => x.quotes.filter((q) => q.kind !== 'scare').map((q) => [q.kind, plain(q.content.text), q.source?.text, plain(q.cue?.text ?? '')]);
    expect(view(r)).toEqual(view(t));
    expect(r.speakers.map((s) => s.name).sort()).toEqual(t.speakers.map((s) => s.name).sort());
  });

  it('comment sections, share buttons, related links and ads are page furniture, not article text', () => {
    const page = `<html><body><article><p>"The bridge will reopen in May," the mayor said.</p>
<div class="share-buttons"><a>"Share this," says the button.</a></div>
<section id="comments"><p>"This is outrageous," a reader wrote.</p></section>
<ul class="related-links"><li>"Toll scrapped," officials say</li></ul>
<div class="ad-slot"><div>"Buy now," the advert said.</div><div>more</div></div>
<p>"Fares stay the same," the council added.</p></article></body></html>`;
    const r = analyze(page);
    expect(r.quotes.filter((q) => q.kind === 'direct').map((q) => q.content.text)).toEqual(['"The bridge will reopen in May,"', '"Fares stay the same,"']);
  });

  it('<q> elements are quotations, as browsers draw them; the span covers the tags', () => {
    const page = '<html><body><article><p><q>We will not <q>ever</q> back down</q>, Mayor Ann Lee told reporters on Friday.</p><p>x</p></article></body></html>';
    const r = analyze(page);
    const q = r.quotes.find((x) => x.kind === 'direct')!;
    expect(q.content.text).toBe('<q>We will not <q>ever</q> back down</q>');
    expect(q.content.plain?.text).toBe('\u201cWe will not \u2018ever\u2019 back down\u201d');
    expect(q.source?.plain?.text).toBe('Mayor Ann Lee');
  });

  it("an embedded tweet is a statement by the tweet's author, credited by its signature", () => {
    const page = `<html><body><article><p>The senator posted on Friday.</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">The vote is rigged and everyone knows it.</p>&mdash; Ann Lee (@annlee) <a href="https://twitter.com/annlee/status/1">May 2, 2024</a></blockquote>
<p>The post was deleted an hour later.</p></article></body></html>`;
    const r = analyze(page);
    const q = r.quotes.find((x) => x.kind === 'direct')!;
    expect([q.content.plain?.text, q.source?.text, q.cue?.plain?.text]).toEqual(['\u201cThe vote is rigged and everyone knows it.\u201d', 'Ann Lee', '\u2014']);
    expect(page.slice(q.content.start, q.content.end)).toBe(q.content.text);
  });

  it("links in the article are document links, made absolute against the page's URL", () => {
    const page = '<html><head><link rel="canonical" href="https://news.example/a/story"></head><body><nav><a href="/home">Home</a></nav><article><p>The <a href="/fares">fare table</a> was updated, officials said.</p><p>See <a href="javascript:void(0)">this</a>.</p><p><strong>Related article:</strong> <a href="https://news.example/b">Fares rise</a></p></article></body></html>';
    const links = analyze(page).document.links;
    expect(links.map((l) => [l.label, l.url, l.related])).toEqual([
      ['fare table', 'https://news.example/fares', false],
      ['Fares rise', 'https://news.example/b', true],
    ]);
    expect(links.every((l) => page.slice(l.span.start, l.span.end) === l.span.text)).toBe(true);
  });
});


// The parser closes, at the end, a tag whose name it read before the page ended inside it; that tag
// never opened, and closing it closed the page's root element (a TypeError).
describe('a page that ends inside a tag', () => {
  it.each([
    ['<p>"We are ready," Jane Roe said.</p><div ', ['"We are ready,"']],
    ['<html><body><p>"We are ready," Jane Roe said. <a href', ['"We are ready,"']],
    ['<p>"We are ready," Jane Roe said.</p><p>More <img src="x"', ['"We are ready,"']],
    ['<r ', []],
  ])('%s', (html, contents) => {
    const r = analyze(html, { format: 'html' });
    expect(r.quotes.map((q) => q.content.text)).toEqual(contents);
    for (const q of r.quotes) expect(html.slice(q.content.start, q.content.end)).toBe(q.content.text);
  });
});

describe('the parser stack', () => {
  it('behaves as the front-first array htmlparser2 expects', async () => {
    const { frontStack } = await import('../src/normalize/parser-stack.js');
    const ours = frontStack<string>(['b', 'a']);
    const plain = ['b', 'a'];
    for (const [op, arg] of [['unshift', 'c'], ['unshift', 'd'], ['shift', ''], ['unshift', 'e'], ['shift', ''], ['shift', '']] as const) {
      const x = op === 'unshift' ? [ours.unshift(arg), plain.unshift(arg)] : [ours.shift(), plain.shift()];
      expect(x[0]).toBe(x[1]);
      expect([ours.length, ours[0], ours[1], ours.indexOf('a'), ours.includes('d')]).toEqual([plain.length, plain[0], plain[1], plain.indexOf('a'), plain.includes('d')]);
    }
    ours.length = 0;
    expect([ours.length, ours[0]]).toEqual([0, undefined]);
  });

  it('100,000 nested elements parse in linear time', () => {
    const page = (n: number) => '<div>'.repeat(n) + '"Quote," she said.' + '</div>'.repeat(n);
    analyze(page(2000));
    const t0 = performance.now();
    analyze(page(10_000));
    const small = performance.now() - t0;
    const t1 = performance.now();
    const r = analyze(page(100_000));
    const big = performance.now() - t1;
    expect(r.quotes[0]?.source?.text).toBe('she');
    // Quadratic growth made this 100x; linear is about 10x. The bar leaves room for a noisy machine.
    expect(big / small).toBeLessThan(40);
  });
});
