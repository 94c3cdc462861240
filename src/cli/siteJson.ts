import type { Site } from '../knowledge/schemas/site.js';
import type { NearbySite } from '../orientation/types.js';
import type { Messages } from '../knowledge/schemas/messages.js';
import { fill } from '../knowledge/fill.js';
import { siteFacts } from '../orientation/location/siteFacts.js';

/** "2 Rue de la Gare, 60380 Songeons", with the building ("mairie", "salle polyvalente") when known. */
export function fullAddress(site: Site): string {
  return siteFacts(site).address;
}

/** The phone line of a site for the CLI: a charged number always says so. */
export function phoneLine(site: Site, m: Messages['location']): string | null {
  const phone = siteFacts(site).phone;
  return phone ? fill(phone.charged ? m.phoneCharged : m.phone, { phone: phone.number }) : null;
}

/** One nearby site as the CLI prints it in JSON (`ask` and `sites`); ids are ANCT id_fs strings. */
export function nearbySiteJson(n: NearbySite) {
  const next = n.opening.nextOpening;
  return {
    id: n.site.id,
    name: n.site.name,
    address: fullAddress(n.site),
    addressComplement: n.site.addressComplement ?? null,
    commune: n.site.commune,
    phone: n.site.phone ?? null,
    phoneCharged: siteFacts(n.site).phone?.charged ?? false,
    hoursToConfirm: siteFacts(n.site).hoursToConfirm,
    distanceKm: Math.round(n.distanceKm * 10) / 10,
    travelMinutes: n.travelMinutes,
    within30: n.within30,
    mobile: n.mobile,
    openNow: n.opening.openNow,
    nextOpening: next ? { date: next.date, time: next.time, ...(next.place ? { place: next.place } : {}) } : null,
  };
}
