/**
 * Trained statistical classifier: naive Bayes (wink-naive-bayes-text-classifier) over word
 * stems and stem pairs, one class per procedure plus one for "out of scope". Trained at
 * start-up from knowledge/training/ plus each procedure's title, keywords and examples;
 * counting has no randomness and the order is fixed, so the same knowledge always gives
 * the same scores.
 */
import { createRequire } from 'node:module';
import type naiveBayesTextClassifier from 'wink-naive-bayes-text-classifier';
import type { Knowledge } from '../../knowledge/load.js';
import type { TextPipeline } from '../text/pipeline.js';

/** Class of messages no partner handles. */
export const OUT_OF_SCOPE = '_hors_perimetre';
/** Additive smoothing of the counts. */
const SMOOTHING = 0.5;

export interface ClassScore {
  label: string;
  /** Log-odds (base 2) of the class against all the others, as wink computes them. */
  odds: number;
}

export interface Classifier {
  /**
   * Every class, best first; empty when no feature of the message was seen in training.
   * `weights` (same order as `features`, default 1) scale each feature's log-odds term.
   */
  classify(features: readonly string[], weights?: readonly number[]): ClassScore[];
  /** The log-odds of `classify`, in `labels` order, unsorted; null when no feature of the message was seen in training. */
  odds(features: readonly string[], weights?: readonly number[]): Float64Array | null;
  /** Labels in a fixed order. */
  readonly labels: readonly string[];
  /** Every feature seen in training. */
  readonly vocabulary: ReadonlySet<string>;
}

/** Features of one text: stems (after typo correction and synonyms) and pairs of neighbouring stems. */
export function featuresOf(pipeline: TextPipeline, text: string): string[] {
  const terms = pipeline.terms(text);
  const features = new Set(terms);
  for (let i = 1; i < terms.length; i++) features.add(`${terms[i - 1]}_${terms[i]}`);
  return [...features];
}

/**
 * Features of a message read sentence by sentence: each feature keeps the largest weight of the sentences it occurs in.
 * `features` gives a text's features (featuresOf, remembered during the analysis: each sentence was read already).
 */
export function weightedFeaturesOf(features: (text: string) => readonly string[], sentences: readonly { text: string; weight: number }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const { text, weight } of sentences) {
    for (const feature of features(text)) out.set(feature, Math.max(weight, out.get(feature) ?? 0));
  }
  return out;
}

export interface LabelledText {
  text: string;
  label: string;
}

/** Labelled training texts: the knowledge's own phrasings, then knowledge/training/. */
export function trainingTexts(knowledge: Knowledge): LabelledText[] {
  const out: LabelledText[] = [];
  for (const p of knowledge.procedures) {
    for (const text of [p.title, ...p.keywords, ...p.examples, ...(knowledge.training.byProcedure[p.id] ?? [])]) out.push({ text, label: p.id });
  }
  for (const text of knowledge.training.outOfScope) out.push({ text, label: OUT_OF_SCOPE });
  return out;
}

type Exported = [unknown, Record<string, number>, Record<string, Record<string, number>>, Record<string, number>, string[]];

/** What training learned, as wink exports it (its exportJSON, parsed): plain data, saved in the orientation model. */
export interface ClassifierModel {
  /** Training texts per label, in wink's label order. */
  samples: Record<string, number>;
  /** Texts holding each feature, per label. */
  count: Record<string, Record<string, number>>;
  /** Features counted per label. */
  words: Record<string, number>;
  /** Every feature seen, in the order first seen. */
  vocabulary: string[];
}

export function trainClassifierModel(examples: readonly { features: string[]; label: string }[]): ClassifierModel {
  // Loaded here only: a start from the saved model (src/orientation/model.ts) trains nothing.
  const naiveBayes = createRequire(import.meta.url)('wink-naive-bayes-text-classifier') as typeof naiveBayesTextClassifier;
  const model = naiveBayes();
  model.defineConfig({ considerOnlyPresence: true, smoothingFactor: SMOOTHING });
  for (const { features, label } of examples) if (features.length > 0) model.learn(features, label);
  model.consolidate();
  const [, samples, count, words, vocabulary] = JSON.parse(model.exportJSON()) as Exported;
  return { samples, count, words, vocabulary };
}

export function trainClassifier(examples: readonly { features: string[]; label: string }[]): Classifier {
  return classifierFrom(trainClassifierModel(examples));
}

/**
 * wink's computeOdds recomputes, for every label and token, the counts of all the other labels
 * (labels² × tokens steps: about 5 ms a message here). The same log-odds are the sum of one
 * term per (token, label), computed once from the learned counts: microseconds a message.
 * test/orientation/classifier.test.ts checks both give the same odds.
 */
export function classifierFrom({ samples, count, words, vocabulary }: ClassifierModel): Classifier {
  const labels = Object.keys(samples);
  const V = vocabulary.length;
  const totalWords = labels.reduce((s, l) => s + (words[l] ?? 0), 0);
  const totalSamples = labels.reduce((s, l) => s + (samples[l] ?? 0), 0);
  const prior = labels.map((l) => Math.log2(samples[l] ?? 0) - Math.log2(totalSamples - (samples[l] ?? 0)));
  const inLabel = labels.map((l) => Math.log2((words[l] ?? 0) + V * SMOOTHING));
  const outLabel = labels.map((l) => Math.log2(totalWords - (words[l] ?? 0) + V * SMOOTHING));
  // Counts per token, sparse: row r of token t holds its [label, count] pairs, in label order, at starts[r]…starts[r + 1]
  // (two typed arrays rather than a map per token: a tenth of the memory, and no garbage at start).
  const rowOf = new Map<string, number>();
  const sizes: number[] = [];
  labels.forEach((l) => {
    for (const token in count[l]) {
      const row = rowOf.get(token);
      if (row === undefined) {
        rowOf.set(token, sizes.length);
        sizes.push(1);
      } else sizes[row]!++;
    }
  });
  const starts = new Uint32Array(sizes.length + 1);
  sizes.forEach((size, row) => (starts[row + 1] = starts[row]! + size));
  const labelAt = new Uint16Array(starts[sizes.length]!);
  const countAt = new Float64Array(starts[sizes.length]!);
  const filled = starts.slice(0, sizes.length);
  labels.forEach((l, i) => {
    const counts = count[l] ?? {};
    for (const token in counts) {
      const at = filled[rowOf.get(token)!]!++;
      labelAt[at] = i;
      countAt[at] = counts[token]!;
    }
  });
  // The per-label terms of a token are computed the first time it is met.
  const terms = new Map<string, Float64Array>();
  const termsOf = (token: string): Float64Array | undefined => {
    let vector = terms.get(token);
    if (vector) return vector;
    const row = rowOf.get(token);
    if (row === undefined) return undefined;
    const perLabel = new Float64Array(labels.length);
    let all = 0;
    for (let at = starts[row]!; at < starts[row + 1]!; at++) {
      perLabel[labelAt[at]!] = countAt[at]!;
      all += countAt[at]!;
    }
    vector = Float64Array.from(labels, (_, i) => {
      const c = perLabel[i]!;
      return Math.log2(c + SMOOTHING) - (inLabel[i] ?? 0) - (Math.log2(all - c + SMOOTHING) - (outLabel[i] ?? 0));
    });
    terms.set(token, vector);
    return vector;
  };
  const odds = (features: readonly string[], weights?: readonly number[]): Float64Array | null => {
    const sums = Float64Array.from(prior);
    let seen = 0;
    for (let f = 0; f < features.length; f++) {
      const vector = termsOf(features[f]!);
      if (!vector) continue;
      seen++;
      const w = weights?.[f] ?? 1;
      for (let i = 0; i < vector.length; i++) sums[i] = sums[i]! + w * vector[i]!;
    }
    return seen === 0 ? null : sums;
  };
  return {
    labels,
    vocabulary: new Set(vocabulary),
    odds,
    classify(features, weights) {
      const sums = odds(features, weights);
      if (!sums) return [];
      const scores: ClassScore[] = new Array(labels.length);
      for (let i = 0; i < labels.length; i++) scores[i] = { label: labels[i]!, odds: sums[i]! };
      return scores.sort((a, b) => b.odds - a.odds || (a.label < b.label ? -1 : 1));
    },
  };
}
