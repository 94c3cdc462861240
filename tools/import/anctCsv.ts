import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export const anctColumns = [
  'id_fs',
  'insee_dep',
  'lib_fs',
  'adresse',
  'complement_adresse',
  'insee_com',
  'code_postal',
  'lib_com',
  'latitude',
  'longitude',
  'mail',
  'telephone',
  'h_lundi',
  'h_mardi',
  'h_mercredi',
  'h_jeudi',
  'h_vendredi',
  'h_samedi',
  'prise_rdv',
  'commentaire',
  'type_fs',
  'format_fs',
  'groupe_fs',
] as const;

export type AnctRow = Record<(typeof anctColumns)[number], string>;

/** Parses the ANCT CSV text (quoted fields may hold line breaks); throws when a column is missing. */
export function parseAnct(text: string): AnctRow[] {
  const records = parse(text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
  const header = Object.keys(records[0] ?? {});
  const missing = anctColumns.filter((c) => !header.includes(c));
  if (records.length > 0 && missing.length) throw new Error(`Colonnes absentes du fichier ANCT : ${missing.join(', ')}`);
  return records.map((r) => Object.fromEntries(anctColumns.map((c) => [c, (r[c] ?? '').trim()])) as AnctRow);
}

export function readAnct(file: string): AnctRow[] {
  return parseAnct(readFileSync(file, 'utf8'));
}
