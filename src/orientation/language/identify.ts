/**
 * Which language to answer a message in: an explicit request ("in English please", "en français svp")
 * wins; otherwise the language-identification model (./model.ts) changes the conversation's language only
 * when it is sure, so that a commune name, a number or "ok" never flips it.
 */
import type { Language, LanguagesFile } from '../../knowledge/schemas/languages.js';
import { normalizeChars } from '../text/normalize.js';
import type { LanguageModel } from './model.js';

export type { Language } from '../../knowledge/schemas/languages.js';

export interface LanguageChoice {
  /** The language to answer in from this message on. */
  language: Language;
  /** "asked": an explicit request; "detected": the model changed it; "kept": the conversation's language stays. */
  reason: 'asked' | 'detected' | 'kept';
  /** The message is only the request ("in English please"): nothing else to answer. */
  alone?: boolean;
}

/**
 * A message shorter than this (in words) keeps the conversation's language: too little to be sure. A
 * hyphenated compound ("Pont-Sainte-Maxence", "rendez-vous") is one word.
 */
export const MIN_WORDS = 3;
/** English score minus French score needed to leave French (measured on the project's French and English examples). */
export const TO_ENGLISH_MARGIN = 0.05;
/**
 * Up to this many words, a message needs a larger lead to leave French: a few French nouns ("allocation
 * familiale caf") can read English to the model, while the short English messages seen are clearer.
 */
export const SHORT_MESSAGE_WORDS = 5;
export const SHORT_TO_ENGLISH_MARGIN = 0.11;
/** French score minus English score needed to leave English: higher, since English messages name French procedures. */
export const TO_FRENCH_MARGIN = 0.15;

/** Lower case, no accents, words separated by single spaces. */
function simplify(text: string): string {
  return normalizeChars(text)
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

export type LanguageIdentifier = (text: string, current: Language) => LanguageChoice;

/** Without a model, only explicit requests change the language. */
export function createLanguageIdentifier(file: LanguagesFile, model?: LanguageModel): LanguageIdentifier {
  const requests = (Object.entries(file.switchTo) as [Language, string[]][]).flatMap(([language, phrases]) =>
    phrases.map((phrase) => ({ language, phrase: simplify(phrase), words: simplify(phrase).split(' ').length })),
  );
  // Longest first: "in French please" before "French".
  requests.sort((a, b) => b.phrase.length - a.phrase.length);

  const asked = (message: string) => {
    const padded = ` ${message} `;
    return requests.find((r) => message === r.phrase || (r.words >= 2 && padded.includes(` ${r.phrase} `))) ?? null;
  };

  return (text, current) => {
    const message = simplify(text);
    const request = asked(message);
    if (request) return { language: request.language, reason: 'asked', alone: message === request.phrase };
    const words = normalizeChars(text).match(/\p{L}+(?:-\p{L}+)*/gu)?.length ?? 0;
    if (!model || words < MIN_WORDS) return { language: current, reason: 'kept' };
    const scores = model.scores(text);
    if (!scores.reliable) return { language: current, reason: 'kept' };
    const lead = scores.en - scores.fr;
    const toEnglish = words <= SHORT_MESSAGE_WORDS ? SHORT_TO_ENGLISH_MARGIN : TO_ENGLISH_MARGIN;
    if (current === 'fr' && lead >= toEnglish) return { language: 'en', reason: 'detected' };
    if (current === 'en' && -lead >= TO_FRENCH_MARGIN) return { language: 'fr', reason: 'detected' };
    return { language: current, reason: 'kept' };
  };
}
