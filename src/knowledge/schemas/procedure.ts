import { z } from 'zod';
import { frenchText, isoDate, officialUrl, phoneLine, slug } from './common.js';

/** Documents to bring in one situation (first request, renewal, loss…). */
export const situationSchema = z.object({
  /** e.g. "premiere-demande", "renouvellement", "perte-vol". */
  id: slug,
  /** Short label shown on a button, e.g. "Première demande". */
  label: frenchText,
  /** Documents to bring, one per line, in plain French. */
  documents: z.array(frenchText).min(1),
  /** Optional extra advice for this situation. */
  note: frenchText.optional(),
});

/** One procedure of the taxonomy (knowledge/procedures/<id>.yaml). */
export const procedureSchema = z.object({
  /** Same id as in shared/domain/taxonomy.yaml and as the file name. */
  id: slug,
  /** Title shown to users. */
  title: frenchText,
  /** Partner id (knowledge/partners.yaml). */
  partner: slug,
  /** True when farmers and farm employees go to the MSA instead. */
  msaAlternative: z.boolean().default(false),
  /** 2–4 plain-French sentences, vouvoiement. */
  summary: frenchText,
  /** Words and phrases people type: abbreviations, old names, misspellings. */
  keywords: z.array(frenchText).min(3),
  /** At least 6 example messages, written by us. */
  examples: z.array(frenchText).min(6),
  /** Documents grouped by situation. */
  situations: z.array(situationSchema).min(1),
  /** Costs, e.g. { label: "Timbre fiscal", amount: "86 €" }; empty when free. */
  costs: z.array(z.object({ label: frenchText, amount: frenchText })).default([]),
  /** What can be done online. */
  online: z.array(z.object({ label: frenchText, url: officialUrl })).default([]),
  /** What a France services agent can do with the user. */
  agentCan: z.array(frenchText).min(1),
  /** What must happen elsewhere (e.g. fingerprints at an equipped mairie). */
  elsewhere: z.array(frenchText).default([]),
  /** Phone line for this procedure; the partner's line is used when absent. */
  phone: phoneLine.optional(),
  /** Official sources (service-public.gouv.fr fiche first). */
  sources: z.array(z.object({ title: frenchText, url: officialUrl })).min(1),
  /** Date a person last checked this entry against the sources. */
  lastReviewed: isoDate,
});

export type Situation = z.infer<typeof situationSchema>;
export type Procedure = z.infer<typeof procedureSchema>;
