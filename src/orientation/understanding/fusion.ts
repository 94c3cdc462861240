/**
 * Combines the classifier's log-odds with the lexical evidence into one probability per class
 * (procedures and out of scope): a softmax over
 *   z(procedure) = odds / TEMPERATURE + LEXICAL × relevance(lexical score)
 *   z(out of scope) = odds / TEMPERATURE + CUE × out-of-scope cues + UNKNOWN × share of words never seen
 *                     + NO_MATCH when no procedure matched lexically
 * The weights were chosen by a small grid search on the older fixtures (test/fixtures/eval-blind.jsonl,
 * eval-generalisation.jsonl) and the blind sets A and C; never on set B (set-b-long-stories), the final test.
 */
import { OUT_OF_SCOPE } from './classifier.js';
import type { FocusWeights } from './focus.js';
import { relevance } from './scoring.js';

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
  /** Log-odds per class, in the classifier's `labels` order (Classifier.odds); null when no feature of the message was seen in training. */
  classifier: Float64Array | null;
  /** Raw lexical score per procedure, in the order the fusion was built with (0: no match; relevance(raw) is what counts). */
  lexical: Float64Array;
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

export interface Fusion {
  /** The `count` most probable classes, most probable first (the probabilities of all the classes add up to 1); the others are not ranked. */
  best(evidence: Evidence, count: number): Fused[];
  /** The most probable class, `best(evidence, 1)[0]` (a sentence read on its own needs no more). */
  mostProbable(evidence: Evidence): Fused;
}

const mostProbableFirst = (a: Fused, b: Fused) => b.probability - a.probability || (a.label < b.label ? -1 : 1);

/**
 * The fusion over the classes: the classifier's labels, then any procedure it has no label for, then out of
 * scope if it has none. Every message fills the same arrays: reading a long message sentence by sentence
 * allocates no map or object per class.
 */
export function createFusion(labels: readonly string[], procedureIds: readonly string[], w: FusionWeights = FUSION): Fusion {
  const classes = [...labels];
  const slotOf = new Map(classes.map((label, i) => [label, i]));
  const slot = (label: string) => {
    let at = slotOf.get(label);
    if (at === undefined) {
      at = classes.push(label) - 1;
      slotOf.set(label, at);
    }
    return at;
  };
  const procedureSlots = Int32Array.from(procedureIds, slot);
  const outOfScope = slot(OUT_OF_SCOPE);
  const z = new Float64Array(classes.length);
  const present = new Uint8Array(classes.length);
  const alone: Fused = { label: OUT_OF_SCOPE, probability: 1 };

  /** Fills `z` with exp(z − max) for the classes present; returns their sum, 0 when there is no evidence at all. */
  const exponentials = (evidence: Evidence): number => {
    const { classifier, lexical } = evidence;
    present.fill(0);
    if (classifier) {
      const scale = w.temperature * Math.max(1, evidence.length / w.lengthPivot) ** w.lengthPower;
      for (let i = 0; i < classifier.length; i++) {
        z[i] = classifier[i]! / scale;
        present[i] = 1;
      }
    }
    let matched = 0;
    for (let p = 0; p < lexical.length; p++) {
      const raw = lexical[p]!;
      if (!(raw > 0)) continue;
      const at = procedureSlots[p]!;
      z[at] = (present[at] ? z[at]! : 0) + w.lexical * relevance(raw);
      present[at] = 1;
      matched++;
    }
    if (!classifier && matched === 0) return 0;
    z[outOfScope] =
      (present[outOfScope] ? z[outOfScope]! : 0) + w.cue * evidence.outOfScopeCues + w.unknown * evidence.unknownShare + (matched === 0 ? w.noMatch : 0);
    present[outOfScope] = 1;
    let max = -Infinity;
    for (let i = 0; i < z.length; i++) if (present[i] && z[i]! > max) max = z[i]!;
    let total = 0;
    for (let i = 0; i < z.length; i++) {
      if (!present[i]) continue;
      const e = Math.exp(z[i]! - max);
      z[i] = e;
      total += e;
    }
    return total;
  };

  return {
    best(evidence, count) {
      const total = exponentials(evidence);
      if (total === 0) return count > 0 ? [{ ...alone }] : [];
      const out: Fused[] = [];
      for (let i = 0; i < z.length; i++) {
        if (!present[i]) continue;
        const probability = z[i]! / total;
        const last = out[count - 1];
        if (last && (probability < last.probability || (probability === last.probability && classes[i]! > last.label))) continue;
        if (out.length === count) out.pop();
        const f = { label: classes[i]!, probability };
        let at = out.length;
        while (at > 0 && mostProbableFirst(f, out[at - 1]!) < 0) at--;
        out.splice(at, 0, f);
      }
      return out;
    },
    mostProbable(evidence) {
      const total = exponentials(evidence);
      if (total === 0) return { ...alone };
      let top = -1;
      let best = -Infinity;
      for (let i = 0; i < z.length; i++) {
        if (!present[i]) continue;
        const probability = z[i]! / total;
        if (top < 0 || probability > best || (probability === best && classes[i]! < classes[top]!)) {
          top = i;
          best = probability;
        }
      }
      return { label: classes[top]!, probability: best };
    },
  };
}
