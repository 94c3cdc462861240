import { z } from 'zod';
import { frenchText, isoDate, officialUrl, slug } from './common.js';

/**
 * A dated figure: an amount, ceiling, delay or rate. Texts of the procedure show it with `{{id}}`,
 * so the core can say when it applies and never present an expired one as current.
 */
export const figureSchema = z
  .object({
    /** Referenced as `{{id}}` in the procedure's texts, e.g. "rsa-personne-seule". */
    id: slug,
    /** What it is, e.g. "RSA d'une personne seule sans revenus". */
    label: frenchText,
    /** The figure as shown, e.g. "652,33 € par mois". */
    value: frenchText,
    /** First day it applies (ISO date). */
    from: isoDate,
    /** Last day it applies, when it is revised on a known date (e.g. the next 31 March for CAF amounts). */
    until: isoDate.optional(),
    /**
     * Kept on purpose to say what the figure was when the current one could not be confirmed:
     * always shown as past, with where to check the current one.
     */
    historical: z.boolean().default(false),
    /** Official page that publishes the current figure: where users are sent to check it. */
    source: officialUrl,
    /** Date a person last checked it against the source. */
    checked: isoDate,
  })
  .refine((f) => !f.until || f.until >= f.from, { message: 'until doit être après from', path: ['until'] })
  .refine((f) => !f.historical || f.until, { message: 'une valeur historique doit avoir until', path: ['until'] });

export type Figure = z.infer<typeof figureSchema>;

/** `{{figure-id}}` placeholders in a text. */
export const figurePlaceholder = /\{\{([a-z0-9-]+)\}\}/g;

/**
 * A literal amount or rate that should be a dated figure: digits followed by €, "euros" or %.
 * Example phrasings and keywords are the users' words and are not checked.
 */
export const undatedAmount = /\d(?:[\d\u00a0\u202f ,.]*\d)?\s?(?:€|euros?\b|%)/i;
