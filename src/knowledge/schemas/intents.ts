import { z } from 'zod';
import { slug } from './common.js';

const phrase = z.string().trim().min(1, 'ne doit pas être vide');

/** A topic no public service handles (weather, jokes, recipes…), recognised by its cue words. */
export const outOfScopeTopicSchema = z.object({
  id: slug,
  /** Words or short phrases typical of the topic (without accents is fine). */
  cues: z.array(phrase).min(1),
  /**
   * What one cue of the topic counts for (default 1). A topic that frames the whole request (write me a speech,
   * papers for a pet) outweighs the procedure words it is about ("un discours pour le départ à la retraite").
   */
  weight: z.number().positive().max(5).default(1),
});

/** Conversational intents recognised before any procedure (knowledge/intents.yaml). */
export const intentsSchema = z.object({
  /** A message made only of these phrases (and courtesy words) is a greeting. */
  greeting: z.array(phrase).min(1),
  /** A message made only of these phrases (and courtesy words) is a thank-you. */
  thanks: z.array(phrase).min(1),
  /** A message made only of these phrases asks what the assistant can do. */
  help: z.array(phrase).min(1),
  /** Politeness that may accompany a greeting or a thank-you ("madame", "bonne journée"). */
  courtesy: z.array(phrase).default([]),
  /** Words that make a part of a message a request: `needs` is built from such parts only. */
  requestCues: z.array(phrase).default([]),
  outOfScope: z.array(outOfScopeTopicSchema).min(1),
});

export type Intents = z.infer<typeof intentsSchema>;
