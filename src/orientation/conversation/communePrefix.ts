/**
 * Communes of one département named by the start of their name ("beauvai", "pont ste max"), or misspelt
 * by a letter or two ("grandviliers"): what people type when they cut a long name short or type fast. Only a unique match counts, for 4 letters or more and most of the
 * name, so that an ordinary word ("aprem") is never taken for a commune (Apremont).
 */
import levenshtein from 'damerau-levenshtein';
import Fuse from 'fuse.js';
import type { Commune } from '../../knowledge/schemas/commune.js';
import { placeKey } from '../text/normalize.js';

const MIN_LETTERS = 4;
/** The typed start must be at least this share of the name: "aprem" is not Apremont. */
const MIN_SHARE = 0.7;
/** A misspelt name ("grandviliers") of this many letters or more is looked up approximately. */
const MIN_FUZZY_LETTERS = 6;
/** The first words of a name, written in full, name it when they have this many letters. */
const MIN_FIRST_WORDS_LETTERS = 6;
/** Fuse.js score below which a misspelling is close enough (0 = identical). */
const FUZZY_THRESHOLD = 0.15;

export function createCommunePrefixFinder(communes: readonly Commune[], departement: string): (text: string, options?: { cued?: boolean }) => Commune | null {
  const keyed = communes.filter((c) => c.departement === departement).map((commune) => ({ commune, key: placeKey(commune.name) }));
  // Indexed on the first misspelt name (some 20 ms): a start and most turns never need it.
  let fuzzy: Fuse<(typeof keyed)[number]> | undefined;
  return (text, options = {}) => {
    const key = placeKey(text);
    if (key.replace(/[^A-Z]/g, '').length < MIN_LETTERS) return null;
    // Right after a place cue ("près de crepy"), a first word of 4 letters written in full is enough.
    const firstWordsLetters = options.cued ? MIN_LETTERS : MIN_FIRST_WORDS_LETTERS;
    const exact = keyed.filter((c) => c.key === key);
    if (exact.length === 1) return exact[0]?.commune ?? null;
    // Each typed word starts the corresponding word of the name ("PONT STE MAX" → "PONT STE MAXENCE").
    const typed = key.split(' ');
    const fits = keyed.filter(({ key: name }) => {
      const words = name.split(' ');
      return typed.length <= words.length && typed.every((w, i) => words[i]?.startsWith(w)) && key.length >= MIN_SHARE * name.length;
    });
    if (fits.length === 1) return fits[0]?.commune ?? null;
    // The first word(s) of a longer name written in full ("ribecourt" for Ribécourt-Dreslincourt).
    const named = keyed.filter(({ key: name }) => {
      const words = name.split(' ');
      return typed.length < words.length && typed.every((w, i) => words[i] === w) && key.replace(/[^A-Z]/g, '').length >= firstWordsLetters;
    });
    if (fits.length === 0 && named.length === 1) return named[0]?.commune ?? null;
    if (fits.length > 1 || key.replace(/[^A-Z]/g, '').length < MIN_FUZZY_LETTERS) return null;
    fuzzy ??= new Fuse(keyed, { keys: ['key'], includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true });
    const [best, second] = fuzzy.search(key, { limit: 2 });
    const close = best && (best.score ?? 1) <= FUZZY_THRESHOLD;
    const clear = !second || (second.score ?? 1) - (best?.score ?? 0) > FUZZY_THRESHOLD / 2;
    return close && clear ? best.item.commune : null;
  };
}

/** Letters per allowed typo (a letter missing, added, changed or two swapped) in a name typed alone. */
const LETTERS_PER_TYPO = 5;
/** A word of a sentence is a commune with a typo only with one typo at most, and this many letters. */
const IN_SENTENCE_LETTERS = 7;

/**
 * A commune typed with a typo ("noyonn", "beauvias", "clremont", "senlsi"), as an answer to "which
 * commune?", as the argument of a command, or as a long word of a question about a place: the one commune
 * of the département whose name starts with the same letter and is the only one within the allowed
 * Damerau-Levenshtein distance (one typo per 5 letters; a single typo, 7 letters or more, inside a sentence).
 */
export function createCommuneSpeller(communes: readonly Commune[], departement: string): (text: string, options?: { inSentence?: boolean }) => Commune | null {
  // Keyed on the first name to spell (some 10 ms): a start and most turns never need it.
  let keyed: { commune: Commune; key: string }[] | undefined;
  return (text, options = {}) => {
    const key = placeKey(text).replace(/[^A-Z]/g, '');
    if (key.length < MIN_LETTERS + 1 || (options.inSentence && key.length < IN_SENTENCE_LETTERS)) return null;
    keyed ??= communes.filter((c) => c.departement === departement).map((commune) => ({ commune, key: placeKey(commune.name).replace(/[^A-Z]/g, '') }));
    const allowed = options.inSentence ? 1 : Math.max(1, Math.floor(key.length / LETTERS_PER_TYPO));
    const near = keyed
      .filter((c) => c.key[0] === key[0] && Math.abs(c.key.length - key.length) <= allowed)
      .map((c) => ({ commune: c.commune, steps: levenshtein(key, c.key).steps }))
      .filter((c) => c.steps <= allowed)
      .sort((a, b) => a.steps - b.steps);
    const [best, second] = near;
    return best && (!second || second.steps > best.steps) ? best.commune : null;
  };
}
