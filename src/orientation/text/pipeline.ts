import type { Lexicon } from '../../knowledge/schemas/lexicon.js';
import { normalizeChars } from './normalize.js';
import { PhraseMatcher } from './phrases.js';
import { stem } from './stem.js';
import { smsMap, tokenize } from './tokenize.js';

/**
 * Turns text into matching terms, the same way for the knowledge and for messages:
 * words → stop words removed → stems → (optional typo correction) → synonyms rewritten.
 */
export interface TextPipeline {
  /** Normalised words, stop words kept (for intents). */
  words(text: string): string[];
  /** Content stems, before synonyms (for cues that must see the user's own words). */
  stems(text: string): string[];
  /** Content stems with synonyms rewritten to their canonical terms. */
  terms(text: string): string[];
  /**
   * Like `terms`, for knowledge texts: a phrase variant keeps its own words before its canonical
   * terms, so a message naming only part of it ("indemnités") still meets "indemnités journalières".
   */
  documentTerms(text: string): string[];
  /** Known stems that synonyms produce or recognise (vocabulary for typo correction). */
  readonly synonymVocabulary: ReadonlySet<string>;
  /** Normalised stop words. */
  readonly stopwords: ReadonlySet<string>;
}

export interface PipelineOptions {
  /** Fixes an unknown stem (typo); returns it unchanged when nothing is close. */
  correct?: (stem: string) => string;
  /** Stems that never tell the procedure (place names); dropped from terms. */
  ignore?: ReadonlySet<string>;
}

export function createTextPipeline(lexicon: Lexicon, options: PipelineOptions = {}): TextPipeline {
  const sms = smsMap(lexicon.sms);
  const stopwords = new Set(lexicon.stopwords.map((w) => normalizeChars(w)));
  const contentStems = (text: string) =>
    tokenize(text, sms)
      .filter((w) => !stopwords.has(w))
      .map(stem);
  const synonyms = new PhraseMatcher<string[]>();
  const phrases = new PhraseMatcher<string[]>();
  const synonymVocabulary = new Set<string>();
  for (const entry of [...lexicon.synonyms, ...lexicon.english]) {
    const canonical = contentStems(entry.canonical);
    canonical.forEach((t) => synonymVocabulary.add(t));
    for (const variant of entry.variants) {
      const tokens = contentStems(variant);
      tokens.forEach((t) => synonymVocabulary.add(t));
      if (tokens.join(' ') === canonical.join(' ')) continue;
      synonyms.add(tokens, canonical);
      phrases.add(tokens, tokens.length > 1 ? [...tokens, ...canonical] : canonical);
    }
  }
  const { correct, ignore } = options;
  const stems = (text: string) => (correct ? contentStems(text).map(correct) : contentStems(text));
  const kept = (terms: string[]) => (ignore ? terms.filter((t) => !ignore.has(t)) : terms);
  return {
    words: (text) => tokenize(text, sms),
    stems,
    terms: (text) => kept(synonyms.replace(stems(text), (canonical) => canonical)),
    documentTerms: (text) => kept(phrases.replace(stems(text), (expanded) => expanded)),
    synonymVocabulary,
    stopwords,
  };
}
