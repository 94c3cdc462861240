import type { Messages } from '../../knowledge/schemas/messages.js';
import { formatOpening, type HoursTexts } from '../../orientation/hours/index.js';
import type { NearbySite } from '../../orientation/types.js';
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
    ...(site.appointment ? [m.appointment] : []),
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

export function sitesCard(commune: string, sites: readonly NearbySite[], m: Messages['location'], hours: HoursTexts, now: Date): AdaptiveCardJson {
  const body: CardElement[] = [text(fill(m.header, { commune }), { bold: true, size: 'Medium' })];
  for (const nearby of sites) {
    const site = describe(nearby, m, hours, now);
    body.push({ ...heading(site.name), spacing: 'Large' }, ...site.lines.map((l) => text(l)));
    if (site.map) body.push(actionSet([openUrl(m.map, site.map)]));
  }
  body.push(...farNote(sites, m).map((l) => text(l, { subtle: true })));
  return adaptiveCard(body);
}

export function sitesText(commune: string, sites: readonly NearbySite[], m: Messages['location'], hours: HoursTexts, now: Date): string {
  const blocks = sites.map((nearby, i) => {
    const site = describe(nearby, m, hours, now);
    const map = site.map ? [`${m.map} : ${site.map}`] : [];
    return [`${i + 1}. ${site.name}`, ...site.lines, ...map].join('\n');
  });
  return [fill(m.header, { commune }), ...blocks, ...farNote(sites, m)].join('\n\n');
}
