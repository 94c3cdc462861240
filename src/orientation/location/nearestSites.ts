/** France services sites nearest to a point, exact great-circle order, with travel time and opening. */
import type { Site } from '../../knowledge/schemas/site.js';
import { openingStatus } from '../hours/index.js';
import type { GeoPoint, NearbyServices, NearbySite } from '../types.js';
import { kNearest } from './latitudeIndex.js';
import { NEAR_MINUTES, travelMinutes } from './travelTime.js';

export const DEFAULT_LIMIT = 5;

/** Sites by id, built once per sites array (antennas point to their principal site). */
const siteIndexes = new WeakMap<readonly Site[], Map<string, Site>>();

function sitesById(sites: readonly Site[]): Map<string, Site> {
  let index = siteIndexes.get(sites);
  if (!index) {
    index = new Map(sites.map((site) => [site.id, site]));
    siteIndexes.set(sites, index);
  }
  return index;
}

/** The site of an id, by a map built once per sites array. */
export function siteWithId(sites: readonly Site[], id: string): Site | undefined {
  return sitesById(sites).get(id);
}

const communeIndexes = new WeakMap<readonly Site[], Map<string, Site[]>>();

/** The sites whose address is in a commune (INSEE code), in the sites' order, by a map built once per sites array. */
export function sitesInCommune(sites: readonly Site[], insee: string): readonly Site[] {
  let index = communeIndexes.get(sites);
  if (!index) {
    index = new Map();
    for (const site of sites) index.set(site.insee, [...(index.get(site.insee) ?? []), site]);
    communeIndexes.set(sites, index);
  }
  return index.get(insee) ?? [];
}

export function nearestSites(sites: readonly Site[], point: GeoPoint, options: { limit?: number; now?: Date } = {}): NearbySite[] {
  const requested = options.limit ?? DEFAULT_LIMIT;
  const limit = Number.isNaN(requested) ? DEFAULT_LIMIT : Math.max(0, Math.floor(requested));
  const now = options.now ?? new Date();
  const byId = sitesById(sites);
  return kNearest(sites, point, limit).map(({ site, km }) => {
    const minutes = travelMinutes(km);
    const parent = site.parentId && site.parentId !== site.id ? byId.get(site.parentId) : undefined;
    return {
      site,
      distanceKm: km,
      travelMinutes: minutes,
      within30: minutes <= NEAR_MINUTES,
      mobile: site.mobile,
      ...(parent ? { parent } : {}),
      opening: openingStatus(site, now),
    };
  });
}

/** Buses whose home base is within this many of the nearest are offered apart from fixed sites. */
export const MOBILE_LIMIT = 2;

const partitions = new WeakMap<readonly Site[], { fixed: Site[]; mobile: Site[] }>();

function partition(sites: readonly Site[]): { fixed: Site[]; mobile: Site[] } {
  let parts = partitions.get(sites);
  if (!parts) {
    parts = { fixed: sites.filter((s) => !s.mobile), mobile: sites.filter((s) => s.mobile) };
    partitions.set(sites, parts);
  }
  return parts;
}

/**
 * What a resident should be offered: the nearest fixed sites, and apart from them the buses whose
 * home base is within 30 minutes (a bus's address is where it starts, not where it stops).
 */
export function nearbyServices(sites: readonly Site[], point: GeoPoint, options: { limit?: number; now?: Date } = {}): NearbyServices {
  const { fixed, mobile } = partition(sites);
  return {
    fixed: nearestSites(fixed, point, options),
    mobile: nearestSites(mobile, point, { limit: MOBILE_LIMIT, now: options.now }).filter((n) => n.within30),
  };
}
