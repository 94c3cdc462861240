/**
 * Character-level normalisation of French text: lower case, no accents, plain
 * apostrophes, ligatures spelled out, runs of 3+ identical letters squeezed.
 * Punctuation is kept for the tokenizer (apostrophes matter for elisions).
 */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };
const APOSTROPHES = /[’‘‛`´ʼ′]/g;
const COMBINING_MARKS = /\p{M}/gu;
const REPEATED_LETTERS = /(\p{L})\1{2,}/gu;

export function normalizeChars(text: string): string {
  return text
    .toLowerCase()
    .replace(/[œæß]/g, (c) => LIGATURES[c] ?? c)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(REPEATED_LETTERS, '$1');
}

/** Upper-case, accent-free, punctuation-free form used to compare place names across sources. */
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim()
    .replace(/\bSAINTE\b/g, 'STE')
    .replace(/\bSAINT\b/g, 'ST');
}
