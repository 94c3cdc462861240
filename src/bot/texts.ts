/** Small helpers over knowledge/messages.yaml: fill placeholders, compare what users type. */
import { simplify } from '../orientation/text/normalize.js';

export { fill } from '../knowledge/fill.js';
export { simplify };

/** True when the text is exactly one of the words (ignoring case, accents and end punctuation). */
export function isOneOf(text: string, words: readonly string[]): boolean {
  const typed = simplify(text);
  return typed.length > 0 && words.some((w) => simplify(w) === typed);
}

/** Joins ["a", "b", "c"] as "a, b et c" (or with the given word: "a, b and c"). */
export function frenchList(items: readonly string[], and = 'et'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
