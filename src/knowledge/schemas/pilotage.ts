/** Texts of the coordinators' dashboard and of the report (knowledge/pilotage.yaml). */
import { z } from 'zod';
import { usageKinds } from './common.js';

const text = z.string().trim().min(1);
const labels = <K extends string>(keys: readonly K[]) => z.object(Object.fromEntries(keys.map((k) => [k, text])) as Record<K, typeof text>).strict();

export const pilotageTextsSchema = z
  .object({
    title: text,
    subtitle: text,
    /** {from} and {to}: months. */
    period: text.refine((t) => t.includes('{from}') && t.includes('{to}'), 'doit contenir {from} et {to}'),
    periodAll: text,
    anonymity: text,
    /** {store}: where the events are read from. */
    source: text.refine((t) => t.includes('{store}'), 'doit contenir {store}'),
    filters: labels(['legend', 'from', 'to', 'partner', 'allPartners', 'apply', 'print', 'csv']),
    /** Details of a wrong filter; {param}: the parameter's name in the address. */
    filterErrors: z.object({ month: text.refine((t) => t.includes('{param}'), 'doit contenir {param}'), partner: text }).strict(),
    totals: labels(['questions', 'conversations', 'answers', 'clarifications', 'outOfScope', 'handovers', 'satisfaction', 'outOfScopeRate', 'clarificationRate']),
    charts: labels(['perWeek', 'perPartner', 'topProcedures', 'rates', 'topSites', 'satisfaction', 'handovers', 'dataTable']),
    columns: labels([
      'week', 'channel', 'partner', 'procedure', 'answers', 'questions', 'helpful', 'notHelpful', 'site', 'recommended', 'communes',
      'outOfScope', 'clarifications', 'handovers', 'satisfaction', 'text', 'kind', 'count', 'month', 'type',
    ]),
    review: z.object({ title: text, intro: text, none: text, kinds: labels(['out_of_scope', 'disliked']) }).strict(),
    kinds: labels(usageKinds),
    /** Display names of channel ids; an unknown channel shows its id. */
    channels: z.record(z.string(), text),
    auth: labels(['title', 'intro', 'token', 'submit', 'wrong', 'disabled']),
    none: text,
  })
  .strict();

export type PilotageTexts = z.infer<typeof pilotageTextsSchema>;
