export { createLanguageIdentifier, type LanguageChoice } from './identify.js';
export { loadLanguageModel, type LanguageModel } from './model.js';
