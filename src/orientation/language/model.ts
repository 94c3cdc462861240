/**
 * The language-identification model: the `eld` package (n-gram statistics, made for short texts), with its
 * "extrasmall" database limited to French and English. On the project's French and English messages (the
 * evaluation sets and the conversations' turns) it takes the same decisions as the "small" database or
 * better (a few more French messages bring an English conversation back to French, two short French ones
 * no longer turn a French conversation to English). It is loaded once, asynchronously, by the composition
 * root, and handed to the core; without it, only explicit requests ("in English please") change the language.
 *
 * Only French and English are ever asked of it, so it is loaded as eld's "subset database" of those two
 * languages (what eld's saveSubset() writes, a download in a web browser only): the n-grams that carry a
 * French or English score, with those scores, under the same language numbers. Scores are sums over the
 * message's n-grams per language, so the French and English scores, and the reliability, are exactly those
 * of the whole database with setLanguageSubset(['fr', 'en']); it holds 4,331 of the 49,553 n-grams (some
 * 25 MB less heap, and no 1 MB module to compile at start). The subset is derived once from the installed
 * package and saved under dist/ (`npm run build` writes it); when it cannot be used, the whole database is
 * loaded as before.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../../knowledge/projectRoot.js';

/** What the model says of a text: a score per language, and whether the result can be trusted. */
export interface LanguageScores {
  fr: number;
  en: number;
  reliable: boolean;
}

export interface LanguageModel {
  scores(text: string): LanguageScores;
}

const LANGUAGES = ['fr', 'en'];

/** eld's database format (src/ngrams/*.js): n-gram → language number → score. */
interface NgramsData {
  type: string;
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
}

interface Detector {
  detect(text: string): { getScores(): Record<string, number>; isReliable(): boolean };
  setLanguageSubset(languages: string[]): unknown;
}

const eldDir = join(projectRoot, 'node_modules', 'eld');

/** The n-grams that score one of `languages`, with those scores only; every language keeps its number. */
export function subsetDatabase(data: NgramsData, languages: readonly string[]): NgramsData {
  const ids = Object.keys(data.languages).filter((id) => languages.includes(data.languages[id]!));
  const ngrams: NgramsData['ngrams'] = {};
  for (const [ngram, scores] of Object.entries(data.ngrams)) {
    let kept: Record<string, number> | undefined;
    for (const id of ids) if (id in scores) (kept ??= {})[id] = scores[id]!;
    if (kept) ngrams[ngram] = kept;
  }
  return { type: data.type, languages: data.languages, ngrams };
}

/** The French and English subset: read from dist/ when saved for the installed eld version, else derived and saved. */
async function frenchEnglishDatabase(): Promise<NgramsData> {
  const { version } = JSON.parse(readFileSync(join(eldDir, 'package.json'), 'utf8')) as { version: string };
  const file = join(projectRoot, 'dist', 'language-model', `eld-${version}-extrasmall-${LANGUAGES.join('-')}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as NgramsData;
  } catch {
    const full = (await import(pathToFileURL(join(eldDir, 'src', 'ngrams', 'extrasmall.js')).href)) as { ngramsData: NgramsData };
    const subset = subsetDatabase(full.ngramsData, LANGUAGES);
    const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(temporary, JSON.stringify(subset));
      renameSync(temporary, file);
    } catch {
      // A read-only install derives it at every start.
    }
    return subset;
  }
}

/** A detector on the French and English subset, through eld's own detector; undefined if this eld version has none. */
async function subsetDetector(): Promise<Detector | undefined> {
  try {
    const { createEld } = (await import(pathToFileURL(join(eldDir, 'src', 'languageDetector.js')).href)) as {
      createEld: () => { instance: Detector; loadData: (data: NgramsData) => string };
    };
    const { instance, loadData } = createEld();
    if (!loadData(await frenchEnglishDatabase())) return undefined;
    return instance;
  } catch {
    return undefined;
  }
}

export async function loadLanguageModel(): Promise<LanguageModel> {
  const detector = (await subsetDetector()) ?? (await import('eld/extrasmall')).eld.newInstance();
  detector.setLanguageSubset(LANGUAGES);
  return {
    scores(text) {
      const result = detector.detect(text);
      const scores = result.getScores();
      return { fr: scores.fr ?? 0, en: scores.en ?? 0, reliable: result.isReliable() };
    },
  };
}
