import type { Messages } from '../../knowledge/schemas/messages.js';
import { formatOpening, type HoursTexts } from '../../orientation/hours/index.js';
import type { NearbyServices, NearbySite } from '../../orientation/types.js';
import { fill } from '../texts.js';
import { actionSet, adaptiveCard, heading, openUrl, text, type AdaptiveCardJson, type CardElement } from './card.js';

/** OpenStreetMap link centred on the site. */
export function mapUrl(lat: number, lon: number): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}`;
}

interface SiteLines {
  name: string;
  lines: string[];
  map?: string;
}

/** The facts shown for one site; a bus shows how to reach it instead of a misleading address. */
function describe(nearby: NearbySite, m: Messages['location'], hours: HoursTexts, now: Date): SiteLines {
  const { site } = nearby;
  const contact = [site.phone ? fill(m.phone, { phone: site.phone }) : null, site.email ? fill(m.email, { email: site.email }) : null].filter((l): l is string => !!l);
  if (nearby.mobile) return { name: site.name, lines: [m.mobile, ...contact] };
  const address = [site.address, site.addressComplement, `${site.postalCode} ${site.commune}`].filter(Boolean).join(', ');
  const lines = [
    address,
    fill(m.distance, { km: formatKm(nearby.distanceKm), minutes: Math.round(nearby.travelMinutes) }),
    formatOpening(nearby.opening, now, hours),
    site.appointment ? m.appointment : m.noAppointment,
    ...(nearby.parent ? [fill(m.antennaOf, { name: nearby.parent.name })] : []),
    ...contact,
  ];
  return { name: site.name, lines, map: mapUrl(site.lat, site.lon) };
}

function formatKm(km: number): string {
  return km < 10 ? km.toFixed(1).replace('.', ',') : String(Math.round(km));
}

function farNote(sites: readonly NearbySite[], m: Messages['location']): string[] {
  return sites.length > 0 && sites.every((s) => !s.within30 && !s.mobile) ? [m.far] : [];
}

export function sitesCard(commune: string, nearby: NearbyServices, m: Messages['location'], hours: HoursTexts, now: Date): AdaptiveCardJson {
  const body: CardElement[] = [text(fill(m.header, { commune }), { bold: true, size: 'Medium' })];
  const addSite = (one: NearbySite) => {
    const site = describe(one, m, hours, now);
    body.push({ ...heading(site.name), spacing: 'Large' }, ...site.lines.map((l) => text(l)));
    if (site.map) body.push(actionSet([openUrl(m.map, site.map)]));
  };
  nearby.fixed.forEach(addSite);
  body.push(...farNote(nearby.fixed, m).map((l) => text(l, { subtle: true })));
  if (nearby.mobile.length > 0) {
    body.push({ ...text(m.mobileHeader, { bold: true }), spacing: 'ExtraLarge' });
    nearby.mobile.forEach(addSite);
  }
  return adaptiveCard(body);
}

export function sitesText(commune: string, nearby: NearbyServices, m: Messages['location'], hours: HoursTexts, now: Date): string {
  const block = (one: NearbySite, i: number) => {
    const site = describe(one, m, hours, now);
    const map = site.map ? [`${m.map} : ${site.map}`] : [];
    return [`${i + 1}. ${site.name}`, ...site.lines, ...map].join('\n');
  };
  const fixed = [fill(m.header, { commune }), ...nearby.fixed.map(block), ...farNote(nearby.fixed, m)];
  const mobile = nearby.mobile.length > 0 ? [m.mobileHeader, ...nearby.mobile.map((one, i) => block(one, nearby.fixed.length + i))] : [];
  return [...fixed, ...mobile].join('\n\n');
}
