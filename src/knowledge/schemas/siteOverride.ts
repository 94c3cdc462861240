import { z } from 'zod';
import { frenchText } from './common.js';

const siteId = z.string().regex(/^\d+$/, 'identifiant ANCT (id_fs) attendu, entre guillemets');

/** Fields a reviewed override may set; hours are written like the ANCT file ("09:00 - 12:00 / 14:00 - 17:00"). */
export const overridableFields = [
  'hours.monday',
  'hours.tuesday',
  'hours.wednesday',
  'hours.thursday',
  'hours.friday',
  'hours.saturday',
  'name',
  'address',
  'addressComplement',
  'phone',
  'email',
  'appointment',
  'comment',
  'closures',
  'weekdayPlaces',
  'parentId',
  'lat',
  'lon',
] as const;

export type OverridableField = (typeof overridableFields)[number];

/** One reviewed correction of the ANCT data (knowledge/site-overrides.yaml). */
export const siteOverrideSchema = z.object({
  /** ANCT id_fs of the site, or a list of ids sharing the same correction. */
  id: z.union([siteId, z.array(siteId).min(1)]),
  field: z.enum(overridableFields),
  /** New value; null removes an optional field; for hours, "" or null means closed. */
  value: z.unknown(),
  /** Who checked what and why, in French. */
  reason: frenchText.min(20, 'expliquez qui a vérifié quoi et pourquoi'),
  /**
   * True when the value is our reading of the data, not a confirmation by the site (e.g. a missing
   * afternoon start): the assistant then says to confirm the hours by phone, and the import lists it.
   */
  inferred: z.boolean().optional(),
});

export const siteOverridesFileSchema = z.object({ overrides: z.array(siteOverrideSchema) });

export type SiteOverride = z.infer<typeof siteOverrideSchema>;
