// A light English stemmer (Porter's steps 1a-1c and the commonest derivational suffixes): enough to
// match "surviving" with "survived" and "protesters" with "protest" without a dictionary.

const VOWEL = /[aeiouy]/;
const measure = (s: string) => (s.replace(/[^aeiouy]+/g, 'C').replace(/[aeiouy]+/g, 'V').match(/VC/g) ?? []).length;
const hasVowel = (s: string) => VOWEL.test(s);
const cvc = (s: string) => /[^aeiou][aeiouy][^aeiouwxy]$/.test(s);

const STEP2: [string, string][] = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['abli', 'able'], ['alli', 'al'],
  ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate'], ['alism', 'al'],
  ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'], ['iviti', 'ive'], ['biliti', 'ble'],
];
const STEP3: [string, string][] = [['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', '']];
const STEP4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize'];

/** The stem of a lower-case word. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || !/^[a-z]+$/.test(w)) return w;
  // Step 1a: plurals.
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (!w.endsWith('ss') && w.endsWith('s')) w = w.slice(0, -1);
  // Step 1b: -ed, -ing.
  let trimmed = false;
  if (w.endsWith('eed')) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
  } else if (w.endsWith('ed') && hasVowel(w.slice(0, -2))) {
    w = w.slice(0, -2);
    trimmed = true;
  } else if (w.endsWith('ing') && hasVowel(w.slice(0, -3))) {
    w = w.slice(0, -3);
    trimmed = true;
  }
  if (trimmed) {
    if (/(at|bl|iz)$/.test(w)) w += 'e';
    else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
    else if (measure(w) === 1 && cvc(w)) w += 'e';
  }
  // Step 1c: y -> i.
  if (w.endsWith('y') && hasVowel(w.slice(0, -1))) w = w.slice(0, -1) + 'i';
  for (const [from, to] of STEP2) if (w.endsWith(from)) {
    if (measure(w.slice(0, -from.length)) > 0) w = w.slice(0, -from.length) + to;
    break;
  }
  for (const [from, to] of STEP3) if (w.endsWith(from)) {
    if (measure(w.slice(0, -from.length)) > 0) w = w.slice(0, -from.length) + to;
    break;
  }
  for (const suffix of STEP4) if (w.endsWith(suffix)) {
    const base = w.slice(0, -suffix.length);
    if (measure(base) > 1 && (suffix !== 'ion' || /[st]$/.test(base))) w = base;
    break;
  }
  if (w.endsWith('e') && (measure(w.slice(0, -1)) > 1 || (measure(w.slice(0, -1)) === 1 && !cvc(w.slice(0, -1))))) w = w.slice(0, -1);
  if (w.endsWith('ll') && measure(w) > 1) w = w.slice(0, -1);
  return w;
}
