import { Memo } from '../text/memo.js';
import { stem } from './stem.js';

const TERM = /\d+(?:\.\d+)?%?|[\p{L}]+/gu;
const STOP = new Set('a an the and or but if of to in on at by for with from as is are was were be been being this that these those it its it\'s he she they we you i his her their our your my me him them us not no do does did has have had will would can could should may might must shall than then so such there here what which who whom whose when where why how all any each both few more most other some own same too very just also only about into over after before under again further once out up down off above below between through during while because until against via per rt amp https http www com co'.split(' '));

/** Links, which name no claim: URLs and a tweet's picture link. */
export const LINKS = /https?:\/\/\S+|pic\.twitter\.com\/\S+|www\.\S+/g;

const NUMBER_WORDS = new Map(Object.entries({ one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12', twenty: '20', thirty: '30', forty: '40', fifty: '50', hundred: '100', thousand: '1000', million: '1000000', billion: '1000000000', percent: '%' }));

// Stemming is most of the cost of indexing, and a collection repeats its words.
const stems = new Memo<string>(100_000);
const stemmed = (word: string): string => stems.get(word, stem);

/**
 * Terms for lexical matching: lower case, URLs, handles and tweet boilerplate removed, numbers
 * normalized ("1,000" = "1000", "ten" = "10", "70%" = "70 %"), stop words dropped, stemmed.
 */
export function terms(text: string): string[] {
  // Hashtags and handles are split at their capitals before lower-casing: #BuildTheWall, @realDonaldTrump.
  const cleaned = text
    .replace(LINKS, ' ')
    .replace(/[#@](\w+)/g, (_, tag: string) => ` ${tag.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ')} `)
    .toLowerCase()
    .replace(/(\d),(\d{3})/g, '$1$2')
    .replace(/[\u2018\u2019']/g, '');
  const out: string[] = [];
  for (const m of cleaned.matchAll(TERM)) {
    let w = m[0];
    if (w.endsWith('%')) {
      out.push(w.slice(0, -1), '%');
      continue;
    }
    w = NUMBER_WORDS.get(w) ?? w;
    if (STOP.has(w) || (w.length < 2 && !/\d/.test(w))) continue;
    out.push(/\d/.test(w) ? w : stemmed(w));
  }
  return out;
}

/**
 * Splits hashtags and handles written without capitals ("#stonemanshooting", "@georgesoros") into
 * words the index knows, fewest pieces first; tags with capitals are split at them by `terms`.
 * @example splitTags('#stonemanshooting', (t) => known.has(t)); // '#stonemanshooting stoneman shooting'
 */
export function splitTags(text: string, known: (term: string) => boolean): string {
  return text.replace(/([#@])([A-Za-z0-9]{6,40})\b/g, (whole, mark: string, given: string) => {
    // Only single words as written: "GeorgeSoros" is split at its capitals by `terms`.
    if (!/^(?:[A-Z]?[a-z0-9]+|[A-Z0-9]+)$/.test(given)) return whole;
    const tag = given.toLowerCase();
    if (known(stem(tag))) return whole;
    const pieces = segment(tag, known);
    return pieces ? `${whole} ${pieces.join(' ')}` : whole;
  });
}

function segment(word: string, known: (term: string) => boolean): string[] | undefined {
  // best[i]: fewest known pieces covering word.slice(0, i).
  const best: (string[] | undefined)[] = [[]];
  for (let i = 1; i <= word.length; i++) {
    for (let j = Math.max(0, i - 20); j <= i - 2; j++) {
      const prev = best[j];
      const piece = word.slice(j, i);
      if (!prev || (best[i] && best[i]!.length <= prev.length + 1)) continue;
      if (/^\d+$/.test(piece) || STOP.has(piece) || known(stem(piece))) best[i] = [...prev, piece];
    }
  }
  const out = best[word.length];
  return out && out.length > 1 ? out : undefined;
}
