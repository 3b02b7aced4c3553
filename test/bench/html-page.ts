/**
 * A 200 KB page in a publishing system's shape (head scripts and styles, JSON-LD, navigation, ads
 * between paragraphs, a comment section, a footer) around article text taken from `texts`.
 */
export function benchPage(texts: readonly string[], bytes = 200_000): string {
  const body: string[] = [];
  let size = 0;
  for (const t of texts) {
    for (const para of t.split(/\n\s*\n/)) {
      const p = para.trim().replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"([^"\n]{1,400})"/g, '&ldquo;$1&rdquo;');
      if (!p) continue;
      // Some inline markup, as pages have: a link on a few words, emphasis.
      const words = p.split(' ');
      if (words.length > 12) words.splice(4, 3, `<a href="/topic/${body.length}">${words.slice(4, 7).join(' ')}</a>`);
      body.push(`<p class="c-paragraph" data-qa="p-${body.length}">${words.join(' ')}</p>`);
      size += p.length;
    }
    if (size > 40_000) break;
  }
  const script = `<script>window.__DATA__=${JSON.stringify({ items: Array.from({ length: 400 }, (_, i) => ({ id: i, title: `Story number ${i}`, url: `/story/${i}`, tags: ['a', 'b'] })) })}</script>`;
  const style = `<style>${Array.from({ length: 600 }, (_, i) => `.c-${i}{margin:${i % 7}px;padding:0 ${i % 5}px;color:#${(i * 4099).toString(16).slice(0, 6).padEnd(6, '0')}}`).join('\n')}</style>`;
  const nav = `<nav class="site-nav"><ul>${Array.from({ length: 150 }, (_, i) => `<li class="nav-item"><a href="/section/${i}">Section ${i}</a></li>`).join('')}</ul></nav>`;
  const ads = (i: number) => `<div class="ad-slot" id="ad-${i}"><div class="ad-label">Advertisement</div><iframe src="/ads/${i}"></iframe></div>`;
  const comments = `<section id="comments">${Array.from({ length: 60 }, (_, i) => `<article class="comment"><p class="author">Reader ${i}</p><p>"I disagree with this," reader ${i} wrote.</p></article>`).join('')}</section>`;
  const withAds = body.map((p, i) => (i % 6 === 5 ? p + ads(i) : p)).join('\n');
  let page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Benchmark page</title><meta property="og:site_name" content="Reuters"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Benchmark page","datePublished":"2024-02-23"}</script>${style}${script}</head><body>${nav}<main><article><h1>Benchmark page</h1><div class="article-body">${withAds}</div></article>${comments}</main><footer class="site-footer">${nav}</footer></body></html>`;
  while (page.length < 200_000) page = page.replace('</body>', `${script.replace('__DATA__', `__MORE${page.length}__`)}</body>`);
  return page;
}
