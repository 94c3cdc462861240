/** Explicit commune queries: "Noyon", "st just en chaussee", "60400", "insee:60471", "Noyon (60400)". */
import type { CommuneLookup } from '../types.js';
import type { CommuneTables } from './communeTables.js';
import { placeKey } from '../text/normalize.js';

const inseeQuery = /^insee\s*:\s*(\S+)$/i;
const postalCode = /(?<!\d)\d{5}(?!\d)/;
/** A trailing département: "Saint-Just (60)", "Beaulieu, 19". */
const trailingDepartement = /[\s,(]+(\d{2}|2A|2B)\)?$/i;

export function lookupCommune(tables: CommuneTables, query: string): CommuneLookup {
  const trimmed = query.trim();
  const insee = inseeQuery.exec(trimmed);
  if (insee) {
    const commune = tables.byInsee.get(insee[1]!.toUpperCase());
    return commune ? { status: 'found', commune } : { status: 'unknown', query: trimmed };
  }
  const code = postalCode.exec(trimmed)?.[0];
  const rest = trimmed.replace(postalCode, ' ').replace(/[()]/g, ' ').trim();
  if (code) return byPostalCode(tables, trimmed, code, rest);
  const departement = trailingDepartement.exec(rest)?.[1]?.toUpperCase();
  const name = departement ? rest.replace(trailingDepartement, '') : rest;
  const result = byName(tables, trimmed, name);
  if (!departement || result.status === 'unknown') return result;
  const all = result.status === 'found' ? [result.commune] : result.candidates;
  return tables.resolver.fromCandidates(
    trimmed,
    all.filter((c) => c.departement === departement),
  );
}

export function byName(tables: CommuneTables, query: string, name: string): CommuneLookup {
  const matches = tables.matches(placeKey(name));
  return matches ? tables.resolver.resolveName(query, matches) : { status: 'unknown', query };
}

/** The communes of a postal code, narrowed by a name given with it. */
function byPostalCode(tables: CommuneTables, query: string, code: string, name: string): CommuneLookup {
  const communes = tables.byPostalCode.get(code) ?? [];
  const matches = name ? tables.matches(placeKey(name)) : undefined;
  if (matches) {
    const named = [...matches.official, ...matches.localities, ...matches.heads];
    const both = communes.filter((c) => named.includes(c));
    if (both.length > 0) return tables.resolver.fromCandidates(query, both);
  }
  return tables.resolver.fromCandidates(query, communes);
}
