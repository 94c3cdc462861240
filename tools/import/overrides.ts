import { existsSync } from 'node:fs';
import { KnowledgeError } from '../../src/knowledge/errors.js';
import { displayPath, readData, validate } from '../../src/knowledge/readFile.js';
import { siteSchema, type Site, type SiteAnomaly } from '../../src/knowledge/schemas/site.js';
import { siteOverridesFileSchema, type OverridableField, type SiteOverride } from '../../src/knowledge/schemas/siteOverride.js';
import { parseDay } from './hours.js';

/** Reads knowledge/site-overrides.yaml; a missing file means no override. */
export function loadOverrides(file: string): SiteOverride[] {
  if (!existsSync(file)) return [];
  const data = readData(file);
  return validate(siteOverridesFileSchema, data ?? { overrides: [] }, file, (path) => (typeof path[1] === 'number' ? `overrides[${path[1]}]` : 'overrides'))
    .overrides;
}

export const idsOf = (override: SiteOverride): string[] => (Array.isArray(override.id) ? override.id : [override.id]);

/** Anomaly fields an override settles: a rewritten comment or a schedule rule answers the comment. */
const settles: Partial<Record<OverridableField, string[]>> = {
  comment: ['comment', 'address'],
  closures: ['comment'],
  weekdayPlaces: ['comment'],
  lat: ['coordinates'],
  lon: ['coordinates'],
};

/** Applies overrides in file order; throws a KnowledgeError naming the override on unknown sites or bad values. */
export function applyOverrides(sites: Site[], overrides: SiteOverride[], anomalies: SiteAnomaly[], file: string): void {
  const byId = new Map(sites.map((s) => [s.id, s]));
  const problems: string[] = [];
  overrides.forEach((override, index) => {
    const entry = `overrides[${index}]`;
    for (const id of idsOf(override)) {
      const site = byId.get(id);
      if (!site) {
        problems.push(`${entry} › id : le site « ${id} » n'existe pas dans le fichier ANCT`);
        continue;
      }
      const error = setField(site, override);
      if (error) problems.push(`${entry} (site ${id}) › ${override.field} : ${error}`);
      const fields = settles[override.field] ?? [override.field];
      for (const a of anomalies) if (a.siteId === id && fields.includes(a.field) && a.kind !== 'inferred-override') a.status = 'corrected';
      if (override.inferred && !error) markInferred(site, override, anomalies);
    }
  });
  if (problems.length) throw new KnowledgeError(displayPath(file), problems);
}

/** An inferred value is kept but listed, and the site says its hours are to be confirmed by phone. */
function markInferred(site: Site, override: SiteOverride, anomalies: SiteAnomaly[]): void {
  site.toConfirm = [...new Set([...(site.toConfirm ?? []), override.field])];
  anomalies.push({
    siteId: site.id,
    siteName: site.name,
    departement: site.departement,
    field: override.field,
    kind: 'inferred-override',
    raw: typeof override.value === 'string' ? override.value : JSON.stringify(override.value),
    status: 'flagged',
    detail: "valeur déduite, pas confirmée par le site : l'assistant dit « horaires à confirmer par téléphone »",
  });
}

/** Sets one field, checked against the site schema; returns a French error message or undefined. */
function setField(site: Site, override: SiteOverride): string | undefined {
  const { field, value } = override;
  if (field.startsWith('hours.')) {
    const day = field.slice('hours.'.length) as keyof Site['hours'];
    const parsed = parseDay(typeof value === 'string' ? value : '');
    if (value !== null && typeof value !== 'string') return 'horaires attendus sous forme de texte, par ex. "09:00 - 12:00 / 14:00 - 17:00"';
    if (parsed.issues.length) return parsed.issues.map((i) => i.detail).join(' ; ');
    site.hours[day] = parsed.intervals;
    return undefined;
  }
  const key = field as Exclude<OverridableField, `hours.${string}`>;
  const record = site as Record<string, unknown>;
  if (value === null) {
    if (!siteSchema.shape[key].safeParse(undefined).success) return 'ce champ est obligatoire et ne peut pas être supprimé';
    delete record[key];
    return undefined;
  }
  const result = siteSchema.shape[key].safeParse(value);
  if (!result.success) return result.error.issues.map((issue) => issue.message).join(' ; ');
  record[key] = result.data;
  return undefined;
}
