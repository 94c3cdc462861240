import { z } from 'zod';
import { frenchText, isoDate, officialUrl, phoneLine, slug } from './common.js';
import { figurePlaceholder, figureSchema } from './figure.js';
import { msaMention, msaMentionProblems } from './msaMention.js';

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

/** A cost: "Gratuit" or a sentence without figures, or a dated figure of the procedure (`figure: id`). */
export const costSchema = z
  .object({
    label: frenchText,
    /** Plain text without an amount, e.g. "Gratuit" or "Payant, selon le poids". */
    amount: frenchText.optional(),
    /** Id of a figure of this procedure: the dated amount. */
    figure: slug.optional(),
    /** Situations this cost applies to; all of them when absent (e.g. the French passport stamp is not for a foreign passport). */
    situations: z.array(slug).min(1).optional(),
  })
  .refine((c) => (c.amount === undefined) !== (c.figure === undefined), { message: 'indiquez soit amount, soit figure' });

/** Online step or official source link. */
const link = z.object({ label: frenchText, url: officialUrl });
const source = z.object({ title: frenchText, url: officialUrl });

/**
 * What an MSA member (farmers, farm employees) is told instead: the MSA's own online service and phone,
 * and the texts, documents and steps where they differ. Fields left out keep the general version.
 */
export const msaVariantSchema = z.object({
  /** Summary for an MSA member; required when the general one names caf.fr, ameli.fr or their phone lines. */
  summary: frenchText.optional(),
  /** The MSA's online services (replace the general ones). */
  online: z.array(link).min(1),
  /** The MSA line (MSA Picardie for the Oise); when absent, no general-regime line is shown. */
  phone: phoneLine.optional(),
  /** Situations whose documents or note differ, by id; other situations are kept. */
  situations: z.array(z.object({ id: slug, documents: z.array(frenchText).min(1).optional(), note: frenchText.optional() })).default([]),
  agentCan: z.array(frenchText).min(1).optional(),
  elsewhere: z.array(frenchText).optional(),
  /** MSA pages, shown first. */
  sources: z.array(source).default([]),
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
  /** Costs, e.g. { label: "Timbre fiscal", figure: passeport-adulte }; empty when free. */
  costs: z.array(costSchema).default([]),
  /** Dated amounts, ceilings, delays and rates, shown in texts as `{{id}}`. */
  figures: z.array(figureSchema).default([]),
  /** What can be done online. */
  online: z.array(link).default([]),
  /** What a France services agent can do with the user. */
  agentCan: z.array(frenchText).min(1),
  /** What must happen elsewhere (e.g. fingerprints at an equipped mairie). */
  elsewhere: z.array(frenchText).default([]),
  /** Phone line for this procedure; the partner's line is used when absent. */
  phone: phoneLine.optional(),
  /** Official sources (service-public.gouv.fr fiche first). */
  sources: z.array(source).min(1),
  /** The MSA member's version; required when `msaAlternative` is true. */
  msa: msaVariantSchema.optional(),
  /** Date a person last checked this entry against the sources. */
  lastReviewed: isoDate,
}).superRefine((p, ctx) => {
  if (p.msaAlternative && !p.msa) ctx.addIssue({ code: 'custom', path: ['msa'], message: 'version MSA obligatoire quand msaAlternative est vrai' });
  const ids = new Set(p.figures.map((f) => f.id));
  for (const [index, cost] of p.costs.entries()) {
    if (cost.figure && !ids.has(cost.figure)) ctx.addIssue({ code: 'custom', path: ['costs', index, 'figure'], message: `montant « ${cost.figure} » absent de figures` });
    for (const sid of cost.situations ?? []) {
      if (!p.situations.some((s) => s.id === sid)) ctx.addIssue({ code: 'custom', path: ['costs', index, 'situations'], message: `situation « ${sid} » inconnue` });
    }
  }
  for (const { path, text } of procedureTexts(p)) {
    for (const [, id] of text.matchAll(figurePlaceholder)) {
      if (!ids.has(id!)) ctx.addIssue({ code: 'custom', path, message: `{{${id}}} : montant absent de figures` });
    }
  }
  // MSA mentions ([[msa: …]]) belong to the general version: the MSA version is for MSA members only.
  for (const { path, text } of procedureTexts(p)) {
    for (const problem of msaMentionProblems(text)) ctx.addIssue({ code: 'custom', path, message: problem });
    if (path[0] === 'msa' && text.match(msaMention)) ctx.addIssue({ code: 'custom', path, message: 'mention MSA [[msa: …]] inutile dans la version MSA' });
  }
  for (const [index, link] of p.online.entries()) {
    for (const problem of msaMentionProblems(link.label)) ctx.addIssue({ code: 'custom', path: ['online', index, 'label'], message: problem });
  }
  for (const id of p.msa?.situations.map((s) => s.id) ?? []) {
    if (!p.situations.some((s) => s.id === id)) ctx.addIssue({ code: 'custom', path: ['msa', 'situations'], message: `situation « ${id} » inconnue` });
  }
});

/** The fields of a procedure that hold user-facing texts (raw input or parsed procedure alike). */
interface ProcedureInput {
  summary: string;
  situations: { documents: string[]; note?: string | undefined }[];
  costs: { amount?: string | undefined }[];
  agentCan: string[];
  elsewhere: string[];
  msa?: {
    summary?: string | undefined;
    situations: { documents?: string[] | undefined; note?: string | undefined }[];
    agentCan?: string[] | undefined;
    elsewhere?: string[] | undefined;
  } | undefined;
}

/** Every user-facing text of a procedure that may show a figure, with its path for error messages. */
export function procedureTexts(p: ProcedureInput): { path: (string | number)[]; text: string }[] {
  const out: { path: (string | number)[]; text: string }[] = [{ path: ['summary'], text: p.summary }];
  const add = (path: (string | number)[], text: string | undefined) => {
    if (text !== undefined) out.push({ path, text });
  };
  p.situations.forEach((s, i) => {
    s.documents.forEach((d, j) => add(['situations', i, 'documents', j], d));
    add(['situations', i, 'note'], s.note);
  });
  p.costs.forEach((c, i) => add(['costs', i, 'amount'], c.amount));
  p.agentCan.forEach((t, i) => add(['agentCan', i], t));
  p.elsewhere.forEach((t, i) => add(['elsewhere', i], t));
  if (p.msa) {
    add(['msa', 'summary'], p.msa.summary);
    p.msa.situations.forEach((s, i) => {
      s.documents?.forEach((d, j) => add(['msa', 'situations', i, 'documents', j], d));
      add(['msa', 'situations', i, 'note'], s.note);
    });
    p.msa.agentCan?.forEach((t, i) => add(['msa', 'agentCan', i], t));
    p.msa.elsewhere?.forEach((t, i) => add(['msa', 'elsewhere', i], t));
  }
  return out;
}

export type Situation = z.infer<typeof situationSchema>;
export type Procedure = z.infer<typeof procedureSchema>;
