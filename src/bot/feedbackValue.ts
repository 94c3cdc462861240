/**
 * The 👍 / 👎 buttons under an answer card send this value (no text), so an opinion can never be
 * mistaken for a yes or no to one of the assistant's questions.
 */
import { z } from 'zod';

export const feedbackValueSchema = z.object({
  feedback: z.enum(['yes', 'no']),
  /** The procedure the card answered. */
  procedure: z.string().min(1).max(100),
});

export type FeedbackValue = z.infer<typeof feedbackValueSchema>;

/** The opinion carried by a card button, or null for any other value. */
export function readFeedbackValue(value: unknown): FeedbackValue | null {
  const parsed = feedbackValueSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
