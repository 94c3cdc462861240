// Usage: npm run knowledge:check [-- [--strict] [<knowledge dir>]]
// Validates every knowledge file and their cross-references; exit 1 on any error.
// --strict (CI): a figure past its validity is an error, not a warning.
import { parseArgs } from 'node:util';
import { checkKnowledge } from '../tools/knowledge/check.js';
import { anomalyReport, countBy } from '../tools/import/report.js';
import { defaultKnowledgeDir, loadKnowledgeReporting, verifySnapshot } from '../src/knowledge/load.js';
import { verifyOrientationModel } from '../src/orientation/index.js';
import { DEFAULT_DEPARTEMENT } from '../src/orientation/location/resolve.js';

const args = parseArgs({ options: { strict: { type: 'boolean', default: false } }, allowPositionals: true });
const dir = args.positionals[0] ?? defaultKnowledgeDir;
const result = checkKnowledge(dir);
const figureCount = result.procedures.reduce((n, p) => n + p.figures.length, 0);
const sites = result.sites?.sites ?? [];
const oise = sites.filter((s) => s.departement === '60');

console.log(`Dossier : ${dir}`);
console.log(`Partenaires : ${result.partners.length} · Démarches : ${result.procedures.length} · Corrections de sites : ${result.overrides.length}`);
console.log(
  `Sites : ${sites.length} (Oise : ${oise.length}, dont ${oise.filter((s) => s.type === 'antenne').length} antennes et ${oise.filter((s) => s.mobile).length} bus) · Communes : ${result.communes?.communes.length ?? 0}`,
);
if (result.sites) {
  console.log(`Anomalies des données ANCT (France) : ${JSON.stringify(countBy(result.sites.anomalies, (a) => a.kind))}`);
  console.log(
    anomalyReport(
      result.sites.anomalies.filter((a) => a.departement === '60'),
      'Oise (60)',
    ),
  );
  // Charged numbers are listed wherever they are: never shown as a France services' own line without saying so.
  console.log(
    anomalyReport(
      result.sites.anomalies.filter((a) => a.kind === 'premium-phone'),
      'numéros surtaxés (France)',
    ),
  );
}
console.log(`Montants datés : ${figureCount} · dépassés : ${result.expired.length}`);
for (const warning of result.warnings) console.log(`Avertissement : ${warning}`);
if (args.values.strict) result.errors.push(...result.expired.map((e) => `${e} (--strict)`));
else for (const expired of result.expired) console.log(`Avertissement : ${expired}`);
if (result.errors.length > 0) {
  console.error(`\n${result.errors.length} erreur(s) :`);
  for (const error of result.errors) console.error(`  - ${error}`);
  process.exit(1);
}
const snapshot = { 'up-to-date': 'à jour', rebuilt: 'reconstruit', unwritable: 'non enregistré (dossier en lecture seule)' }[verifySnapshot(dir)];
console.log(`Instantané des connaissances (chargé au démarrage) : ${snapshot}`);
const { knowledge, key } = loadKnowledgeReporting(dir);
if (key) {
  const verdict = verifyOrientationModel(knowledge, { knowledgeKey: key, departement: DEFAULT_DEPARTEMENT });
  const model = { 'up-to-date': 'à jour', rebuilt: 'reconstruit', unwritable: 'non enregistré (dossier en lecture seule)' }[verdict];
  console.log(`Modèle d'orientation (index et classifieur entraîné, chargés au démarrage) : ${model}`);
}
console.log('\nConnaissances valides.');
