import type { Calibration } from '../../knowledge/schemas/calibration.js';

/** Probabilities are kept away from 0 before the log. */
const EPSILON = 1e-6;
/** log(p / p₂) is capped: beyond that, the two best are not close at all. */
const MAX_MARGIN = 10;

/** What the calibration reads of one message (understand.ts). */
export interface CalibrationInput {
  /** Fused probability of the best class. */
  probability: number;
  /** Fused probability of the second best class (0 when there is none). */
  second: number;
  /** Weighted number of classifier features of the message. */
  length: number;
}

/** The regressors of the calibration, in the order of `COEFFICIENTS`. */
export function regressors(input: CalibrationInput): number[] {
  const margin = Math.min(MAX_MARGIN, Math.log(Math.max(EPSILON, input.probability) / Math.max(EPSILON, input.second)));
  return [margin, Math.log1p(input.length)];
}

export const COEFFICIENTS = ['margin', 'length'] as const;

/** Logistic calibration: what the understanding saw → probability that the best procedure is right. */
export function createCalibrator(calibration: Calibration): (input: CalibrationInput) => number {
  const weights = COEFFICIENTS.map((c) => calibration[c]);
  return (input) => {
    const x = regressors(input);
    const z = weights.reduce((s, w, i) => s + w * (x[i] ?? 0), calibration.intercept);
    return 1 / (1 + Math.exp(-z));
  };
}
