// Usage: npm run import:sites -- <ANCT CSV, name ending in YYYY-MM-DD.csv> [output.json]
// Writes knowledge/sites.json from the ANCT list, knowledge/communes.json and knowledge/site-overrides.yaml.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeError } from '../src/knowledge/errors.js';
import { defaultKnowledgeDir, loadCommunes } from '../src/knowledge/load.js';
import { readAnct } from '../tools/import/anctCsv.js';
import { compactJson } from '../tools/import/compactJson.js';
import { importSites } from '../tools/import/importSites.js';
import { loadOverrides } from '../tools/import/overrides.js';
import { anomalyReport, countBy } from '../tools/import/report.js';

const [input, output = join(defaultKnowledgeDir, 'sites.json')] = process.argv.slice(2);
if (!input) {
  console.error('Usage : npm run import:sites -- <fichier ANCT AAAA-MM-JJ.csv> [sortie.json]');
  process.exit(2);
}

try {
  const started = performance.now();
  const overridesFile = join(defaultKnowledgeDir, 'site-overrides.yaml');
  const file = importSites({
    sourceFile: input,
    rows: readAnct(input),
    communes: loadCommunes(defaultKnowledgeDir).communes,
    overrides: loadOverrides(overridesFile),
    overridesFile,
  });
  writeFileSync(output, compactJson(file));
  const oise = file.sites.filter((s) => s.departement === '60');
  console.log(`${file.sites.length} sites écrits dans ${output} (Oise : ${oise.length}).`);
  console.log(`Anomalies (France) : ${file.anomalies.length} — ${JSON.stringify(countBy(file.anomalies, (a) => a.kind))}`);
  console.log(
    anomalyReport(
      file.anomalies.filter((a) => a.departement === '60'),
      'Oise (60)',
    ),
  );
  console.log(`Durée : ${Math.round(performance.now() - started)} ms`);
} catch (err) {
  console.error(err instanceof KnowledgeError ? err.message : `Import impossible : ${(err as Error).message}`);
  process.exit(1);
}
