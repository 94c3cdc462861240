import type { Commune } from '../../src/knowledge/schemas/commune.js';
import type { Site, SiteAnomaly, WeeklyHours } from '../../src/knowledge/schemas/site.js';
import type { AnctRow } from './anctCsv.js';
import { normalizeEmail, normalizePhone } from './contact.js';
import { parseDay } from './hours.js';
import { commentCarriesSchedule, commentIsPlaceholder, commentRequiresAppointment, nameSpellingDiffers } from './siteChecks.js';
import { haversineKm } from '../../src/orientation/location/geo.js';
import { isChargedNumber } from '../../src/orientation/location/siteView.js';
import { foldAccents, placeKey } from '../../src/orientation/text/normalize.js';

const dayColumns = [
  ['monday', 'h_lundi'],
  ['tuesday', 'h_mardi'],
  ['wednesday', 'h_mercredi'],
  ['thursday', 'h_jeudi'],
  ['friday', 'h_vendredi'],
  ['saturday', 'h_samedi'],
] as const;

const formats: Record<string, Site['format']> = {
  fixe: 'fixe',
  multisites: 'multisites',
  bus_equivalent: 'bus',
  itinerante: 'itinerante',
  'fixe_antenne(s)': 'fixe-antennes',
};
const formatKey = (raw: string) => foldAccents(raw).toLowerCase();

/** Finds the commune by INSEE code, else by postal code (and name when the code is shared). */
export class CommuneIndex {
  private readonly byInsee = new Map<string, Commune>();
  private readonly byPostalCode = new Map<string, Commune[]>();

  constructor(communes: Commune[]) {
    for (const c of communes) {
      this.byInsee.set(c.insee, c);
      for (const code of c.formerCodes) if (!this.byInsee.has(code)) this.byInsee.set(code, c);
      for (const p of c.postalCodes) this.byPostalCode.set(p, [...(this.byPostalCode.get(p) ?? []), c]);
    }
  }

  /** The current commune for a (possibly former) INSEE code. */
  byCode(insee: string): Commune | undefined {
    return this.byInsee.get(insee);
  }

  resolve(insee: string, postalCode: string, name: string): Commune | undefined {
    const direct = this.byInsee.get(insee);
    if (direct) return direct;
    const candidates = this.byPostalCode.get(postalCode) ?? [];
    return candidates.find((c) => placeKey(c.name) === placeKey(name)) ?? (candidates.length === 1 ? candidates[0] : undefined);
  }
}

/** Turns one ANCT row into a site, recording every problem found; undefined when the row is unusable. */
export function siteFromRow(row: AnctRow, communes: CommuneIndex, anomalies: SiteAnomaly[]): Site | undefined {
  const flag = (field: string, kind: string, raw: string, detail: string) =>
    anomalies.push({ siteId: row.id_fs, siteName: row.lib_fs, departement: row.insee_dep, field, kind, raw, status: 'flagged', detail });

  const known = communes.resolve(row.insee_com, row.code_postal, row.lib_com);
  if (!known)
    flag(
      'insee',
      'unknown-commune',
      `${row.insee_com} ${row.code_postal} ${row.lib_com}`,
      'commune absente de knowledge/communes.json : nom et code du fichier ANCT gardés',
    );
  else if (known.insee !== row.insee_com)
    flag('insee', 'commune-code-updated', row.insee_com, `ancien code ou code d'arrondissement : commune actuelle ${known.insee} ${known.name}`);
  const commune = known ?? fromRow(row);
  const point = coordinates(row, commune, flag);
  if (!/^\d+$/.test(row.id_fs) || !commune || !point) {
    flag('id', 'site-dropped', row.id_fs, 'ligne inutilisable (identifiant, commune ou coordonnées manquants) : site écarté');
    return undefined;
  }
  const { lat, lon } = point;

  const hours: WeeklyHours = { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] };
  for (const [day, column] of dayColumns) {
    const parsed = parseDay(row[column]);
    hours[day] = parsed.intervals;
    for (const issue of parsed.issues) flag(`hours.${day}`, issue.kind, row[column], issue.detail);
  }

  const phone = normalizePhone(row.telephone);
  if (phone.issue) flag('phone', phone.issue.kind, row.telephone, phone.issue.detail);
  if (phone.value && isChargedNumber(phone.value)) {
    flag('phone', 'premium-phone', row.telephone, 'numéro surtaxé (08 1x, 08 2x ou 08 9x) : jamais montré sans la mention « numéro payant »');
  }
  const email = normalizeEmail(row.mail);
  if (email.issue) flag('email', email.issue.kind, row.mail, email.issue.detail);

  const format = formats[formatKey(row.format_fs)];
  if (!format) flag('format', 'unknown-format', row.format_fs, 'format inconnu : « fixe » retenu');
  const type = row.type_fs === 'Antenne' ? 'antenne' : 'principal';
  if (row.type_fs !== 'Antenne' && row.type_fs !== 'Principal') flag('type', 'unknown-type', row.type_fs, 'type inconnu : « principal » retenu');
  const mobile = format === 'bus' || format === 'itinerante';
  if (mobile) flag('address', 'mobile-home-base', row.adresse, "service mobile : l'adresse est le point de départ, pas un lieu d'accueil");

  const nameIssue = nameSpellingDiffers(row.lib_fs, commune.name);
  if (nameIssue) flag('name', 'name-differs', row.lib_fs, `information : nom officiel de la commune « ${commune.name} »`);
  checkComment(row, flag);

  const postalCode = /^\d{5}$/.test(row.code_postal) ? row.code_postal : commune.postalCodes[0]!;
  if (postalCode !== row.code_postal) flag('postalCode', 'postal-code-invalid', row.code_postal, `code postal remplacé par ${postalCode}`);
  return {
    id: row.id_fs,
    name: row.lib_fs,
    address: row.adresse || commune.name,
    ...(row.complement_adresse ? { addressComplement: row.complement_adresse } : {}),
    postalCode,
    insee: commune.insee,
    commune: commune.name,
    departement: commune.departement,
    lat,
    lon,
    type,
    format: format ?? 'fixe',
    ...(row.groupe_fs ? { group: row.groupe_fs } : {}),
    ...(phone.value ? { phone: phone.value } : {}),
    ...(email.value ? { email: email.value } : {}),
    appointment: row.prise_rdv.toLowerCase() === 'oui',
    hours,
    closures: [],
    weekdayPlaces: [],
    ...(row.commentaire ? { comment: row.commentaire } : {}),
    mobile,
  };
}

type Flag = (field: string, kind: string, raw: string, detail: string) => void;
type Place = Pick<Commune, 'insee' | 'name' | 'departement' | 'postalCodes'> & { lat?: number; lon?: number };

/** The row's own commune fields, when our commune list does not know it (e.g. Saint-Martin, without coordinates). */
function fromRow(row: AnctRow): Place | undefined {
  if (!/^\d[\dAB]\d{3}$/.test(row.insee_com) || !/^\d{5}$/.test(row.code_postal) || !row.lib_com) return undefined;
  return { insee: row.insee_com, name: row.lib_com, departement: row.insee_dep, postalCodes: [row.code_postal] };
}

function coordinates(row: AnctRow, commune: Place | undefined, flag: Flag): { lat: number; lon: number } | undefined {
  const lat = Number.parseFloat(row.latitude);
  const lon = Number.parseFloat(row.longitude);
  const raw = `${row.latitude},${row.longitude}`;
  const centre = commune?.lat !== undefined && commune.lon !== undefined ? { lat: commune.lat, lon: commune.lon } : undefined;
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    flag('coordinates', 'missing-coordinates', raw, centre ? `coordonnées absentes : centre de ${commune!.name} utilisé` : 'coordonnées absentes');
    return centre;
  }
  if (centre && haversineKm({ lat, lon }, centre) > 25) {
    flag('coordinates', 'coordinates-far', raw, `à ${Math.round(haversineKm({ lat, lon }, centre))} km du centre de ${commune!.name}`);
  }
  return { lat, lon };
}

function checkComment(row: AnctRow, flag: Flag): void {
  const comment = row.commentaire;
  if (!comment) return;
  if (commentIsPlaceholder(comment)) flag('comment', 'comment-placeholder', comment, 'texte de modèle sans information');
  else if (commentCarriesSchedule(comment))
    flag('comment', 'comment-schedule', comment, 'le commentaire contient des jours, lieux ou fermetures absents des horaires');
  if (row.prise_rdv !== 'Oui' && commentRequiresAppointment(comment)) {
    flag('appointment', 'appointment-mismatch', `${row.prise_rdv} / ${comment}`, 'le commentaire parle de rendez-vous alors que prise_rdv vaut « Non »');
  }
}
