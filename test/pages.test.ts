// The article on pages whose furniture looks like articles (issue #17): pages we write ourselves.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

const STORY = [
  '<p>"We will reopen the bridge by spring," Mayor Ana Ruiz said on Tuesday, after a month of repairs.</p>',
  '<p>The council approved the money in a late vote, and the contractor said the work was ahead of schedule.</p>',
  '<p>"Commuters have waited long enough," said councillor Tom Hale, who chairs the transport committee.</p>',
  '<p>Engineers found cracks in two of the piers in March, the city said, and closed the bridge the same day.</p>',
  '<p>"It was the right call," said Priya Nair, a commuter who crosses the bridge every day.</p>',
  '<p>The state transport agency said it would review the plans before the bridge reopens to traffic.</p>',
];
const speakers = (html: string) => analyze(html, { format: 'html' }).claims.map((c) => c.speaker?.name ?? null);

describe('the story, not what looks like one', () => {
  it('a promotional <article> in a sidebar is not the article', () => {
    const html = `<html><body><div class="story-body">${STORY.join('')}</div><div class="right-rail"><article class="promo"><a href="/x">"Best deals of the week," says our shopping editor</a></article></div></body></html>`;
    const s = speakers(html);
    expect(s).toEqual(expect.arrayContaining(['Ana Ruiz', 'Tom Hale', 'Priya Nair']));
    expect(s.join(' ')).not.toMatch(/shopping/);
  });

  it('a short link-heavy <article> beside a long story is not the article', () => {
    const html = `<html><body><main><div class="content">${STORY.join('')}</div></main><article><a href="/a">Newsletter: "Sign up," we said</a></article></body></html>`;
    expect(speakers(html)).toEqual(expect.arrayContaining(['Ana Ruiz', 'Tom Hale', 'Priya Nair']));
  });

  it('a "Recommended for you" stream of teasers is furniture', () => {
    const teasers = '<div class="teasers"><p>"Prices will rise again," the central bank governor warned in a speech.</p><p>"We are not finished," the coach told reporters after the match.</p></div>';
    const html = `<html><body><article>${STORY.join('')}${teasers}</article></body></html>`;
    const r = analyze(html, { format: 'html' });
    expect(r.claims.map((c) => c.text).join(' ')).not.toMatch(/Prices will rise|not finished/);
    expect(r.claims.length).toBeGreaterThanOrEqual(5);
  });

  it('every paragraph of a story split by an ad is kept, a list of other columns is not', () => {
    const html = `<html><body><div class="article-body">${STORY.slice(0, 3).join('')}</div><div class="ad-slot"></div><div class="article-body">${STORY.slice(3).join('')}</div><ul class="more-from"><li><a href="/c1">"Why I quit," a columnist writes</a></li><li><a href="/c2">Another column</a></li></ul></body></html>`;
    const s = speakers(html);
    expect(s).toEqual(expect.arrayContaining(['Ana Ruiz', 'Tom Hale', 'Priya Nair']));
    expect(analyze(html, { format: 'html' }).document.plainText).not.toMatch(/Why I quit/);
  });
});
