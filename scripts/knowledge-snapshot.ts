// Run by `npm run build` (postbuild): saves the validated knowledge snapshot and the orientation model
// (indexes and trained classifier, src/orientation/model.ts) that `npm start` loads.
// Nothing to do by hand: a stale snapshot or model is also rebuilt at start, by the tests and by knowledge:check.
import { loadKnowledgeReporting } from '../src/knowledge/load.js';
import { loadOrientationModel } from '../src/orientation/index.js';
import { DEFAULT_DEPARTEMENT } from '../src/orientation/location/resolve.js';

const { knowledge, source, key } = loadKnowledgeReporting();
console.log(source === 'snapshot' ? 'Instantané des connaissances : à jour' : 'Instantané des connaissances : reconstruit depuis les fichiers validés');
if (key) {
  const model = loadOrientationModel(knowledge, { knowledgeKey: key, departement: DEFAULT_DEPARTEMENT });
  console.log(model.source === 'saved' ? "Modèle d'orientation : à jour" : "Modèle d'orientation : reconstruit");
}
