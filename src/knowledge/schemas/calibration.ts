import { z } from 'zod';

/**
 * knowledge/calibration.yaml, written by `npm run calibrate`: turns what the understanding saw of
 * one message into the probability that its best procedure is right (a logistic regression fitted
 * on held-out messages), and says below which confidence the assistant asks instead of answering.
 *   confidence = 1 / (1 + exp(-(intercept + margin × log(p / p₂) + length × log(1 + features))))
 * p and p₂ are the fused probabilities of the best two classes, features the message's weighted
 * number of classifier features. (The logit of p was tried too: given the margin it adds nothing.)
 */
export const calibrationSchema = z.object({
  intercept: z.number(),
  /** Increasing in the margin: the further ahead the best class, the surer. */
  margin: z.number().positive(),
  length: z.number().default(0),
  /** Below this confidence the answer is a question with the 2–4 best candidates. */
  clarifyBelow: z.number().min(0).max(1),
  /** Held-out files the figures were fitted on (never a training file). */
  fittedOn: z.array(z.string()).default([]),
});

export type Calibration = z.infer<typeof calibrationSchema>;

export const IDENTITY_CALIBRATION: Calibration = {
  intercept: 0,
  margin: 1,
  length: 0,
  clarifyBelow: 0.5,
  fittedOn: [],
};
