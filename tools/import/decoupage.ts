import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** An entry of @etalab/decoupage-administratif data/communes.json (the fields we use). */
export interface CogCommune {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  departement: string;
  chefLieu?: string;
  /** For an arrondissement municipal: its commune (Paris, Lyon, Marseille). */
  commune?: string;
  codesPostaux?: string[];
  anciensCodes?: string[];
  population?: number;
  centre?: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);

export function decoupageFile(): string {
  return require.resolve('@etalab/decoupage-administratif/data/communes.json');
}

export function decoupageVersion(): string {
  return (require('@etalab/decoupage-administratif/package.json') as { version: string }).version;
}

export function readDecoupage(file = decoupageFile()): CogCommune[] {
  return JSON.parse(readFileSync(file, 'utf8')) as CogCommune[];
}
