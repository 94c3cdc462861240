/**
 * Commune names that are also ordinary words or first names ("Y", "Eu", "Sens", "La Chambre", "L'Hôpital").
 * The word list lives in knowledge/lexicon.yaml (`placeStopWords`); this turns it into a test on name keys.
 */
import { placeKey } from '../text/normalize.js';

const articles = new Set(['LE', 'LA', 'LES', 'L']);

/** Builds the test: true when every word of a name key, articles aside, is an ordinary word. */
export function ordinaryNameTest(placeStopWords: readonly string[]): (key: string) => boolean {
  const words = new Set(placeStopWords.flatMap((w) => placeKey(w).split(' ')).filter(Boolean));
  return (key) =>
    key
      .split(' ')
      .filter((t) => !articles.has(t))
      .every((t) => words.has(t));
}
