/**
 * The one family of text normalisation, used by the core, the bot, the dialogs and the offline tools.
 * Every form starts from `foldAccents`; each member then keeps what its comparison needs:
 * - `normalizeChars`: words of a message for the understanding pipeline (punctuation kept for the tokenizer);
 * - `simplify`: a typed command or choice ("  Aide ! " → "aide");
 * - `placeKey`: a place name across sources ("Saint-Just-en-Chaussée" → "ST JUST EN CHAUSSEE").
 */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', Œ: 'OE', Æ: 'AE' };
const APOSTROPHES = /[’‘‛`´ʼ′]/g;
const COMBINING_MARKS = /\p{M}/gu;
const REPEATED_LETTERS = /(\p{L})\1{2,}/gu;
const END_PUNCTUATION = /^[\s.!?,;:]+|[\s.!?,;:]+$/g;

const NON_ASCII = /[^\0-\x7f]/;

/** Accents removed and ligatures spelled out, case kept: "Crèvecœur" → "Crevecoeur". */
export function foldAccents(text: string): string {
  // Plain ASCII has no accent, ligature nor combining mark.
  if (!NON_ASCII.test(text)) return text;
  return text
    .replace(/[œæßŒÆ]/g, (c) => LIGATURES[c] ?? c)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '');
}

/**
 * Character-level normalisation of French text: lower case, no accents, plain
 * apostrophes, ligatures spelled out, runs of 3+ identical letters squeezed.
 * Punctuation is kept for the tokenizer (apostrophes matter for elisions).
 */
export function normalizeChars(text: string): string {
  const folded = foldAccents(text.toLowerCase()).replace(APOSTROPHES, "'");
  return mayRepeatLetters(folded) ? folded.replace(REPEATED_LETTERS, '$1') : folded;
}

/** False when no character occurs three times in a row (nor any character outside the BMP): REPEATED_LETTERS would find nothing. */
function mayRepeatLetters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
    if (i >= 2 && c === text.charCodeAt(i - 1) && c === text.charCodeAt(i - 2)) return true;
  }
  return false;
}

/** Lower case, no accents, no punctuation at the ends, single spaces: "  Aide ! " → "aide". */
export function simplify(text: string): string {
  const base = foldAccents(text).toLowerCase().replace(APOSTROPHES, "'").replace(/\s+/g, ' ').trim();
  // "?" alone stays a word (the help command).
  return base.replace(END_PUNCTUATION, '') || base;
}

/** Upper-case, accent-free, punctuation-free form used to compare place names across sources. */
export function placeKey(name: string): string {
  const key = foldAccents(name)
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
  // Most texts name no saint: the whole text is not searched twice for nothing.
  return key.includes('SAINT') ? key.replace(/\bSAINTE\b/g, 'STE').replace(/\bSAINT\b/g, 'ST') : key;
}
