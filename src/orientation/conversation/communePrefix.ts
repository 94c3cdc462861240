/**
 * Communes of one département named by the start of their name ("beauvai", "pont ste max"), or misspelt
 * by a letter or two ("grandviliers"): what people type when they cut a long name short or type fast. Only a unique match counts, for 4 letters or more and most of the
 * name, so that an ordinary word ("aprem") is never taken for a commune (Apremont).
 */
import Fuse from 'fuse.js';
import type { Commune } from '../../knowledge/schemas/commune.js';
import { placeKey } from '../text/normalize.js';

const MIN_LETTERS = 4;
/** The typed start must be at least this share of the name: "aprem" is not Apremont. */
const MIN_SHARE = 0.7;
/** A misspelt name ("grandviliers") of this many letters or more is looked up approximately. */
const MIN_FUZZY_LETTERS = 6;
/** Fuse.js score below which a misspelling is close enough (0 = identical). */
const FUZZY_THRESHOLD = 0.15;

export function createCommunePrefixFinder(communes: readonly Commune[], departement: string): (text: string) => Commune | null {
  const keyed = communes.filter((c) => c.departement === departement).map((commune) => ({ commune, key: placeKey(commune.name) }));
  const fuzzy = new Fuse(keyed, { keys: ['key'], includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true });
  return (text) => {
    const key = placeKey(text);
    if (key.replace(/[^A-Z]/g, '').length < MIN_LETTERS) return null;
    const exact = keyed.filter((c) => c.key === key);
    if (exact.length === 1) return exact[0]?.commune ?? null;
    // Each typed word starts the corresponding word of the name ("PONT STE MAX" → "PONT STE MAXENCE").
    const typed = key.split(' ');
    const fits = keyed.filter(({ key: name }) => {
      const words = name.split(' ');
      return typed.length <= words.length && typed.every((w, i) => words[i]?.startsWith(w)) && key.length >= MIN_SHARE * name.length;
    });
    if (fits.length === 1) return fits[0]?.commune ?? null;
    if (fits.length > 1 || key.replace(/[^A-Z]/g, '').length < MIN_FUZZY_LETTERS) return null;
    const [best, second] = fuzzy.search(key, { limit: 2 });
    const close = best && (best.score ?? 1) <= FUZZY_THRESHOLD;
    const clear = !second || (second.score ?? 1) - (best?.score ?? 0) > FUZZY_THRESHOLD / 2;
    return close && clear ? best.item.commune : null;
  };
}

/** A misspelt commune typed alone may be this far (Fuse.js score) from its name… */
const SPELLING_THRESHOLD = 0.34;
/** …and must be this much closer than the next commune. */
const SPELLING_MARGIN = 0.1;

/**
 * A commune typed alone with a typo ("noyonn", "beauvias", "clremont", "senlsi"), as an answer to "which
 * commune?" or as the argument of a command: the one commune of the département whose name starts with
 * the same letter, has a similar length and is clearly the closest (fuse.js), as the spelling corrector
 * of the understanding does for words. Never used on parts of a sentence, where ordinary words would match.
 */
export function createCommuneSpeller(communes: readonly Commune[], departement: string): (text: string) => Commune | null {
  const keyed = communes.filter((c) => c.departement === departement).map((commune) => ({ commune, key: placeKey(commune.name).replace(/[^A-Z]/g, '') }));
  const buckets = new Map<string, Fuse<(typeof keyed)[number]>>();
  const bucket = (first: string, length: number) => {
    const id = `${first}${length}`;
    let fuse = buckets.get(id);
    if (!fuse) {
      const near = keyed.filter((c) => c.key[0] === first && Math.abs(c.key.length - length) <= 2);
      fuse = new Fuse(near, { keys: ['key'], includeScore: true, threshold: SPELLING_THRESHOLD, ignoreLocation: true });
      buckets.set(id, fuse);
    }
    return fuse;
  };
  return (text) => {
    const key = placeKey(text).replace(/[^A-Z]/g, '');
    if (key.length < MIN_LETTERS + 1) return null;
    const [best, second] = bucket(key[0] ?? '', key.length).search(key, { limit: 2 });
    if (!best || (best.score ?? 1) > SPELLING_THRESHOLD) return null;
    const clear = !second || (second.score ?? 1) - (best.score ?? 0) >= SPELLING_MARGIN;
    return clear ? best.item.commune : null;
  };
}
