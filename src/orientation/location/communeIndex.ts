/** Commune lookup (explicit queries) and extraction (free text), over maps built once. */
import type { Commune } from '../../knowledge/schemas/commune.js';
import type { CommuneLookup } from '../types.js';
import { CommuneTables, type CommuneTablesData } from './communeTables.js';
import { extractCommune } from './extract.js';
import { lookupCommune } from './lookup.js';
import { ordinaryNameTest } from './ordinaryWords.js';
import { DEFAULT_DEPARTEMENT } from './resolve.js';

export interface CommuneIndex {
  /** A name (accents, hyphens, "St" optional), a 5-digit postal code or "insee:CODE". */
  lookup(query: string): CommuneLookup;
  /** The commune a message mentions, or null. */
  extract(text: string): CommuneLookup | null;
  /** Current commune for a current or former INSEE code. */
  byInsee(code: string): Commune | undefined;
}

/** The look-up tables of `communes` as plain data (saved in the orientation model, src/orientation/model.ts). */
export function buildCommuneTables(communes: readonly Commune[], departement: string = DEFAULT_DEPARTEMENT): CommuneTablesData {
  return new CommuneTables(communes, departement).toData();
}

/**
 * `placeStopWords` (knowledge/lexicon.yaml): ordinary words that name a commune only after a strong cue.
 * `departement`: the one served; its communes win over homonyms elsewhere.
 * `saved`: the tables built by buildCommuneTables for the same communes and département.
 */
export function createCommuneIndex(
  communes: readonly Commune[],
  placeStopWords: readonly string[],
  departement: string = DEFAULT_DEPARTEMENT,
  saved?: CommuneTablesData,
): CommuneIndex {
  const tables = new CommuneTables(communes, departement, saved);
  const isOrdinaryName = ordinaryNameTest(placeStopWords);
  return {
    lookup: (query) => lookupCommune(tables, query),
    extract: (text) => extractCommune(tables, text, isOrdinaryName),
    byInsee: (code) => tables.byInsee.get(code.toUpperCase()),
  };
}
