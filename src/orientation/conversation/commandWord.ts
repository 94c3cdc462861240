/**
 * The command a typed word names, with a typo ("horaire", "sties", "fich"): the exact name, or the one
 * name fuse.js finds close enough, for words of 4 letters or more. Pure and synchronous.
 */
import Fuse from 'fuse.js';

const MIN_LETTERS = 4;
/** Fuse.js score (0 = identical) under which a typed word names a command. */
const THRESHOLD = 0.3;

export function createCommandMatcher(names: readonly string[]): (word: string) => string | null {
  const fuse = new Fuse([...names], { includeScore: true, threshold: THRESHOLD, ignoreLocation: true });
  return (word) => {
    if (names.includes(word)) return word;
    if (word.length < MIN_LETTERS) return null;
    const [best, second] = fuse.search(word, { limit: 2 });
    if (!best || (best.score ?? 1) > THRESHOLD) return null;
    return second && second.score === best.score ? null : best.item;
  };
}
