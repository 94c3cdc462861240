import { describe, expect, it } from 'vitest';
import { languagesFileSchema } from '../../../src/knowledge/schemas/languages.js';
import { createLanguageIdentifier, loadLanguageModel } from '../../../src/orientation/language/index.js';

/** Request phrases of our own: the method, not the real data. */
const phrases = languagesFileSchema.parse({ switchTo: { en: ['in English please', 'English'], fr: ['en français svp', 'français'] } });
const identify = createLanguageIdentifier(phrases, await loadLanguageModel());

describe('language of a message', () => {
  it.each([
    'Hello, I moved to Chantilly last year from the US. Do I need to exchange my driving licence?',
    'hi, my daughter is 16 and needs a passport, how much is it?',
    'Where is the nearest France services office?',
    'How do I register as a job seeker in France?',
    'I have no income, can I get the RSA? Je suis à Creil.',
  ])('an English message turns a French conversation to English: %s', (text) => {
    expect(identify(text, 'fr')).toEqual({ language: 'en', reason: 'detected' });
  });

  it.each([
    "Bonjour, j'ai perdu mon permis de conduire la semaine dernière",
    'jsuis a grandviliers',
    'echange permis algerien ANTS pieces',
    'allocation familiale caf',
    'tax declaration help please, je comprends pas le formulaire',
  ])('a French or mixed message keeps a French conversation in French: %s', (text) => {
    expect(identify(text, 'fr').language).toBe('fr');
  });

  it.each(['Lamorlaye', '60300', '2', 'ok', 'yes', 'Pont-Sainte-Maxence', 'I need a titre de séjour', 'RSA demande'])(
    'a short answer, a place or a French official name keeps an English conversation in English: %s',
    (text) => {
      expect(identify(text, 'en')).toEqual({ language: 'en', reason: 'kept' });
    },
  );

  it('a clearly French message brings an English conversation back to French', () => {
    expect(identify("je voudrais un rendez-vous pour ma carte d'identité", 'en')).toEqual({ language: 'fr', reason: 'detected' });
  });

  it.each([
    ['In English please!', 'fr', 'en', true],
    ['english', 'fr', 'en', true],
    ['Bonjour, in english please, I lost my passport', 'fr', 'en', false],
    ['En français SVP', 'en', 'fr', true],
    ['Francais', 'en', 'fr', true],
  ] as const)('an explicit request switches: %s (alone: %s)', (text, current, expected, alone) => {
    expect(identify(text, current)).toEqual({ language: expected, reason: 'asked', alone });
  });

  it('a one-word request inside a sentence is not a request ("cours d\'anglais" is about English lessons)', () => {
    expect(identify('je cherche un cours de français pour mon mari', 'fr')).toEqual({ language: 'fr', reason: 'kept' });
  });

  it('without the model, only an explicit request switches', () => {
    const requestsOnly = createLanguageIdentifier(phrases);
    expect(requestsOnly('Where is the nearest France services office?', 'fr')).toEqual({ language: 'fr', reason: 'kept' });
    expect(requestsOnly('in English please', 'fr')).toEqual({ language: 'en', reason: 'asked', alone: true });
  });
});
