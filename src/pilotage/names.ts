/** Display names for the ids in usage events, from the knowledge; an unknown id shows as it is. */
import type { Knowledge } from '../knowledge/load.js';

export interface PilotageNames {
  partner(id: string): string;
  procedure(id: string): string;
  site(id: string): string;
  commune(insee: string): string;
  channel(id: string): string;
}

export function namesFrom(knowledge: Pick<Knowledge, 'partners' | 'procedures' | 'sites' | 'communes' | 'pilotage'>): PilotageNames {
  // Each map is built on its first use: the service holds the dashboard's names only once it is shown.
  const lookup = (entries: () => Iterable<[string, string]>) => {
    let map: Map<string, string> | undefined;
    return (id: string) => (map ??= new Map(entries())).get(id) ?? id;
  };
  return {
    partner: lookup(() => knowledge.partners.map((p) => [p.id, p.shortName])),
    procedure: lookup(() => knowledge.procedures.map((p) => [p.id, p.title])),
    site: lookup(() => knowledge.sites.sites.map((s) => [s.id, s.name])),
    commune: lookup(() => knowledge.communes.communes.map((c) => [c.insee, c.name])),
    channel: lookup(() => Object.entries(knowledge.pilotage.channels)),
  };
}
