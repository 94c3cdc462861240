export { createLanguageIdentifier, type Language, type LanguageChoice, type LanguageIdentifier } from './identify.js';
export { loadLanguageModel, type LanguageModel, type LanguageScores } from './model.js';
