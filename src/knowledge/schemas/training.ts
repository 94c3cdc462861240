import { z } from 'zod';

const phrasing = z.string().trim().min(1, 'ne doit pas être vide');

/**
 * knowledge/training/<procedure-id>.yaml, or hors-perimetre.yaml for messages no partner handles:
 * phrasings written to train the classifier of src/orientation/understanding/classifier.ts.
 * Never copy an evaluation message here.
 */
export const trainingFileSchema = z.object({
  phrasings: z.array(phrasing).min(1),
});

/** Training phrasings by procedure id, and the out-of-scope class apart. */
export interface TrainingCorpus {
  byProcedure: Record<string, string[]>;
  outOfScope: string[];
}

