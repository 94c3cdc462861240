/**
 * English versions of French knowledge: a translation file repeats the French file's texts, in the same
 * structure, and leaves out what does not depend on the language (ids, links, numbers, dates, the words
 * users type). `missingTranslations` lists what a translation lacks or adds; `overlay` puts the English
 * texts on the French data, so that the result is validated by the French file's own schema.
 */

type Tree = unknown;

export interface TranslationRules {
  /** Keys whose value is the same in every language: not repeated in the translation. */
  neutral: ReadonlySet<string>;
  /** Lists of texts must have as many items as the French ones (documents: yes; command words: no). */
  sameLength: boolean;
  /** Values that are references rather than texts (e.g. lists of situation ids): not repeated. */
  isReference?: (value: Tree) => boolean;
}

const isObject = (value: Tree): value is Record<string, Tree> => typeof value === 'object' && value !== null && !Array.isArray(value);
const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

/** Every text of `french` that `english` lacks, and every key `english` has that `french` does not: "field : problem". */
export function missingTranslations(french: Tree, english: Tree, rules: TranslationRules, path = ''): string[] {
  if (typeof french === 'string') return typeof english === 'string' && english.trim() !== '' ? [] : [`${path || '(racine)'} : traduction manquante`];
  if (Array.isArray(french)) {
    if (!Array.isArray(english)) return [`${path} : liste manquante`];
    const texts = french.every((item) => typeof item === 'string');
    if (texts && !rules.sameLength) return english.length > 0 ? [] : [`${path} : liste vide`];
    if (english.length !== french.length) return [`${path} : ${english.length} élément(s) au lieu de ${french.length}, comme en français`];
    return french.flatMap((item, i) => missingTranslations(item, english[i], rules, join(path, i)));
  }
  if (isObject(french)) {
    if (!isObject(english)) return [`${path || '(racine)'} : manquant`];
    const problems: string[] = [];
    for (const [key, value] of Object.entries(french)) {
      if (rules.neutral.has(key) || !hasText(value) || rules.isReference?.(value)) continue;
      if (!(key in english)) problems.push(`${join(path, key)} : traduction manquante`);
      else problems.push(...missingTranslations(value, english[key], rules, join(path, key)));
    }
    for (const key of Object.keys(english)) {
      if (!(key in french) && !rules.neutral.has(key)) problems.push(`${join(path, key)} : n'existe pas en français`);
    }
    return problems;
  }
  return [];
}

/** True when the value holds a text somewhere (numbers and booleans are the same in every language). */
function hasText(value: Tree): boolean {
  if (typeof value === 'string') return true;
  if (Array.isArray(value)) return value.some(hasText);
  if (isObject(value)) return Object.values(value).some(hasText);
  return false;
}

/** The French data with the English texts in place; lists are matched item by item. */
export function overlay(french: Tree, english: Tree): Tree {
  if (english === undefined) return french;
  if (Array.isArray(french) && Array.isArray(english)) {
    const texts = french.every((item) => typeof item === 'string');
    return texts ? english : french.map((item, i) => overlay(item, english[i]));
  }
  if (isObject(french) && isObject(english)) {
    const out: Record<string, Tree> = { ...french };
    for (const [key, value] of Object.entries(english)) out[key] = overlay(french[key], value);
    return out;
  }
  return english;
}
