/** Turns the communes matching a query into a CommuneLookup, preferring the département served. */
import type { Commune } from '../../knowledge/schemas/commune.js';
import type { CommuneLookup } from '../types.js';

/** The département served when none is given; src/config.ts's DEFAULT_DEPARTEMENT defaults to it. */
export const DEFAULT_DEPARTEMENT = '60';

/** A partial name ("Crèvecœur") means the largest commune when it is this many times larger than the next. */
const DOMINANCE = 5;

function unique(communes: Commune[]): Commune[] {
  return [...new Map(communes.map((c) => [c.insee, c])).values()];
}

/** Matches of one name key, by kind; `heads` holds communes of the département served only. */
export interface NameMatches {
  official: Commune[];
  localities: Commune[];
  heads: Commune[];
}

/** Resolves matches the way people of `home`, the département served (the Oise), mean them. */
export class NameResolver {
  constructor(readonly home: string) {}

  readonly isHome = (c: Commune): boolean => c.departement === this.home;

  /** The département served first, then largest population first. */
  readonly byPreference = (a: Commune, b: Commune): number => Number(this.isHome(b)) - Number(this.isHome(a)) || (b.population ?? 0) - (a.population ?? 0);

  fromCandidates(query: string, communes: Commune[]): CommuneLookup {
    const candidates = unique(communes).sort(this.byPreference);
    if (candidates.length === 0) return { status: 'unknown', query };
    if (candidates.length === 1) return { status: 'found', commune: candidates[0]! };
    return { status: 'ambiguous', query, candidates };
  }

  /**
   * Official name at home, then a former commune or locality at home, then a partial name at home
   * ("Crèvecœur": dominant one, else ambiguous; ambiguous too when the full name exists elsewhere),
   * then the official name elsewhere, then a locality elsewhere.
   */
  resolveName(query: string, m: NameMatches): CommuneLookup {
    const homeOfficial = m.official.filter(this.isHome);
    if (homeOfficial.length > 0) return this.fromCandidates(query, homeOfficial);
    const homeLocalities = m.localities.filter(this.isHome);
    if (homeLocalities.length > 0) return this.fromCandidates(query, homeLocalities);
    if (m.heads.length > 0) {
      if (m.official.length > 0) return this.fromCandidates(query, [...m.heads, ...m.official]);
      return this.dominant(query, m.heads);
    }
    return this.fromCandidates(query, m.official.length > 0 ? m.official : m.localities);
  }

  private dominant(query: string, communes: Commune[]): CommuneLookup {
    const sorted = unique(communes).sort(this.byPreference);
    const [first, second] = sorted;
    if (first && second && (first.population ?? 0) >= DOMINANCE * (second.population ?? 0)) return { status: 'found', commune: first };
    return this.fromCandidates(query, sorted);
  }
}
