import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { createOrientation } from '../../../src/orientation/index.js';
import type { Orientation } from '../../../src/orientation/types.js';

let orientation: Orientation;
beforeAll(() => {
  orientation = createOrientation(loadKnowledge());
});

// Near misses: each looks like a procedure (bank, phone, health, neighbours, car) but no partner handles it.
describe('out of scope near misses', () => {
  it.each([
    'Ma banque peut-elle me prêter 8000 euros pour une cuisine équipée ?',
    'Quel forfait mobile avec beaucoup de data pour pas cher ?',
    "J'ai de la fièvre et mal à la gorge, quel sirop prendre ?",
    'Combien de calories dans une part de quiche lorraine ?',
    'Il fera beau samedi à Compiègne ?',
    'Le match de Lens, il a fini comment ?',
    'Quelle assurance auto prendre pour ma fille qui vient d’avoir son permis ?',
    'Comment faire une mayonnaise qui ne tombe pas',
    'My phone screen is cracked, where can I get it fixed?',
    'ma carte fidélité Intermarché est perdue',
    'mon compte Netflix ne marche plus',
    'EDF me facture trop cher ce mois',
    'colis chronopost jamais reçu',
    'mon chat est perdu',
    'forfait bouygues trop cher',
    'mes voisins font la fête tous les week-ends, ça m’énerve',
    'recette du boeuf bourguignon',
  ])('« %s » is out of scope', (text) => {
    const analysis = orientation.analyze(text);
    expect(analysis.intent).toBe('out_of_scope');
    expect(analysis.procedure).toBeNull();
  });

  it.each([
    ["Je n'arrive plus à rembourser mes crédits, la banque me relance tous les jours", 'surendettement'],
    ['Mon voisin a coupé ma haie sans me demander, on peut régler ça sans tribunal ?', 'litige-conciliation'],
    ["J'ai oublié le code de ma carte grise pour vendre la voiture", 'carte-grise'],
    ['Je ne peux pas payer de mutuelle, il existe une aide ?', 'complementaire-sante-solidaire'],
    ['ma boite mail a été piratée, je veux le signaler', 'plainte'],
    ['mon compte paypal a été piraté je veux porter plainte', 'plainte'],
    ["j'ai vendu ma voiture", 'carte-grise'],
    ['mon chèque énergie pour payer EDF', 'cheque-energie'],
    ["mon colis la poste n'est pas arrivé", 'courrier-colis'],
    ['litige avec mon voisin, je veux un conciliateur', 'litige-conciliation'],
    ['ma carte vitale est perdue', 'carte-vitale'],
  ])('« %s » stays in scope (%s)', (text, id) => {
    expect(orientation.analyze(text).procedure?.id).toBe(id);
  });
});

describe('several needs', () => {
  it('lists each procedure a message clearly asks for, the best first', () => {
    const analysis = orientation.analyze("Je dois refaire ma carte grise après mon déménagement et je voudrais aussi demander l'APL");
    expect(analysis.needs).toHaveLength(2);
    expect(analysis.needs?.[0]).toBe(analysis.procedure?.id);
    expect(new Set(analysis.needs)).toEqual(new Set(['carte-grise', 'aide-logement']));
    expect(analysis.clarify).toBe(false);
  });

  it('adds nothing for one request, even with context about the person', () => {
    expect(orientation.analyze('Comment renouveler mon passeport ?').needs).toBeUndefined();
    expect(orientation.analyze('Je cotise à la MSA, comment je demande la prime d’activité ?').needs).toBeUndefined();
  });
});
