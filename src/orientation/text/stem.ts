/**
 * Light French stemmer: enough to merge plural, feminine and common verb forms
 * ("déclarer", "déclaré", "déclarées" → "declar"), then squeezes doubled letters
 * so that frequent misspellings ("adrese", "apel") meet the right word.
 * Input is one lower-case token without accents. Every word of every message goes
 * through it several times: plain character loops, no regular expression.
 */
const LONG_ENDINGS = [
  'issements',
  'issement',
  'ations',
  'ation',
  'ements',
  'ement',
  'eraient',
  'erions',
  'erais',
  'erait',
  'aient',
  'ions',
  'iez',
  'ait',
  'ais',
  'ant',
];
const SHORT_ENDINGS = ['ees', 'ee', 'er', 'ez', 'es', 'e'];

const A = 97;
const Z = 122;

/** Only letters a–z (at least one). */
function isPlainWord(token: string): boolean {
  if (token.length === 0) return false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < A || c > Z) return false;
  }
  return true;
}

/** Each run of one repeated letter kept once: "adresse" → "adrese". */
function squeeze(word: string): string {
  let i = 1;
  while (i < word.length && word.charCodeAt(i) !== word.charCodeAt(i - 1)) i++;
  if (i >= word.length) return word;
  let out = word.slice(0, i);
  for (; i < word.length; i++) if (word.charCodeAt(i) !== word.charCodeAt(i - 1)) out += word[i];
  return out;
}

/** The first ending of the list the word has, leaving at least `keep` letters; '' when none. */
function endingOf(word: string, endings: readonly string[], keep: number): string {
  for (const end of endings) if (word.length - end.length >= keep && word.endsWith(end)) return end;
  return '';
}

export function stem(token: string): string {
  if (!isPlainWord(token)) return token;
  let word = token;
  const last = word.charCodeAt(word.length - 1);
  if (word.length > 3 && (last === 115 || last === 120) && !word.endsWith('ss')) word = word.slice(0, -1); // s, x
  const long = endingOf(word, LONG_ENDINGS, 4);
  if (long) word = word.slice(0, -long.length);
  else {
    const short = endingOf(word, SHORT_ENDINGS, 3);
    if (short) word = word.slice(0, -short.length);
  }
  return squeeze(word);
}
