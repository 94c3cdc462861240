import type { Site, SiteAnomaly } from '../../src/knowledge/schemas/site.js';
import { haversineKm } from '../../src/orientation/location/geo.js';
import { placeKey } from '../../src/orientation/text/normalize.js';

/**
 * Links each antenna to its principal site: same ANCT group (nearest if several),
 * else the principal of the same département whose name starts the antenna's name.
 */
export function linkAntennas(sites: Site[], anomalies: SiteAnomaly[]): void {
  const principals = sites.filter((s) => s.type === 'principal');
  for (const antenna of sites.filter((s) => s.type === 'antenne')) {
    const parent = byGroup(antenna, principals) ?? byName(antenna, principals);
    if (parent) antenna.parentId = parent.id;
    else {
      anomalies.push({
        siteId: antenna.id,
        siteName: antenna.name,
        departement: antenna.departement,
        field: 'parentId',
        kind: 'antenna-without-parent',
        raw: antenna.group ?? '',
        status: 'flagged',
        detail: 'aucun site principal trouvé pour cette antenne',
      });
    }
  }
}

function byGroup(antenna: Site, principals: Site[]): Site | undefined {
  if (!antenna.group) return undefined;
  const sameGroup = principals.filter((p) => p.group === antenna.group);
  return sameGroup.sort((a, b) => haversineKm(antenna, a) - haversineKm(antenna, b) || (a.id < b.id ? -1 : 1))[0];
}

function byName(antenna: Site, principals: Site[]): Site | undefined {
  const name = placeKey(antenna.name);
  const candidates = principals.filter((p) => p.departement === antenna.departement && name.startsWith(`${placeKey(p.name)} `));
  return candidates.sort((a, b) => b.name.length - a.name.length || (a.id < b.id ? -1 : 1))[0];
}
