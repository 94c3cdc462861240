// Run by `npm run build` (postbuild): saves the validated knowledge snapshot that `npm start` loads.
// Nothing to do by hand: a stale snapshot is also rebuilt at start, by the tests and by knowledge:check.
import { loadKnowledgeReporting } from '../src/knowledge/load.js';

const { source } = loadKnowledgeReporting();
console.log(source === 'snapshot' ? 'Instantané des connaissances : à jour' : 'Instantané des connaissances : reconstruit depuis les fichiers validés');
