import { z } from 'zod';

/** Kebab-case identifier used for procedures, partners and situations. */
export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'doit être en minuscules, mots séparés par des tirets');

/** A French text shown to users: trimmed, never empty. */
export const frenchText = z.string().trim().min(1, 'ne doit pas être vide');

/** An https link to an official page. */
export const officialUrl = z.url({ protocol: /^https$/, error: 'doit être une adresse https complète' });

/** A phone line as shown to users, e.g. "3646" or "03 44 06 12 34". */
export const phoneLine = z.object({
  /** Digits and spaces as dialled in France ("116 006": European harmonised helplines). */
  number: z.string().regex(/^(\d{4}|116 \d{3}|0\d( \d\d){4}|\+\d[\d ]+)$/, 'numéro de téléphone non reconnu'),
  /** What the line is for, and its price or hours when useful. */
  label: frenchText.optional(),
});

/** Kinds of anonymous usage events (src/usage/events.ts); knowledge/pilotage.yaml labels each. */
export const usageKinds = ['answer', 'clarify', 'out_of_scope', 'feedback', 'handover', 'sites'] as const;

export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const weekday = z.enum(weekdays);
export type Weekday = z.infer<typeof weekday>;

/** ISO calendar date, e.g. 2026-11-26. */
export const isoDate = z.iso.date();
