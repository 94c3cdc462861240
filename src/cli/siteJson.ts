import type { Site } from '../knowledge/schemas/site.js';
import type { NearbySite } from '../orientation/types.js';

/** "2 Rue de la Gare, 60380 Songeons". */
export function fullAddress(site: Site): string {
  return [site.address, site.addressComplement, `${site.postalCode} ${site.commune}`].filter(Boolean).join(', ');
}

/** One nearby site as the CLI prints it in JSON (`ask` and `sites`); ids are ANCT id_fs strings. */
export function nearbySiteJson(n: NearbySite) {
  const next = n.opening.nextOpening;
  return {
    id: n.site.id,
    name: n.site.name,
    address: fullAddress(n.site),
    commune: n.site.commune,
    distanceKm: Math.round(n.distanceKm * 10) / 10,
    travelMinutes: n.travelMinutes,
    within30: n.within30,
    mobile: n.mobile,
    openNow: n.opening.openNow,
    nextOpening: next ? { date: next.date, time: next.time, ...(next.place ? { place: next.place } : {}) } : null,
  };
}
