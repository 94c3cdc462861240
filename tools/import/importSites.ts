import { basename } from 'node:path';
import { describeIssues } from '../../src/knowledge/errors.js';
import type { Commune } from '../../src/knowledge/schemas/commune.js';
import { siteSchema, type Site, type SiteAnomaly, type SitesFile } from '../../src/knowledge/schemas/site.js';
import type { SiteOverride } from '../../src/knowledge/schemas/siteOverride.js';
import type { AnctRow } from './anctCsv.js';
import { applyOverrides } from './overrides.js';
import { linkAntennas } from './parents.js';
import { CommuneIndex, siteFromRow } from './sites.js';

export const anctPublisher = 'ANCT – Liste des structures France services';
export const anctLicence = 'Licence Ouverte / Etalab 2.0';

export interface SitesImportInput {
  sourceFile: string;
  rows: AnctRow[];
  communes: Commune[];
  overrides: SiteOverride[];
  overridesFile: string;
}

/** The whole import: rows → sites, parents, overrides, final validation. Same input, same output. */
export function importSites(input: SitesImportInput): SitesFile {
  const anomalies: SiteAnomaly[] = [];
  const index = new CommuneIndex(input.communes);
  const seen = new Set<string>();
  const sites: Site[] = [];
  for (const row of input.rows) {
    if (seen.has(row.id_fs)) {
      anomalies.push({
        siteId: row.id_fs,
        siteName: row.lib_fs,
        departement: row.insee_dep,
        field: 'id',
        kind: 'duplicate-id',
        raw: row.id_fs,
        status: 'flagged',
        detail: 'identifiant déjà vu : ligne écartée',
      });
      continue;
    }
    seen.add(row.id_fs);
    const site = siteFromRow(row, index, anomalies);
    if (site) sites.push(site);
  }
  linkAntennas(sites, anomalies);
  applyOverrides(sites, input.overrides, anomalies, input.overridesFile);
  const valid = sites.filter((site) => keepIfValid(site, anomalies));
  valid.sort((a, b) => Number(a.id) - Number(b.id));
  anomalies.sort((a, b) => Number(a.siteId) - Number(b.siteId) || compare(a.field, b.field) || compare(a.kind, b.kind));
  return {
    source: { file: basename(input.sourceFile), date: dateInName(input.sourceFile), publisher: anctPublisher, licence: anctLicence },
    sites: valid,
    anomalies,
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function keepIfValid(site: Site, anomalies: SiteAnomaly[]): boolean {
  const result = siteSchema.safeParse(site);
  if (result.success) return true;
  const detail = describeIssues(result.error).join(' ; ');
  anomalies.push({
    siteId: site.id,
    siteName: site.name,
    departement: site.departement,
    field: 'site',
    kind: 'site-invalid',
    raw: '',
    status: 'flagged',
    detail: `site écarté : ${detail}`,
  });
  return false;
}

/** "france-services-anct-2024-08-01.csv" → "2024-08-01": the publication date, never the run date. */
export function dateInName(file: string): string {
  const date = /\d{4}-\d{2}-\d{2}/.exec(basename(file))?.[0];
  if (!date) throw new Error(`La date de publication doit figurer dans le nom du fichier (AAAA-MM-JJ) : ${basename(file)}`);
  return date;
}
