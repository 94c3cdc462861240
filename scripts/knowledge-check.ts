// Usage: npm run knowledge:check [-- <knowledge dir>]
// Validates every knowledge file and their cross-references; exit 1 on any error.
import { checkKnowledge } from '../tools/knowledge/check.js';
import { anomalyReport, countBy } from '../tools/import/report.js';
import { defaultKnowledgeDir } from '../src/knowledge/load.js';

const dir = process.argv[2] ?? defaultKnowledgeDir;
const result = checkKnowledge(dir);
const sites = result.sites?.sites ?? [];
const oise = sites.filter((s) => s.departement === '60');

console.log(`Dossier : ${dir}`);
console.log(`Partenaires : ${result.partners.length} · Démarches : ${result.procedures.length} · Corrections de sites : ${result.overrides.length}`);
console.log(`Sites : ${sites.length} (Oise : ${oise.length}, dont ${oise.filter((s) => s.type === 'antenne').length} antennes et ${oise.filter((s) => s.mobile).length} bus) · Communes : ${result.communes?.communes.length ?? 0}`);
if (result.sites) {
  console.log(`Anomalies des données ANCT (France) : ${JSON.stringify(countBy(result.sites.anomalies, (a) => a.kind))}`);
  console.log(anomalyReport(result.sites.anomalies.filter((a) => a.departement === '60'), 'Oise (60)'));
}
for (const warning of result.warnings) console.log(`Avertissement : ${warning}`);
if (result.errors.length > 0) {
  console.error(`\n${result.errors.length} erreur(s) :`);
  for (const error of result.errors) console.error(`  - ${error}`);
  process.exit(1);
}
console.log('\nConnaissances valides.');
