/** The CLI's one orientation core, built by the same factory as the service's (src/index.ts). */
import { defaultKnowledgeDir, loadKnowledge } from '../knowledge/load.js';
import { createOrientation } from '../orientation/index.js';
import type { Orientation } from '../orientation/types.js';

const cores = new Map<string, Orientation>();

/** Loads the knowledge and builds the core once per folder (tests call several commands in one process). */
export function cliCore(knowledgeDir: string = defaultKnowledgeDir): Orientation {
  let core = cores.get(knowledgeDir);
  if (!core) {
    core = createOrientation(loadKnowledge(knowledgeDir));
    cores.set(knowledgeDir, core);
  }
  return core;
}
