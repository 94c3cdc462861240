/**
 * The view model of a site and of a list of nearby sites: every fact a user reads about a France
 * services (address with its complement, distance, travel time, phone, hours, opening status),
 * computed and worded once here from knowledge texts. The Adaptive Card, the plain text, the printable
 * fiche and the CLI render these fields as they are; none of them formats a site fact itself.
 */
import { fill } from '../../knowledge/fill.js';
import { locales, type Language } from '../../knowledge/schemas/languages.js';
import type { Messages } from '../../knowledge/schemas/messages.js';
import type { Site } from '../../knowledge/schemas/site.js';
import { formatOpening, formatWeeklyHours } from '../hours/index.js';
import { dayInWords } from '../procedures/figures.js';
import type { NearbyServices, NearbySite, OpeningStatus } from '../types.js';

/** 081, 082 and 089 numbers are charged ("services à valeur ajoutée"); 080 numbers are free. */
export function isChargedNumber(phone: string): boolean {
  return /^08[129]/.test(phone.replace(/[^\d+]/g, '').replace(/^\+33/, '0'));
}

/** The texts a site view is worded with: `location` and `hours` of the messages, in the user's language. */
export type SiteTexts = Pick<Messages, 'location' | 'hours'>;

/** What a site is, wherever it is shown. */
export interface SiteView {
  id: string;
  name: string;
  /** Bus or roaming service: its address is a home base, not a stop. */
  mobile: boolean;
  /** Said of a bus instead of its distance: "Service itinérant (bus) : consultez son planning…". */
  mobileNote: string | null;
  /** "Rue de la Mairie, salle polyvalente, 60240 Chaumont-en-Vexin". */
  address: string;
  /** The same address as lines: street, complement (when known), postal code and commune. */
  addressLines: string[];
  /** The building ("mairie", "salle polyvalente") when known. */
  addressComplement: string | null;
  commune: string;
  phone: { number: string; charged: boolean; text: string } | null;
  email: { address: string; text: string } | null;
  appointment: { required: boolean; text: string };
  /** Some hours or closures come from our reading of the data, not from the site: the text says to confirm by phone. */
  hoursToConfirm: string | null;
  /** One line per weekday: "Lundi : 9 h – 12 h, 13 h 30 – 17 h". */
  weeklyHours: string[];
  /** False when the site publishes no opening hours at all. */
  hoursPublished: boolean;
  /** Closures in the year (reasons, as published). */
  closures: string[];
  /** OpenStreetMap link centred on the site and its label ("Voir sur la carte"); null for buses. */
  map: { url: string; text: string } | null;
}

/** A site near the user: the site's view and how far, how long, open or not. */
export interface NearbySiteView extends SiteView {
  distance: {
    /** Rounded to 100 m, for machines (JSON). */
    km: number;
    /** "4,3" under 10 km, "12" above: the precision a person needs. */
    kmText: string;
    minutes: number;
    /** "À 4,3 km, environ 9 min en voiture". */
    text: string;
  };
  within30: boolean;
  opening: OpeningStatus & { text: string };
  /** "Antenne de : France services de …" for antennas. */
  antennaOf: string | null;
}

/** The nearest sites of one commune, as every channel shows them. */
export interface NearbyView {
  /** "Les France services les plus proches de Songeons :" */
  header: string;
  fixed: NearbySiteView[];
  mobile: NearbySiteView[];
  /** Heading of the buses part, when there are buses. */
  mobileHeader: string | null;
  /** Said when every fixed site is more than 30 minutes away. */
  far: string | null;
  /** "Source : liste officielle des France services du 1er août 2024 (ANCT)…" */
  source: string | null;
  /** Said when there is no site at all. */
  noSite: string | null;
}

export interface SiteViewOptions {
  /** Language of the numbers ("4,3" or "4.3"); the words come from the texts given. */
  language?: Language;
}

export interface NearbyViewOptions extends SiteViewOptions {
  now: Date;
}

const hourFields = /^(hours\.|closures$|weekdayPlaces$)/;

/** OpenStreetMap link centred on a point. */
export function mapUrl(lat: number, lon: number): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}`;
}

/** Street, complement (when known), postal code and commune. */
function addressLinesOf(site: Site): string[] {
  return [site.address, site.addressComplement, `${site.postalCode} ${site.commune}`].filter((l): l is string => !!l);
}

/** "2 Rue de la Gare, mairie, 60380 Songeons": the address as one line, wherever a sentence names it. */
export function siteAddress(site: Site): string {
  return addressLinesOf(site).join(', ');
}

/**
 * Views already made, by texts and site: a view depends on nothing else (no time), and the knowledge does
 * not change while the service runs, so a listing words each site's weekly hours once, not at every turn.
 * Views are shared: nobody modifies them.
 */
const views = new WeakMap<SiteTexts['location'], WeakMap<SiteTexts['hours'], WeakMap<Site, SiteView>>>();

export function siteView(site: Site, texts: SiteTexts): SiteView {
  let byHours = views.get(texts.location);
  if (!byHours) views.set(texts.location, (byHours = new WeakMap()));
  let bySite = byHours.get(texts.hours);
  if (!bySite) byHours.set(texts.hours, (bySite = new WeakMap()));
  let view = bySite.get(site);
  if (!view) bySite.set(site, (view = makeSiteView(site, texts)));
  return view;
}

function makeSiteView(site: Site, texts: SiteTexts): SiteView {
  const m = texts.location;
  const addressLines = addressLinesOf(site);
  const charged = site.phone ? isChargedNumber(site.phone) : false;
  return {
    id: site.id,
    name: site.name,
    mobile: site.mobile,
    mobileNote: site.mobile ? m.mobile : null,
    address: addressLines.join(', '),
    addressLines,
    addressComplement: site.addressComplement ?? null,
    commune: site.commune,
    phone: site.phone ? { number: site.phone, charged, text: fill(charged ? m.phoneCharged : m.phone, { phone: site.phone }) } : null,
    email: site.email ? { address: site.email, text: fill(m.email, { email: site.email }) } : null,
    appointment: { required: site.appointment, text: site.appointment ? m.appointment : m.noAppointment },
    hoursToConfirm: (site.toConfirm ?? []).some((field) => hourFields.test(field)) ? m.hoursToConfirm : null,
    weeklyHours: formatWeeklyHours(site.hours, texts.hours, site.weekdayPlaces),
    hoursPublished: Object.values(site.hours).some((day) => day.length > 0),
    closures: site.closures.map((c) => c.reason),
    map: site.mobile ? null : { url: mapUrl(site.lat, site.lon), text: m.map },
  };
}

/** Number formats by language and decimals, built once (building one costs more than a turn's other formatting). */
const kmFormats = new Map<string, Intl.NumberFormat>();

function kmText(km: number, language: Language): string {
  const digits = km < 10 ? 1 : 0;
  const key = `${language}/${digits}`;
  let format = kmFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locales[language], { minimumFractionDigits: digits, maximumFractionDigits: digits });
    kmFormats.set(key, format);
  }
  return format.format(km);
}

export function nearbySiteView(nearby: NearbySite, texts: SiteTexts, options: NearbyViewOptions): NearbySiteView {
  const m = texts.location;
  const language = options.language ?? 'fr';
  const minutes = Math.round(nearby.travelMinutes);
  const km = kmText(nearby.distanceKm, language);
  return {
    ...siteView(nearby.site, texts),
    mobile: nearby.mobile,
    mobileNote: nearby.mobile ? m.mobile : null,
    distance: { km: Math.round(nearby.distanceKm * 10) / 10, kmText: km, minutes, text: fill(m.distance, { km, minutes }) },
    within30: nearby.within30,
    opening: { ...nearby.opening, text: formatOpening(nearby.opening, options.now, texts.hours, language) },
    antennaOf: nearby.parent ? fill(m.antennaOf, { name: nearby.parent.name }) : null,
  };
}

export function nearbyView(commune: string, nearby: NearbyServices, texts: SiteTexts, options: NearbyViewOptions): NearbyView {
  const m = texts.location;
  const fixed = nearby.fixed.map((n) => nearbySiteView(n, texts, options));
  const mobile = nearby.mobile.map((n) => nearbySiteView(n, texts, options));
  return {
    header: fill(m.header, { commune }),
    fixed,
    mobile,
    mobileHeader: mobile.length > 0 ? m.mobileHeader : null,
    far: fixed.length > 0 && fixed.every((s) => !s.within30) ? m.far : null,
    source: nearby.sourceDate ? fill(m.sourceDate, { date: dayInWords(nearby.sourceDate, options.language) }) : null,
    noSite: fixed.length === 0 && mobile.length === 0 ? m.noSite : null,
  };
}
