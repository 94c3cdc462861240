// Run by `npm run build` (postbuild): saves the French and English subset of eld's database that the
// service loads (src/orientation/language/model.ts). Nothing to do by hand: a missing one is derived at start.
import { loadLanguageModel } from '../src/orientation/language/model.js';

await loadLanguageModel();
console.log('Modèle de langue : sous-ensemble français et anglais de eld enregistré dans dist/language-model');
