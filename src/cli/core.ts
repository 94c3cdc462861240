/** The CLI's one orientation core, built by the same factory as the service's (src/index.ts). */
import { defaultKnowledgeDir, loadKnowledgeReporting } from '../knowledge/load.js';
import { createOrientation, loadOrientationModel } from '../orientation/index.js';
import { DEFAULT_DEPARTEMENT } from '../orientation/location/resolve.js';
import type { Orientation } from '../orientation/types.js';

const cores = new Map<string, Orientation>();

/** Loads the knowledge and builds the core once per folder (tests call several commands in one process). */
export function cliCore(knowledgeDir: string = defaultKnowledgeDir): Orientation {
  let core = cores.get(knowledgeDir);
  if (!core) {
    const { knowledge, key } = loadKnowledgeReporting(knowledgeDir);
    const model = key ? loadOrientationModel(knowledge, { knowledgeKey: key, departement: DEFAULT_DEPARTEMENT }).model : undefined;
    core = createOrientation(knowledge, { model });
    cores.set(knowledgeDir, core);
  }
  return core;
}
