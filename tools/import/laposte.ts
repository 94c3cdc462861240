import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/** One row of La Poste's "base officielle des codes postaux". */
export interface PostalRow {
  insee: string;
  name: string;
  postalCode: string;
  locality: string;
  lat?: number;
  lon?: number;
}

/** Reads the semicolon-separated La Poste file (header Code_commune_INSEE;Nom_commune;…;coordonnees_gps). */
export function readLaPoste(file: string): PostalRow[] {
  const records = parse(readFileSync(file, 'utf8'), { delimiter: ';', columns: true, bom: true, skip_empty_lines: true, trim: true }) as Record<
    string,
    string
  >[];
  return records.map((r) => {
    const [lat, lon] = (r.coordonnees_gps ?? '').split(',').map((v) => Number.parseFloat(v));
    const hasCoordinates = Number.isFinite(lat) && Number.isFinite(lon);
    return {
      insee: r.Code_commune_INSEE ?? '',
      name: r.Nom_commune ?? '',
      postalCode: r.Code_postal ?? '',
      locality: r.Ligne_5 ?? '',
      ...(hasCoordinates ? { lat, lon } : {}),
    };
  });
}
