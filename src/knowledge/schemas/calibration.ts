import { z } from 'zod';

/**
 * knowledge/calibration.yaml, written by `npm run calibrate`: turns the fused probability of the
 * best procedure into the probability that it is right (Platt scaling on held-out messages),
 * and says below which confidence the assistant asks instead of answering.
 */
export const calibrationSchema = z.object({
  /** confidence = 1 / (1 + exp(-(slope × logit(p) + intercept))). */
  slope: z.number().positive(),
  intercept: z.number(),
  /** Below this confidence the answer is a question with the 2–4 best candidates. */
  clarifyBelow: z.number().min(0).max(1),
  /** Held-out files the figures were fitted on (never a training file). */
  fittedOn: z.array(z.string()).default([]),
});

export type Calibration = z.infer<typeof calibrationSchema>;

export const IDENTITY_CALIBRATION: Calibration = { slope: 1, intercept: 0, clarifyBelow: 0.5, fittedOn: [] };
