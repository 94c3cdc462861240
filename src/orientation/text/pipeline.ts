import type { Lexicon } from '../../knowledge/schemas/lexicon.js';
import { normalizeChars } from './normalize.js';
import { PhraseMatcher } from './phrases.js';
import { stem } from './stem.js';
import { createAbbreviationReader, smsMap, tokenizeNormalized } from './tokenize.js';

/**
 * Turns text into matching terms, the same way for the knowledge and for messages:
 * words → stop words removed → stems → (optional typo correction) → synonyms rewritten.
 */
export interface TextPipeline {
  /** The text the words are read from: SMS spellings that are also abbreviations read by their context, then normalizeChars. */
  normalized(text: string): string;
  /** Normalised words, stop words kept (for intents). */
  words(text: string): readonly string[];
  /** Content stems, before synonyms (for cues that must see the user's own words). */
  stems(text: string): readonly string[];
  /** Content stems with synonyms rewritten to their canonical terms. */
  terms(text: string): readonly string[];
  /**
   * Like `terms`, for knowledge texts: a phrase variant keeps its own words before its canonical
   * terms, so a message naming only part of it ("indemnités") still meets "indemnités journalières".
   */
  documentTerms(text: string): readonly string[];
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

/**
 * Texts whose words and stems each pipeline remembers during one analysis, at most. A message is read
 * whole, by sentence and by part: a few hundred texts for 10,000 characters, each a piece of the
 * message, so what is remembered stays proportional to its length.
 */
const REMEMBERED_TEXTS = 1024;
/**
 * The caches of the analysis running, one per remembering function; null between analyses. They are made
 * afresh for each analysis and dropped at its end: what one analysis read never outlives it, and long-lived
 * caches holding short-lived texts would make every young-generation collection of the garbage collector
 * several times slower.
 */
let scope: Map<unknown, Map<string, unknown>> | null = null;

/**
 * Runs one analysis of a message during which every pipeline remembers the texts it has read: one
 * analysis reads the same text through the same pipeline several times (classifier, lexical match,
 * intents, regime, then each part of the message again). Nothing is remembered from one analysis to
 * the next: a message costs what it costs, however often it was seen.
 */
export function withRememberedTexts<T>(run: () => T): T {
  if (scope) return run();
  scope = new Map();
  try {
    return run();
  } finally {
    scope = null;
  }
}

/** `compute`, remembered during one analysis (see withRememberedTexts); results are shared, never changed. */
export function remembered<T>(compute: (text: string) => T): (text: string) => T {
  return (text) => {
    if (!scope) return compute(text);
    let cache = scope.get(compute) as Map<string, T> | undefined;
    if (!cache) scope.set(compute, (cache = new Map()));
    let result = cache.get(text);
    if (result === undefined) {
      result = compute(text);
      if (cache.size < REMEMBERED_TEXTS) cache.set(text, result);
    }
    return result;
  };
}

/**
 * `normalizeChars`, remembered during one analysis: the understanding, the regime and feeling readers read the
 * same message (and its sentences and parts) through it.
 */
export const normalizedChars: (text: string) => string = remembered(normalizeChars);

/** Words and content stems depend on the lexicon only: pipelines built from one lexicon share them. */
const readersByLexicon = new WeakMap<
  Lexicon,
  {
    normalized: (text: string) => string;
    words: (text: string) => readonly string[];
    contentStems: (text: string) => readonly string[];
    stopwords: Set<string>;
  }
>();

function readersOf(lexicon: Lexicon) {
  let readers = readersByLexicon.get(lexicon);
  if (!readers) {
    const sms = smsMap(lexicon.sms);
    const stopwords = new Set(lexicon.stopwords.map((w) => normalizeChars(w)));
    const abbreviations = createAbbreviationReader(lexicon);
    const normalized = remembered((text: string) => normalizedChars(abbreviations(text)));
    const words = remembered((text: string) => tokenizeNormalized(normalized(text), sms));
    const contentStems = remembered((text: string) =>
      words(text)
        .filter((w) => !stopwords.has(w))
        .map(stem),
    );
    readers = { normalized, words, contentStems, stopwords };
    readersByLexicon.set(lexicon, readers);
  }
  return readers;
}

/** Synonyms depend on the lexicon only: the pipelines built from one lexicon (several at start) share them, never changed once built. */
const synonymsByLexicon = new WeakMap<
  Lexicon,
  { synonyms: PhraseMatcher<readonly string[]>; phrases: PhraseMatcher<readonly string[]>; synonymVocabulary: Set<string> }
>();

function synonymsOf(lexicon: Lexicon, contentStems: (text: string) => readonly string[]) {
  let built = synonymsByLexicon.get(lexicon);
  if (!built) {
    const synonyms = new PhraseMatcher<readonly string[]>();
    const phrases = new PhraseMatcher<readonly string[]>();
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
    built = { synonyms, phrases, synonymVocabulary };
    synonymsByLexicon.set(lexicon, built);
  }
  return built;
}

export function createTextPipeline(lexicon: Lexicon, options: PipelineOptions = {}): TextPipeline {
  const { normalized, words, contentStems, stopwords } = readersOf(lexicon);
  const { synonyms, phrases, synonymVocabulary } = synonymsOf(lexicon, contentStems);
  const { correct, ignore } = options;
  const stems = remembered((text: string) => (correct ? contentStems(text).map(correct) : contentStems(text)));
  const kept = (terms: readonly string[]) => (ignore && terms.some((t) => ignore.has(t)) ? terms.filter((t) => !ignore.has(t)) : terms);
  return {
    normalized,
    words,
    stems,
    terms: remembered((text) => kept(synonyms.replace(stems(text), (canonical) => canonical))),
    documentTerms: (text) => kept(phrases.replace(stems(text), (expanded) => expanded)),
    synonymVocabulary,
    stopwords,
  };
}
