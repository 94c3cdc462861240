/** Small helpers over knowledge/messages.yaml: fill placeholders, compare what users type. */
import { simplify } from '../orientation/text/normalize.js';

export { fill } from '../knowledge/fill.js';
export { simplify };

/** The words of a list as compared, made once per list (lists come from the knowledge, which never changes). */
const simplified = new WeakMap<readonly string[], Set<string>>();

/** True when the text is exactly one of the words (ignoring case, accents and end punctuation). */
export function isOneOf(text: string, words: readonly string[]): boolean {
  const typed = simplify(text);
  if (typed.length === 0) return false;
  let set = simplified.get(words);
  if (!set) simplified.set(words, (set = new Set(words.map(simplify))));
  return set.has(typed);
}

/** Joins ["a", "b", "c"] as "a, b et c" (or with the given word: "a, b and c"). */
export function frenchList(items: readonly string[], and = 'et'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
