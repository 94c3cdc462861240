// Run by `npm run build` (postbuild): saves under dist/ the parts of two packages' data that the service
// loads at start: the French and English subset of eld's database (src/orientation/language/model.ts) and
// France's public holiday rules from date-holidays (src/orientation/hours/holidays.ts). Nothing to do by
// hand: a missing one is derived at start.
import { isPublicHoliday } from '../src/orientation/hours/holidays.js';
import { loadLanguageModel } from '../src/orientation/language/model.js';

await loadLanguageModel();
isPublicHoliday('2026-01-01');
console.log('Données dérivées des paquets (langues fr/en de eld, jours fériés FR) enregistrées dans dist/');
