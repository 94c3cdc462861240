import { join } from 'node:path';
import { OUT_OF_SCOPE_FILE } from '../../src/knowledge/load.js';
import { displayPath } from '../../src/knowledge/readFile.js';
import type { Procedure } from '../../src/knowledge/schemas/procedure.js';
import type { TrainingCorpus } from '../../src/knowledge/schemas/training.js';

/** Phrasings each procedure should have in knowledge/training/ for the classifier to know it well. */
export const MIN_PHRASINGS = 40;
/** Out-of-scope phrasings the classifier needs to tell near misses from procedures. */
export const MIN_OUT_OF_SCOPE = 200;

/**
 * A procedure with few training phrasings still works (its keywords and examples train the
 * classifier, which is retrained at every start) but is recognised less well: say which file to write.
 */
export function trainingWarnings(dir: string, training: TrainingCorpus, procedures: Procedure[]): string[] {
  const warnings: string[] = [];
  for (const p of procedures) {
    const count = training.byProcedure[p.id]?.length ?? 0;
    if (count < MIN_PHRASINGS) {
      const file = displayPath(join(dir, 'training', `${p.id}.yaml`));
      warnings.push(`${file} : ${count} formulations d'entraînement pour « ${p.id} », au moins ${MIN_PHRASINGS} attendues (messages variés : SMS, récits longs, abréviations de guichet, anglais)`);
    }
  }
  const outOfScope = training.outOfScope.length;
  if (outOfScope < MIN_OUT_OF_SCOPE) {
    warnings.push(`${displayPath(join(dir, 'training', `${OUT_OF_SCOPE_FILE}.yaml`))} : ${outOfScope} formulations hors périmètre, au moins ${MIN_OUT_OF_SCOPE} attendues`);
  }
  return warnings;
}
