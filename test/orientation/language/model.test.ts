import { eld } from 'eld/extrasmall';
import { describe, expect, it } from 'vitest';
import { loadLanguageModel } from '../../../src/orientation/language/index.js';

const model = await loadLanguageModel();
const whole = eld.newInstance();
whole.setLanguageSubset(['fr', 'en']);

describe('language model on the French and English subset of the database', () => {
  it.each([
    "Bonjour, j'ai perdu ma carte Vitale, comment faire ?",
    'Hello, I lost my health card, what should I do?',
    'jsuis a beauvais cest ouvert samedi',
    'ok merci',
    'thanks',
    'Ich brauche Hilfe mit meinem Pass',
    'RSA CAF APL 60000',
    '',
  ])('scores a text as the whole database does: %s', (text) => {
    const result = whole.detect(text);
    const scores = result.getScores();
    expect(model.scores(text)).toEqual({ fr: scores.fr ?? 0, en: scores.en ?? 0, reliable: result.isReliable() });
  });
});
