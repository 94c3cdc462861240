/**
 * The pilotage figures in a terminal, from the same usage store as the dashboard (/pilotage):
 * JSON Lines files locally, Azure Table Storage when USAGE_STORE=table.
 * Usage: npm run report [-- --from 2026-01 --to 2026-12] [--partner caf] [--json | --csv] [--purge-before 2025-11]
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../src/config.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { pilotageCsv } from '../src/pilotage/csv.js';
import { formatPilotageReport } from '../src/pilotage/format.js';
import { namesFrom } from '../src/pilotage/names.js';
import { buildPilotageReport, type PilotageFilter } from '../src/pilotage/report.js';
import { createUsageBackend } from '../src/usage/index.js';
import { UsageStore } from '../src/usage/store.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        partner: { type: 'string' },
        json: { type: 'boolean', default: false },
        csv: { type: 'boolean', default: false },
        'purge-before': { type: 'string' },
      },
    }));
  } catch (err) {
    console.error(`Option invalide : ${(err as Error).message}`);
    return 2;
  }
  for (const key of ['from', 'to', 'purge-before'] as const) {
    const month = values[key];
    if (month !== undefined && !MONTH.test(month)) {
      console.error(`--${key} attend un mois au format AAAA-MM, par exemple 2026-01 (reçu : « ${month} »).`);
      return 2;
    }
  }
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      return 2;
    }
    throw err;
  }
  const knowledge = loadKnowledge(config.knowledgeDir);
  if (values.partner && !knowledge.partners.some((p) => p.id === values.partner)) {
    console.error(`Partenaire inconnu : « ${values.partner} ». Partenaires : ${knowledge.partners.map((p) => p.id).join(', ')}.`);
    return 2;
  }
  const backend = await createUsageBackend(config.usageStore);
  const purge = values['purge-before'];
  if (purge) {
    const removed = await backend.purgeBefore(purge);
    console.log(`Événements antérieurs à ${purge} supprimés (${backend.description}) : ${removed}.`);
    return 0;
  }
  const filter: PilotageFilter = { from: values.from, to: values.to, partner: values.partner };
  const { events, invalid } = await new UsageStore(backend).read(filter);
  const names = namesFrom(knowledge);
  if (values.csv) process.stdout.write(pilotageCsv(events, filter, names, knowledge.pilotage));
  else if (values.json) console.log(JSON.stringify({ ...buildPilotageReport(events, filter), invalid }, null, 2));
  else console.log(formatPilotageReport(buildPilotageReport(events, filter), names, knowledge.pilotage, backend.description));
  if (invalid > 0) console.error(`Attention : ${invalid} événement(s) illisible(s) ignoré(s) (${backend.description}).`);
  return 0;
}

process.exitCode = await main();
