import { describe, expect, it } from 'vitest';
import { describeLookup, index } from './communes.js';

const extract = (text: string) => describeLookup(index.extract(text));

describe('extract: a commune mentioned in a message', () => {
  it.each([
    ["J'habite à Méru.", 'Méru (60)'],
    ['je vis seul près de noyon', 'Noyon (60)'],
    ['jhabite a songeons', 'Songeons (60)'],
    ['je suis de Beauvais', 'Beauvais (60)'],
    ['France services St Just en Chaussée horaires', 'Saint-Just-en-Chaussée (60)'],
    ['je suis agricultrice vers crevecoeur', 'Crèvecœur-le-Grand (60)'],
    ['permanence conciliateur de justice secteur Clermont', 'Clermont (60)'],
    ['déménagement à Margny-lès-Compiègne', 'Margny-lès-Compiègne (60)'],
    ['mes parents habitent à Villotran', 'Les Hauts-Talican (60)'],
    ['je pars vivre à Lyon', 'Lyon (69)'],
    ['Beauvais (60000)', 'Beauvais (60)'],
    ['mon code postal est 60200', 'Compiègne (60)'],
    ["j'habite à Bulles", 'Bulles (60)'],
    ['je vis à Eu', 'Eu (76)'],
  ])('%s → %s', (text, expected) => {
    expect(extract(text)).toBe(expected);
  });

  it('prefers where the user lives over another place of the message', () => {
    expect(extract("Est-ce que je peux faire mon passeport à la mairie de Noyon si j'habite à Guiscard ?")).toBe('Guiscard (60)');
  });

  it('gives the communes of a shared postal code as ambiguous', () => {
    expect(extract('60400')).toMatch(/^ambiguous: Noyon \(60\), /);
  });

  it.each([
    "Bonjour, j'ai droit à une aide de la CAF ?",
    "je voudrais de l'aide pour mon plan d'épargne",
    'Y a-t-il un bus le dimanche ?',
    'Eu égard à ma situation, que faire ?',
    "je suis à l'hôpital depuis mars",
    'le dossier de Rémy est en attente',
    'rendez-vous à la mairie, service état civil, hôtel de ville',
    'je suis au chômage depuis mars, il faut faire la demande en ligne',
    "j'ai 15000 euros de dettes",
    'mon dossier 60110 est bloqué',
    'ma mère vit en maison de retraite à la campagne',
    'prime de Noël et aide au logement',
    'mon fils est à la Mission locale, il cherche un CDI',
    "j'ai perdu ma carte vitale en sortant de la gare",
    'Quelles pièces pour le passeport ? Sens de la démarche ?',
  ])('finds no commune in an ordinary sentence: %s', (text) => {
    expect(extract(text)).toBeNull();
  });
});
