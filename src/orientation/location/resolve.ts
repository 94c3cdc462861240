/** Turns the communes matching a query into a CommuneLookup, preferring the Oise. */
import type { Commune } from '../../knowledge/schemas/commune.js';
import type { CommuneLookup } from '../types.js';

export const OISE = '60';

/** A partial name ("Crèvecœur") means the largest commune when it is this many times larger than the next. */
const DOMINANCE = 5;

const isOise = (c: Commune) => c.departement === OISE;

/** Oise first, then largest population first. */
export function byPreference(a: Commune, b: Commune): number {
  return Number(isOise(b)) - Number(isOise(a)) || (b.population ?? 0) - (a.population ?? 0);
}

function unique(communes: Commune[]): Commune[] {
  return [...new Map(communes.map((c) => [c.insee, c])).values()];
}

export function fromCandidates(query: string, communes: Commune[]): CommuneLookup {
  const candidates = unique(communes).sort(byPreference);
  if (candidates.length === 0) return { status: 'unknown', query };
  if (candidates.length === 1) return { status: 'found', commune: candidates[0]! };
  return { status: 'ambiguous', query, candidates };
}

/** Matches of one name key, by kind; `heads` holds Oise communes only. */
export interface NameMatches {
  official: Commune[];
  localities: Commune[];
  heads: Commune[];
}

/**
 * Official name in the Oise, then a former commune or locality in the Oise, then a partial name of the
 * Oise ("Crèvecœur": dominant one, else ambiguous; ambiguous too when the full name exists elsewhere),
 * then the official name elsewhere, then a locality elsewhere.
 */
export function resolveName(query: string, m: NameMatches): CommuneLookup {
  const oiseOfficial = m.official.filter(isOise);
  if (oiseOfficial.length > 0) return fromCandidates(query, oiseOfficial);
  const oiseLocalities = m.localities.filter(isOise);
  if (oiseLocalities.length > 0) return fromCandidates(query, oiseLocalities);
  if (m.heads.length > 0) {
    if (m.official.length > 0) return fromCandidates(query, [...m.heads, ...m.official]);
    return dominant(query, m.heads);
  }
  return fromCandidates(query, m.official.length > 0 ? m.official : m.localities);
}

function dominant(query: string, communes: Commune[]): CommuneLookup {
  const sorted = unique(communes).sort(byPreference);
  const [first, second] = sorted;
  if (first && second && (first.population ?? 0) >= DOMINANCE * (second.population ?? 0)) return { status: 'found', commune: first };
  return fromCandidates(query, sorted);
}
