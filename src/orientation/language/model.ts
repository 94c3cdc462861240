/**
 * The language-identification model: the `eld` package (n-gram statistics, made for short texts), with its
 * "extrasmall" database limited to French and English. On the project's French and English messages (the
 * evaluation sets and the conversations' turns) it takes the same decisions as the "small" database or
 * better (a few more French messages bring an English conversation back to French, two short French ones
 * no longer turn a French conversation to English), for half the load time and some 65 MB less resident
 * memory. It is loaded once, asynchronously, by the composition root, and handed to the core; without it,
 * only explicit requests ("in English please") change the language.
 */

/** What the model says of a text: a score per language, and whether the result can be trusted. */
export interface LanguageScores {
  fr: number;
  en: number;
  reliable: boolean;
}

export interface LanguageModel {
  scores(text: string): LanguageScores;
}

export async function loadLanguageModel(): Promise<LanguageModel> {
  const { eld } = await import('eld/extrasmall');
  const detector = eld.newInstance();
  detector.setLanguageSubset(['fr', 'en']);
  return {
    scores(text) {
      const result = detector.detect(text);
      const scores = result.getScores();
      return { fr: scores.fr ?? 0, en: scores.en ?? 0, reliable: result.isReliable() };
    },
  };
}
