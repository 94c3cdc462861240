import type { RankedProcedure } from './matcher.js';

/** Raw score at which a procedure is clearly relevant (relevance ≈ 0.63). */
const RAW_SCALE = 8;
/** Below this ratio between the first two candidates, they are too close to choose. */
const CLOSE_RATIO = 0.85;
/** Below this confidence the message is too vague: ask. */
const VAGUE_CONFIDENCE = 0.3;
/** Below this raw score only generic words matched ("dossier", "problème"): ask. */
const VAGUE_RAW = 8;
/** Candidates proposed when clarifying: at least this share of the best score. */
const CANDIDATE_RATIO = 0.5;

export const relevance = (raw: number): number => 1 - Math.exp(-raw / RAW_SCALE);

/** Confidence of the best candidate: absolute relevance, lowered when the runner-up is close. */
export function confidenceOf(ranked: readonly RankedProcedure[]): number {
  const [first, second] = ranked;
  if (!first) return 0;
  const margin = second ? (first.raw - second.raw) / first.raw : 1;
  return relevance(first.raw) * (0.5 + 0.5 * Math.min(1, margin / 0.3));
}

export function shouldClarify(ranked: readonly RankedProcedure[], confidence: number): boolean {
  const [first, second] = ranked;
  if (!first || !second) return false;
  return second.raw / first.raw >= CLOSE_RATIO || confidence < VAGUE_CONFIDENCE || first.raw < VAGUE_RAW;
}

/** 2–4 candidates to propose, best first. */
export function clarifyCandidates(ranked: readonly RankedProcedure[]): RankedProcedure[] {
  const best = ranked[0]?.raw ?? 0;
  const close = ranked.filter((r) => r.raw >= best * CANDIDATE_RATIO).slice(0, 4);
  return close.length >= 2 ? close : ranked.slice(0, 2);
}

/** Below this raw score the best procedure rests on one or two ordinary words. */
const WEAK_RAW = 6;
/** Share of the message's terms unknown to the knowledge that makes a weak match a different topic. */
const FOREIGN_SHARE = 0.3;

/**
 * A weak match in a message partly made of words the knowledge never uses ("réparer une fuite
 * sous l'évier", "vendre mon canapé") is about something else: out of scope rather than a guess.
 */
export function isForeignTopic(topRaw: number, terms: readonly string[], knows: (term: string) => boolean): boolean {
  if (topRaw >= WEAK_RAW || terms.length === 0) return false;
  const unknown = terms.filter((t) => !knows(t)).length;
  return unknown > 0 && unknown / terms.length >= FOREIGN_SHARE;
}
