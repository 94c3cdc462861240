// Usage: npm run import:communes -- <laposte-hexasmal CSV>
// Writes knowledge/communes.json from @etalab/decoupage-administratif (names, codes) and La Poste (coordinates).
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { defaultKnowledgeDir } from '../src/knowledge/load.js';
import { communesFileSchema } from '../src/knowledge/schemas/commune.js';
import { buildCommunes } from '../tools/import/communes.js';
import { compactJson } from '../tools/import/compactJson.js';
import { decoupageVersion, readDecoupage } from '../tools/import/decoupage.js';
import { readLaPoste } from '../tools/import/laposte.js';

const [input, output = join(defaultKnowledgeDir, 'communes.json')] = process.argv.slice(2);
if (!input) {
  console.error('Usage : npm run import:communes -- <fichier La Poste .csv> [sortie.json]');
  process.exit(2);
}

const started = performance.now();
const build = buildCommunes(readDecoupage(), readLaPoste(input));
const version = decoupageVersion();
const laPosteYear = /\d{4}/.exec(basename(input))?.[0] ?? 'inconnue';
const file = communesFileSchema.parse({
  source: {
    files: [basename(input), `@etalab/decoupage-administratif@${version}/data/communes.json`],
    date: `La Poste ${laPosteYear} ; decoupage-administratif ${version}`,
  },
  communes: build.communes,
});
// Empty lists are left out: the schema restores them (`.default([])`) and the file loads faster.
writeFileSync(output, compactJson({ ...file, communes: file.communes.map(withoutEmptyLists) }));

const oise = build.communes.filter((c) => c.departement === '60').length;
const missingOise = build.missing.filter((m) => m.departement === '60');
console.log(`${build.communes.length} communes écrites dans ${output} (Oise : ${oise}).`);
console.log(`Coordonnées trouvées par : ${JSON.stringify(build.methods)}`);
console.log(`Communes actuelles sans coordonnées, écartées : ${build.missing.length} (Oise : ${missingOise.length}).`);
const departements = [...new Set(build.missing.map((m) => m.departement))];
for (const dep of departements) {
  const list = build.missing.filter((m) => m.departement === dep);
  const shown = list
    .slice(0, 5)
    .map((m) => `${m.insee} ${m.name}`)
    .join(', ');
  console.log(`  - ${dep} : ${list.length} (${shown}${list.length > 5 ? ', …' : ''})`);
}
console.log(`Durée : ${Math.round(performance.now() - started)} ms`);
if (missingOise.length > 0) process.exit(1);

function withoutEmptyLists(commune: object): object {
  return Object.fromEntries(Object.entries(commune).filter(([, value]) => !(Array.isArray(value) && value.length === 0)));
}
