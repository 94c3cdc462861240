/**
 * The orientation core's facade: builds every index once from the knowledge,
 * then answers synchronously. Used by the bot, the CLI and the scripts.
 */
import type { Knowledge } from '../knowledge/load.js';
import { openingStatus } from './hours/index.js';
import { createCommuneIndex, nearestSites } from './location/index.js';
import { detectPersonalData } from './privacy.js';
import type { Orientation } from './types.js';
import { createUnderstanding } from './understanding/understand.js';

export type { Analysis, Orientation } from './types.js';

export function createOrientation(knowledge: Knowledge): Orientation {
  const understand = createUnderstanding(knowledge);
  const communes = createCommuneIndex(knowledge.communes.communes);
  const procedures = new Map(knowledge.procedures.map((p) => [p.id, p]));
  const partners = new Map(knowledge.partners.map((p) => [p.id, p]));
  const sites = knowledge.sites.sites;

  return {
    knowledge,
    analyze(text, context) {
      // Personal numbers are masked before anything else reads the message.
      const { kinds, redacted } = detectPersonalData(text);
      return { ...understand(redacted, context), location: communes.extract(redacted), personalData: kinds };
    },
    procedure: (id) => procedures.get(id),
    partner: (id) => partners.get(id),
    lookupCommune: (query) => communes.lookup(query),
    nearestSites: (point, options) => nearestSites(sites, point, options),
    openingStatus: (site, now) => openingStatus(site, now ?? new Date()),
  };
}
