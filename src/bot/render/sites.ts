import type { Messages } from '../../knowledge/schemas/messages.js';
import { formatOpening, type HoursTexts } from '../../orientation/hours/index.js';
import type { NearbyServices, NearbySite } from '../../orientation/types.js';
import { siteFacts } from '../../orientation/location/siteFacts.js';
import { frenchDay } from '../../orientation/procedures/figures.js';
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
  const facts = siteFacts(site);
  const phone = facts.phone ? fill(facts.phone.charged ? m.phoneCharged : m.phone, { phone: facts.phone.number }) : null;
  const contact = [phone, site.email ? fill(m.email, { email: site.email }) : null].filter((l): l is string => !!l);
  if (nearby.mobile) return { name: site.name, lines: [m.mobile, ...contact] };
  const lines = [
    facts.address,
    fill(m.distance, { km: formatKm(nearby.distanceKm), minutes: Math.round(nearby.travelMinutes) }),
    formatOpening(nearby.opening, now, hours),
    ...(facts.hoursToConfirm ? [m.hoursToConfirm] : []),
    site.appointment ? m.appointment : m.noAppointment,
    ...(nearby.parent ? [fill(m.antennaOf, { name: nearby.parent.name })] : []),
    ...contact,
  ];
  return { name: site.name, lines, map: mapUrl(site.lat, site.lon) };
}

function formatKm(km: number): string {
  return km < 10 ? km.toFixed(1).replace('.', ',') : String(Math.round(km));
}

/** "Source : liste officielle des France services du 1er août 2024 (ANCT)…" */
function sourceNote(nearby: NearbyServices, m: Messages['location']): string[] {
  return nearby.sourceDate ? [fill(m.sourceDate, { date: frenchDay(nearby.sourceDate) })] : [];
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
  body.push(...sourceNote(nearby, m).map((l) => ({ ...text(l, { subtle: true }), spacing: 'Large' as const })));
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
  return [...fixed, ...mobile, ...sourceNote(nearby, m)].join('\n\n');
}
