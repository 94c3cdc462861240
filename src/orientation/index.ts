/**
 * The orientation core's facade: builds every index once from the knowledge,
 * then answers synchronously. Used by the bot, the CLI and the scripts.
 */
import type { Knowledge } from '../knowledge/load.js';
import { createLanguageIdentifier, type LanguageModel } from './language/index.js';
import { DEFAULT_DEPARTEMENT } from './location/resolve.js';
import { createCommuneIndex, nearbyServices, nearestSites } from './location/index.js';
import { detectPersonalData } from './privacy.js';
import { procedureView } from './procedures/view.js';
import { cachedProcedureViews } from './procedures/viewCache.js';
import { createTextPipeline, withRememberedTexts } from './text/pipeline.js';
import type { OrientationModel } from './model.js';
import type { Analysis, Orientation } from './types.js';
import { createSituationFinder } from './understanding/situation.js';
import { createUnderstanding } from './understanding/understand.js';

export type { Orientation } from './types.js';
export { loadLanguageModel, type LanguageModel } from './language/index.js';
export { loadOrientationModel, verifyOrientationModel, type OrientationModel } from './model.js';

export interface OrientationOptions {
  /** Identifies the language of messages (loadLanguageModel()); without it, only "in English please" switches. */
  languageModel?: LanguageModel;
  /** The département served (DEFAULT_DEPARTEMENT): its communes win over homonyms elsewhere. */
  departement?: string;
  /** What the indexes are built from, built or loaded for this knowledge and département (src/orientation/model.ts); built here when absent. */
  model?: OrientationModel;
}

/**
 * Short parts of messages read without context ("Bonjour", "comment faire ?", "merci d'avance") come back in
 * many people's messages: their readings (the same for the same text) are kept, a few hundred at most. Never
 * a text with a digit or an "@": nothing that may be a number or an address of a person stays in memory.
 */
const SHORT_TEXT_WORDS = 3;
const SHORT_TEXT_CHARS = 40;
const KEPT_READINGS = 500;
function isShortCommonText(text: string): boolean {
  return text.length <= SHORT_TEXT_CHARS && !/[\d@]/.test(text) && text.trim().split(/\s+/).length <= SHORT_TEXT_WORDS;
}

export function createOrientation(knowledge: Knowledge, options: OrientationOptions = {}): Orientation {
  const departement = options.departement ?? DEFAULT_DEPARTEMENT;
  const understand = createUnderstanding(knowledge, departement, undefined, options.model?.understanding);
  const communes = createCommuneIndex(knowledge.communes.communes, knowledge.lexicon.placeStopWords, departement, options.model?.communes);
  const procedures = new Map(knowledge.procedures.map((p) => [p.id, p]));
  const partners = new Map(knowledge.partners.map((p) => [p.id, p]));
  const sites = knowledge.sites.sites;
  const findSituation = createSituationFinder(knowledge.lexicon, createTextPipeline(knowledge.lexicon));
  const situationOf = (text: string, id: string) => findSituation(text, procedures.get(id)?.situations ?? []);
  const identifyLanguage = createLanguageIdentifier(knowledge.languages, options.languageModel);
  const shortReadings = new Map<string, Analysis>();

  return {
    knowledge,
    analyze: (text, context) =>
      withRememberedTexts(() => {
        // Personal numbers are masked before anything else reads the message.
        const { kinds, redacted } = detectPersonalData(text);
        const understood = understand(redacted, context);
        const situation = understood.procedure ? situationOf(redacted, understood.procedure.id) : null;
        return { ...understood, situation, location: communes.extract(redacted), personalData: kinds };
      }),
    understand: (text) => {
      const kept = shortReadings.get(text);
      if (kept) return kept;
      const found = withRememberedTexts(() => {
        const { kinds, redacted } = detectPersonalData(text);
        return { ...understand(redacted), situation: null, location: null, personalData: kinds };
      });
      if (isShortCommonText(text)) {
        if (shortReadings.size >= KEPT_READINGS) shortReadings.clear();
        shortReadings.set(text, found);
      }
      return found;
    },
    locate: (text) => communes.extract(detectPersonalData(text).redacted),
    situationOf: (text, id) => withRememberedTexts(() => situationOf(detectPersonalData(text).redacted, id)),
    procedure: (id) => procedures.get(id),
    procedureView: cachedProcedureViews((id, options) => {
      // English texts only where the whole procedure is translated: never half French, half English.
      const english = options.language === 'en' && Object.hasOwn(knowledge.english.procedures, id) ? knowledge.english.procedures[id] : undefined;
      if (english) return procedureView(english, knowledge.english.messages.figures, { ...options, language: 'en' });
      const procedure = procedures.get(id);
      return procedure ? procedureView(procedure, knowledge.messages.figures, { ...options, language: 'fr' }) : undefined;
    }),
    procedureIn(id, language) {
      const french = procedures.get(id);
      if (!french) return undefined;
      const english = language === 'en' && Object.hasOwn(knowledge.english.procedures, id) ? knowledge.english.procedures[id] : undefined;
      return english ? { procedure: english, inLanguage: true } : { procedure: french, inLanguage: language === 'fr' };
    },
    language: (text, current) => identifyLanguage(detectPersonalData(text).redacted, current),
    partner: (id, language = 'fr') => (language === 'en' && Object.hasOwn(knowledge.english.partners, id) ? knowledge.english.partners[id] : partners.get(id)),
    lookupCommune: (query) => communes.lookup(query),
    nearestSites: (point, options) => nearestSites(sites, point, options),
    nearbyServices: (point, options) => ({ ...nearbyServices(sites, point, options), sourceDate: knowledge.sites.source.date }),
  };
}
