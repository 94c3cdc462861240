/**
 * Long messages tell a story around one request: "we moved here three years ago… my husband is
 * away… how do I get a new carte Vitale?". Each sentence gets a weight:
 * - it asks (a question mark, or a request cue such as "je voudrais", "comment", "how", in a
 *   sentence that names a procedure): 1;
 * - it names a procedure without asking ("je suis en arrêt maladie depuis un mois"): `named`,
 *   since it may be the topic or a detail;
 * - it names nothing and asks nothing ("nous avons emménagé il y a trois ans"): `narrative`.
 * The weights are then divided by the largest, so a message of one sentence, or one made only of
 * narrative, keeps every word at full weight.
 */
import type { IntentDetector } from './intents.js';

export interface Sentence {
  text: string;
  /** In (0, 1]: 1 for the sentences that carry the request. */
  weight: number;
}

export interface FocusWeights {
  /** Weight of a sentence that names a procedure's words but asks nothing. */
  named: number;
  /** Weight of a sentence that names nothing and asks nothing. */
  narrative: number;
  /** Probability (0–1) from which a sentence, read on its own, names a procedure. */
  namesFrom: number;
}

/** Sentence ends: . ! ? … followed by a space, or line breaks ("impots.gouv.fr" stays whole). */
const SENTENCE_END = /(?<=[.!?…])\s+|\n+/;

export function sentencesOf(text: string, detector: IntentDetector, names: (sentence: string) => number, w: FocusWeights): Sentence[] {
  const parts = text
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (parts.length < 2) return [{ text, weight: 1 }];
  const raw = parts.map((s) => {
    // A question asks, whatever it names: it is not read on its own.
    if (s.includes('?')) return { text: s, weight: 1 };
    const named = names(s) >= w.namesFrom;
    const asks = named && detector.isRequest(s);
    return { text: s, weight: asks ? 1 : named ? w.named : w.narrative };
  });
  const max = Math.max(...raw.map((s) => s.weight));
  return raw.map((s) => ({ text: s.text, weight: s.weight / max }));
}
