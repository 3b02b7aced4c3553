// Which part of a page is the article. One outermost <article> element is taken as it is. Otherwise
// paragraphs vote for their containers the way Mozilla's Readability scores them (a point, one per
// comma, one per hundred characters; full to the parent, half to the grandparent, a sixth above),
// containers are weighted by tag and by class names, and discounted by the share of their text that
// is link text. The best container is the article, with the siblings that score near it.
// Readability itself clones the DOM and serializes what it keeps, losing source offsets; this keeps
// only element extents in the page, so the article stays a set of ranges of the caller's HTML.

/** An element as the parser saw it: its extent in the page and the text statistics under it. */
export interface El {
  name: string;
  start: number;
  end: number;
  parent: number;
  /** Visible text length under the element, of which `links` is inside <a>. */
  text: number;
  links: number;
  commas: number;
  /** Visible text directly in the element (not in child elements closed before it counted). */
  own: number;
  score: number;
  scored: boolean;
  hidden: boolean;
  hidesSelf: boolean;
  depth: number;
  /** Class, id and itemprop, for the class weight. */
  cls: string;
}

const PARAGRAPHS = new Set(['p', 'pre', 'td', 'blockquote']);
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|articlebody/i;
const NEGATIVE = /-ad-|hidden|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|nav|menu/i;

function baseScore(el: El): number {
  let s = 0;
  if (el.name === 'div' || el.name === 'main') s += 5;
  else if (el.name === 'article') s += 10;
  else if (el.name === 'pre' || el.name === 'td' || el.name === 'blockquote') s += 3;
  else if (/^(address|ol|ul|dl|dd|dt|li|form)$/.test(el.name)) s -= 3;
  else if (/^(h[1-6]|th)$/.test(el.name)) s -= 5;
  if (el.cls.trim()) {
    if (NEGATIVE.test(el.cls)) s -= 25;
    if (POSITIVE.test(el.cls)) s += 25;
  }
  return s;
}

/** Called when an element closes (its text counted): a paragraph gives its score to its ancestors. */
export function scoreParagraph(els: El[], idx: number, stack: number[]): void {
  const el = els[idx];
  const paragraph = PARAGRAPHS.has(el.name) || ((el.name === 'div' || el.name === 'section') && el.own >= 80);
  if (!paragraph || el.text < 25) return;
  const score = 1 + el.commas + Math.min(3, Math.floor(el.text / 100));
  for (let level = 0; level < 3 && stack.length - 1 - level >= 0; level++) {
    const anc = els[stack[stack.length - 1 - level]];
    if (anc.hidden) continue;
    if (!anc.scored) {
      anc.scored = true;
      anc.score = baseScore(anc);
    }
    anc.score += score / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
  }
}

const adjusted = (el: El) => el.score * (1 - (el.text ? el.links / el.text : 0));

const SIDE = /(?<![a-z0-9])(sidebar|side-?bar|aside|rail|promo\w*|teaser\w*|related|recommend\w*|widget|card|cards)(?![a-z0-9])/i;

/**
 * An <article> that is the story, not a promotion: not short, not mostly links, not in a sidebar or
 * rail, and not much smaller than the best-scored container of the page outside it.
 */
function isStoryArticle(els: readonly El[], a: El, best: El | null): boolean {
  if (a.text < 25 || (a.text && a.links / a.text > 0.5)) return false;
  for (let p = a.parent; p > 0; p = els[p].parent) if (SIDE.test(els[p].cls)) return false;
  const bestOutside = best && !(best.start >= a.start && best.end <= a.end) ? best : null;
  return !bestOutside || a.text >= 0.5 * bestOutside.text;
}

/** The article's ranges in the page, in order; null when the whole page is the article. */
export function chooseContent(els: El[]): [number, number][] | null {
  // Elements come in document order, so a parent is always seen before its children.
  const inArticle = new Uint8Array(els.length);
  const outer: El[] = [];
  for (let i = 1; i < els.length; i++) {
    const p = els[i].parent;
    inArticle[i] = inArticle[p] || (els[p].name === 'article' ? 1 : 0);
    if (els[i].name === 'article' && !inArticle[i] && !els[i].hidden) outer.push(els[i]);
  }
  let best = -1;
  for (let i = 0; i < els.length; i++) if (els[i].scored && !els[i].hidden && (best < 0 || adjusted(els[i]) > adjusted(els[best]))) best = i;
  const big = outer.filter((a) => isStoryArticle(els, a, best > 0 ? els[best] : null));
  if (big.length === 1) return [[big[0].start, big[0].end]];
  if (best <= 0) return null;
  const top = els[best];
  const bar = Math.max(10, adjusted(top) * 0.2);
  const ranges: [number, number][] = [];
  for (let i = 1; i < els.length; i++) {
    const el = els[i];
    if (el.parent !== top.parent || el.hidden) continue;
    const density = el.text ? el.links / el.text : 1;
    if (i === best || (el.scored && adjusted(el) >= bar) || (el.name === 'p' && el.text > 80 && density < 0.25)) ranges.push([el.start, el.end]);
  }
  return ranges;
}
