import type { Commune } from '../../src/knowledge/schemas/commune.js';
import type { CogCommune } from './decoupage.js';
import type { PostalRow } from './laposte.js';
import { placeKey } from '../../src/orientation/text/normalize.js';
import { titleCase } from './titleCase.js';

/** How a commune got its coordinates, from the most to the least precise. */
export type CoordinateMethod = 'insee' | 'name' | 'insee-renamed' | 'arrondissements' | 'former-code' | 'delegated' | 'locality' | 'decoupage-centre';

export interface CommunesBuild {
  communes: Commune[];
  /** Current communes left out because no source gives them coordinates or a postal code. */
  missing: { insee: string; name: string; departement: string; reason: string }[];
  methods: Partial<Record<CoordinateMethod, number>>;
}

interface Point {
  lat: number;
  lon: number;
  /** The La Poste code these coordinates belong to, when its rows describe this very commune. */
  ownCode?: string;
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;
const depOf = (insee: string) => (insee.startsWith('97') ? insee.slice(0, 3) : insee.slice(0, 2));

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    map.set(k, [...(map.get(k) ?? []), item]);
  }
  return map;
}

/** Builds knowledge/communes.json entries for every current commune, from the COG and La Poste. */
export function buildCommunes(cog: CogCommune[], postal: PostalRow[]): CommunesBuild {
  const current = cog.filter((c) => c.type === 'commune-actuelle').sort((a, b) => (a.code < b.code ? -1 : 1));
  const rowsByInsee = groupBy(postal, (r) => r.insee);
  const rowsByName = groupBy(postal, (r) => `${depOf(r.insee)}|${placeKey(r.name)}`);
  const rowsByLocality = groupBy(
    postal.filter((r) => r.locality),
    (r) => `${depOf(r.insee)}|${placeKey(r.locality)}`,
  );
  const currentByName = groupBy(current, (c) => `${c.departement}|${placeKey(c.nom)}`);
  const arrondissements = groupBy(
    cog.filter((c) => c.type === 'arrondissement-municipal'),
    (c) => c.commune ?? '',
  );
  const parts = groupBy(
    cog.filter((c) => (c.type === 'commune-deleguee' || c.type === 'commune-associee') && c.chefLieu),
    (c) => c.chefLieu ?? '',
  );

  const pointAt = (code: string): Point | undefined => {
    const row = rowsByInsee.get(code)?.find((r) => r.lat !== undefined);
    return row ? { lat: row.lat!, lon: row.lon!, ownCode: code } : undefined;
  };
  /** A single La Poste code among rows, or none when the name is ambiguous. */
  const uniquePoint = (rows: PostalRow[] | undefined): Point | undefined => {
    const codes = [...new Set((rows ?? []).map((r) => r.insee))];
    return codes.length === 1 ? pointAt(codes[0]!) : undefined;
  };
  /** La Poste's name at this code names another current commune (the code was reused). */
  const claimedByOther = (c: CogCommune): boolean =>
    (rowsByInsee.get(c.code) ?? []).some((r) => (currentByName.get(`${c.departement}|${placeKey(r.name)}`) ?? []).some((o) => o.code !== c.code));

  const strategies: [CoordinateMethod, (c: CogCommune) => Point | undefined][] = [
    ['insee', (c) => (rowsByInsee.get(c.code)?.some((r) => placeKey(r.name) === placeKey(c.nom)) ? pointAt(c.code) : undefined)],
    ['name', (c) => uniquePoint(rowsByName.get(`${c.departement}|${placeKey(c.nom)}`))],
    ['insee-renamed', (c) => (claimedByOther(c) ? undefined : pointAt(c.code))],
    ['arrondissements', (c) => centreOf((arrondissements.get(c.code) ?? []).map((a) => pointAt(a.code)))],
    ['former-code', (c) => firstOf(c.anciensCodes ?? [], pointAt)],
    [
      'delegated',
      (c) =>
        firstOf(
          (parts.get(c.code) ?? []).map((p) => p.code),
          pointAt,
        ),
    ],
    ['locality', (c) => withoutOwnCode(uniquePoint(rowsByLocality.get(`${c.departement}|${placeKey(c.nom)}`)))],
    ['decoupage-centre', (c) => (c.centre ? { lat: c.centre.coordinates[1], lon: c.centre.coordinates[0] } : undefined)],
  ];

  const build: CommunesBuild = { communes: [], missing: [], methods: {} };
  for (const c of current) {
    const found = strategies.map(([method, find]) => [method, find(c)] as const).find(([, point]) => point);
    const ownRows = found?.[1]?.ownCode ? (rowsByInsee.get(found[1].ownCode) ?? []) : [];
    const postalCodes = sortedUnique(c.codesPostaux?.length ? c.codesPostaux : [...ownRows, ...(rowsByInsee.get(c.code) ?? [])].map((r) => r.postalCode));
    if (!found || postalCodes.length === 0) {
      build.missing.push({ insee: c.code, name: c.nom, departement: c.departement, reason: found ? 'aucun code postal' : 'aucune coordonnée' });
      continue;
    }
    const [method, point] = found as readonly [CoordinateMethod, Point];
    build.methods[method] = (build.methods[method] ?? 0) + 1;
    build.communes.push({
      insee: c.code,
      name: c.nom,
      departement: c.departement,
      postalCodes,
      localities: localitiesOf(c, ownRows, parts.get(c.code) ?? [], (name) => otherCommuneNamed(currentByName, c, name, postalCodes)),
      formerCodes: sortedUnique(c.anciensCodes ?? []),
      ...(c.population !== undefined ? { population: c.population } : {}),
      lat: round(point.lat),
      lon: round(point.lon),
    });
  }
  return build;
}

/** Paris, Lyon, Marseille: La Poste only lists their arrondissements; use their mean point. */
function centreOf(points: (Point | undefined)[]): Point | undefined {
  const known = points.filter((p): p is Point => p !== undefined);
  if (known.length === 0) return undefined;
  const mean = (pick: (p: Point) => number) => known.reduce((sum, p) => sum + pick(p), 0) / known.length;
  return { lat: mean((p) => p.lat), lon: mean((p) => p.lon) };
}

function firstOf<T>(codes: string[], find: (code: string) => T | undefined): T | undefined {
  for (const code of codes) {
    const hit = find(code);
    if (hit) return hit;
  }
  return undefined;
}

/** A locality match gives the centre of the commune that contained it: its other rows are not ours. */
function withoutOwnCode(point: Point | undefined): Point | undefined {
  return point && { lat: point.lat, lon: point.lon };
}

function otherCommuneNamed(currentByName: Map<string, CogCommune[]>, c: CogCommune, key: string, postalCodes: string[]): boolean {
  return (currentByName.get(`${c.departement}|${key}`) ?? []).some((o) => o.code !== c.code && (o.codesPostaux ?? []).some((p) => postalCodes.includes(p)));
}

/** La Poste Ligne_5 values and delegated/associated communes, official spelling preferred, without duplicates. */
function localitiesOf(c: CogCommune, rows: PostalRow[], parts: CogCommune[], isOtherCommune: (key: string) => boolean): string[] {
  const byKey = new Map<string, string>();
  for (const part of parts) byKey.set(placeKey(part.nom), part.nom);
  for (const row of rows) {
    const key = placeKey(row.locality);
    if (key && !byKey.has(key) && !isOtherCommune(key)) byKey.set(key, titleCase(row.locality));
  }
  byKey.delete(placeKey(c.nom));
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, name]) => name);
}

function sortedUnique(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))].sort();
}
