import { defaultKnowledgeDir, loadCommunes, loadLexicon, loadProcedures } from '../../../src/knowledge/load.js';
import { createCommuneIndex } from '../../../src/orientation/location/index.js';
import type { CommuneLookup } from '../../../src/orientation/types.js';

export const communes = loadCommunes(defaultKnowledgeDir).communes;
const { placeStopWords } = loadLexicon(defaultKnowledgeDir, loadProcedures(defaultKnowledgeDir));
export const index = createCommuneIndex(communes, placeStopWords);
/** The same index for a service configured for the Somme (DEFAULT_DEPARTEMENT=80). */
export const sommeIndex = createCommuneIndex(communes, placeStopWords, '80');

/** "Noyon (60)", "ambiguous: Noyon (60), Cuts (60)", "unknown", or null: easy to read in a failing test. */
export function describeLookup(result: CommuneLookup | null): string | null {
  if (!result) return null;
  if (result.status === 'found') return `${result.commune.name} (${result.commune.departement})`;
  if (result.status === 'unknown') return 'unknown';
  return `ambiguous: ${result.candidates.map((c) => `${c.name} (${c.departement})`).join(', ')}`;
}
