import type { NearbySiteView } from '../orientation/location/siteView.js';

/** One nearby site as the CLI prints it in JSON (`ask` and `sites`), from the core's view; ids are ANCT id_fs strings. */
export function nearbySiteJson(site: NearbySiteView) {
  const next = site.opening.nextOpening;
  return {
    id: site.id,
    name: site.name,
    address: site.address,
    addressComplement: site.addressComplement,
    commune: site.commune,
    phone: site.phone?.number ?? null,
    phoneCharged: site.phone?.charged ?? false,
    hoursToConfirm: site.hoursToConfirm !== null,
    distanceKm: site.distance.km,
    travelMinutes: site.distance.minutes,
    within30: site.within30,
    mobile: site.mobile,
    openNow: site.opening.openNow,
    nextOpening: next ? { date: next.date, time: next.time, ...(next.place ? { place: next.place } : {}) } : null,
  };
}
