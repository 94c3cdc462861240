/**
 * Combines the classifier's log-odds with the lexical evidence into one probability per class
 * (procedures and out of scope): a softmax over
 *   z(procedure) = odds / TEMPERATURE + LEXICAL × relevance(lexical score)
 *   z(out of scope) = odds / TEMPERATURE + CUE × out-of-scope cues + UNKNOWN × share of words never seen
 *                     + NO_MATCH when no procedure matched lexically
 * The weights were chosen by a small grid search on the older fixtures (test/fixtures/eval-blind.jsonl,
 * eval-generalisation.jsonl) and the blind sets A and C; never on set B (set-b-long-stories), the final test.
 */
import { OUT_OF_SCOPE, type ClassScore } from './classifier.js';
import type { FocusWeights } from './focus.js';

export interface FusionWeights extends FocusWeights {
  temperature: number;
  lexical: number;
  cue: number;
  /** Weight of the share of the message's words that neither the training nor the knowledge ever used. */
  unknown: number;
  /** Added to out of scope when no procedure matched lexically at all. */
  noMatch: number;
  /**
   * Length normalisation: naive Bayes log-odds grow with the number of words, so a long story
   * would look sure of anything. Above `lengthPivot` (weighted) features, the odds are divided
   * by (features / lengthPivot)^lengthPower.
   */
  lengthPivot: number;
  lengthPower: number;
}

export const FUSION: FusionWeights = {
  temperature: 2.5,
  lexical: 1,
  cue: 1,
  unknown: 3,
  noMatch: 2,
  lengthPivot: 8,
  lengthPower: 1,
  named: 0.5,
  narrative: 0.3,
  namesFrom: 0.3,
};

export interface Evidence {
  classifier: readonly ClassScore[];
  /** Lexical relevance in [0, 1) per procedure id (absent = 0). */
  lexical: ReadonlyMap<string, number>;
  outOfScopeCues: number;
  /** Share of the message's content words unknown to the classifier and the knowledge, in [0, 1]. */
  unknownShare: number;
  /** Weighted number of classifier features of the message. */
  length: number;
}

export interface Fused {
  label: string;
  probability: number;
}

/** Every class, most probable first; the probabilities add up to 1. */
export function fuse(evidence: Evidence, w: FusionWeights = FUSION): Fused[] {
  return probabilities(evidence, w).sort(mostProbableFirst);
}

/** The most probable class, `fuse(evidence, w)[0]`, without sorting the others (a sentence read on its own needs no more). */
export function mostProbable(evidence: Evidence, w: FusionWeights = FUSION): Fused {
  const all = probabilities(evidence, w);
  let top = all[0]!;
  for (const f of all) if (mostProbableFirst(f, top) < 0) top = f;
  return top;
}

const mostProbableFirst = (a: Fused, b: Fused) => b.probability - a.probability || (a.label < b.label ? -1 : 1);

/** Every class with its probability, in no particular order. */
function probabilities(evidence: Evidence, w: FusionWeights): Fused[] {
  const { classifier, lexical } = evidence;
  if (classifier.length === 0 && lexical.size === 0) return [{ label: OUT_OF_SCOPE, probability: 1 }];
  const z = new Map<string, number>();
  const scale = w.temperature * Math.max(1, evidence.length / w.lengthPivot) ** w.lengthPower;
  for (const { label, odds } of classifier) z.set(label, odds / scale);
  for (const [id, relevance] of lexical) z.set(id, (z.get(id) ?? 0) + w.lexical * relevance);
  const oos = (z.get(OUT_OF_SCOPE) ?? 0) + w.cue * evidence.outOfScopeCues + w.unknown * evidence.unknownShare + (lexical.size === 0 ? w.noMatch : 0);
  z.set(OUT_OF_SCOPE, oos);
  const max = Math.max(...z.values());
  let total = 0;
  const out: Fused[] = [];
  for (const [label, value] of z) {
    const e = Math.exp(value - max);
    total += e;
    out.push({ label, probability: e });
  }
  for (const f of out) f.probability /= total;
  return out;
}
