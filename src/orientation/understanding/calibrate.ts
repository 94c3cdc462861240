import type { Calibration } from '../../knowledge/schemas/calibration.js';

/** Probabilities are kept away from 0 and 1 before the logit. */
const EPSILON = 1e-6;

export const logit = (p: number): number => {
  const q = Math.min(1 - EPSILON, Math.max(EPSILON, p));
  return Math.log(q / (1 - q));
};

/** Platt scaling: the fused probability of the best class → probability that it is right. */
export function createCalibrator(calibration: Calibration): (probability: number) => number {
  return (p) => 1 / (1 + Math.exp(-(calibration.slope * logit(p) + calibration.intercept)));
}
