import { z } from 'zod';
import { frenchText, officialUrl, phoneLine, slug } from './common.js';

/** One partner organisation of France services (knowledge/partners.yaml). */
export const partnerSchema = z.object({
  /** Stable id, as in shared/domain/taxonomy.yaml (e.g. "caf"). */
  id: slug,
  /** Official name, e.g. "Caisse d'allocations familiales". */
  name: frenchText,
  /** Name used in short answers, e.g. "CAF". */
  shortName: frenchText,
  /** Other names people use ("Pôle emploi", "la sécu", "CPAM"…). Matched case- and accent-insensitively. */
  aliases: z.array(frenchText).default([]),
  /** Official website. */
  website: officialUrl,
  /** National phone line. */
  phone: phoneLine.optional(),
  /** What the partner handles, one plain sentence. */
  handles: frenchText,
  /** The Oise entity, when known (e.g. "CAF de l'Oise"). */
  local: z
    .object({
      name: frenchText,
      website: officialUrl.optional(),
      note: frenchText.optional(),
    })
    .optional(),
});

export const partnersFileSchema = z.object({ partners: z.array(partnerSchema).min(1) });

export type Partner = z.infer<typeof partnerSchema>;
