/**
 * Light French stemmer: enough to merge plural, feminine and common verb forms
 * ("déclarer", "déclaré", "déclarées" → "declar"), then squeezes doubled letters
 * so that frequent misspellings ("adrese", "apel") meet the right word.
 * Input is one lower-case token without accents.
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

export function stem(token: string): string {
  if (!/^[a-z]+$/.test(token)) return token;
  let word = token;
  if (word.length > 3 && /[sx]$/.test(word) && !word.endsWith('ss')) word = word.slice(0, -1);
  const long = LONG_ENDINGS.find((end) => word.endsWith(end) && word.length - end.length >= 4);
  if (long) word = word.slice(0, -long.length);
  else {
    const short = SHORT_ENDINGS.find((end) => word.endsWith(end) && word.length - end.length >= 3);
    if (short) word = word.slice(0, -short.length);
  }
  return word.replace(/([a-z])\1+/g, '$1');
}
