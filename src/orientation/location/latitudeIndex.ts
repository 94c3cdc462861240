/**
 * Exact k-nearest search over sites. Sites are sorted by latitude once; the search walks outwards from
 * the point's latitude and stops when the latitude gap alone (a lower bound of the great-circle
 * distance: R·|Δφ|) exceeds the k-th best distance. Every candidate kept is measured by haversineKm,
 * so the order is exactly the great-circle order.
 */
import type { Site } from '../../knowledge/schemas/site.js';
import type { GeoPoint } from '../types.js';
import { EARTH_RADIUS_KM, haversineKm } from './geo.js';

export interface Ranked {
  site: Site;
  km: number;
}

/** Ids in numeric order ("9" before "10"), built once: localeCompare with options builds one per call. */
const byId = new Intl.Collator('en', { numeric: true });

/** Nearer first; equal distances by id, so that the order never depends on the input order. */
export function closer(a: Ranked, b: Ranked): number {
  return a.km - b.km || byId.compare(a.site.id, b.site.id);
}

const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180;
const byLatitude = new WeakMap<readonly Site[], Site[]>();

function sortedByLatitude(sites: readonly Site[]): Site[] {
  let sorted = byLatitude.get(sites);
  if (!sorted) {
    sorted = [...sites].sort((a, b) => a.lat - b.lat);
    byLatitude.set(sites, sorted);
  }
  return sorted;
}

/** First index whose latitude is ≥ lat. */
function lowerBound(sorted: Site[], lat: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]!.lat < lat) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Keeps `best` sorted and at most `limit` long. */
function insert(best: Ranked[], candidate: Ranked, limit: number): void {
  if (best.length === limit && closer(candidate, best[limit - 1]!) >= 0) return;
  let at = best.length;
  while (at > 0 && closer(candidate, best[at - 1]!) < 0) at--;
  best.splice(at, 0, candidate);
  if (best.length > limit) best.pop();
}

export function kNearest(sites: readonly Site[], point: GeoPoint, limit: number): Ranked[] {
  if (limit <= 0) return [];
  if (limit >= sites.length) return sites.map((site) => ({ site, km: haversineKm(point, site) })).sort(closer);
  const sorted = sortedByLatitude(sites);
  const best: Ranked[] = [];
  const bound = () => (best.length < limit ? Infinity : best[limit - 1]!.km);
  let up = lowerBound(sorted, point.lat);
  let down = up - 1;
  while (up < sorted.length || down >= 0) {
    const gapUp = up < sorted.length ? (sorted[up]!.lat - point.lat) * KM_PER_DEGREE : Infinity;
    const gapDown = down >= 0 ? (point.lat - sorted[down]!.lat) * KM_PER_DEGREE : Infinity;
    // The latitude gap is a lower bound; a small margin absorbs floating-point rounding.
    if (Math.min(gapUp, gapDown) > bound() * (1 + 1e-9) + 1e-9) break;
    const site = gapUp <= gapDown ? sorted[up++]! : sorted[down--]!;
    insert(best, { site, km: haversineKm(point, site) }, limit);
  }
  return best;
}
