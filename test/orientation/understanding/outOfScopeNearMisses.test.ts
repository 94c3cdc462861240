/**
 * Out-of-scope near misses nobody tuned for: private banking products, leisure, private employers,
 * personal writing and trivia, pets, phones and apps, car repairs, dental and surgical advice. Each borrows
 * the words of a procedure (compte, carte, crédit, voisin, passeport, candidature, dentiste) but no France
 * services partner handles it. The counterweights use the same words for a real procedure and stay in scope.
 * Written for this test: none of these messages is a training phrasing or a line of an evaluation set.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { createOrientation } from '../../../src/orientation/index.js';
import type { Orientation } from '../../../src/orientation/types.js';

let orientation: Orientation;
beforeAll(() => {
  orientation = createOrientation(loadKnowledge());
});

describe('out-of-scope near misses', () => {
  it.each([
    // Private banking products (not the droit au compte, not over-indebtedness).
    "je voudrais ouvrir un livret jeune pour ma fille à la Caisse d'Épargne",
    'comment activer le sans contact sur ma carte Visa',
    'ma carte bancaire ne passe plus en sans contact au magasin',
    'le paiement sans contact est limité à combien',
    'la banque a refusé d’augmenter mon découvert',
    'mon conseiller refuse de me faire un découvert de 500 euros',
    'jai demandé un decouvert a ma banque ils ont dit non',
    "Cofidis m'a refusé un crédit renouvelable, je peux demander ailleurs ?",
    "crédit conso chez Cetelem pour une télé, c'est une bonne idée ?",
    'je cherche un organisme de crédit qui accepte les personnes en CDD',
    'le Crédit Mutuel peut me financer un tracteur pour la ferme ?',
    'prêt bancaire pour agrandir mon exploitation agricole',
    "quelle banque prête pour une voiture d'occasion",
    'financer ma voiture avec un crédit auto ou une LOA',
    'how do I turn on contactless payments on my card',
    'my bank turned down my overdraft request',
    // Leisure: clubs, hobbies, registrations.
    "payer l'adhésion du club de foot de mon fils en trois fois",
    'le club de judo accepte un paiement en plusieurs fois ?',
    'inscrire ma fille à la danse classique à Beauvais',
    'où inscrire mon fils au club de natation',
    'cotisation du club de handball trop chère',
    "can I pay my kid's football club fees in instalments",
    // Private employers (not France Travail).
    "j'ai envoyé ma candidature chez Décathlon et pas de nouvelles, je relance comment ?",
    'relancer Leroy Merlin après un entretien d’embauche',
    "comment relancer un magasin où j'ai déposé mon CV",
    "Action ne m'a jamais répondu pour ma candidature de caissière",
    'followed up my application at Lidl, no answer, what now',
    // Personal writing, trivia, recipes.
    'écris-moi une lettre d’amour pour ma femme',
    'un petit poème pour l’anniversaire de ma mamie',
    'combien de pattes a une araignée',
    'quelle est la plus haute montagne du monde',
    'recette du hachis parmentier',
    'comment faire un tiramisu',
    'write a love letter for my girlfriend',
    // Pets.
    "mon chat s'est perdu, il est pucé, comment prévenir l'I-CAD ?",
    "changer l'adresse de la puce de mon chien sur le fichier I-CAD",
    'collier anti-aboiement pour le chien du voisin, ça existe ?',
    "le chien d'à côté aboie la nuit, un collier anti aboiement marcherait ?",
    'quels papiers pour voyager avec mon chat en avion',
    // A topic that frames the request (papers for a pet) outweighs the procedure word it is about.
    'passeport pour mon chien pour aller en Espagne',
    'vaccin contre la rage pour emmener mon chien au Maroc',
    'mon chien a disparu depuis hier soir',
    'the dog next door barks all night, does a bark collar work',
    // Phones and apps.
    'mon iPhone ne se charge plus',
    'comment mettre à jour une application sur Android',
    "mon application bancaire ne s'ouvre plus sur mon téléphone",
    // Car repairs and resale price.
    'combien coûte le changement de courroie de distribution',
    'à quel prix revendre ma Twingo de 2012',
    "le garagiste me demande 900 euros pour l'embrayage c'est normal ?",
    // Dental and surgical advice.
    "mon dentiste veut m'arracher une dent de sagesse, j'ai peur",
    'implant dentaire ou bridge, que choisir ?',
    "est-ce que l'opération de la cataracte fait mal",
    'le chirurgien propose une prothèse de hanche, des conseils ?',
    // The same kinds, other registers (SMS, brands, English).
    'cmt on active le sans contact sur la cb',
    'pk ma bank me refuse un decouvert de 300',
    'quel compte épargne pour mes enfants, le livret A ou un PEL ?',
    "Sofinco m'a dit non pour un prêt perso, pourquoi ?",
    'je voudrais faire un crédit chez Cofidis pour mes vacances',
    'crédit revolving Cetelem, comment ça marche',
    'emprunter pour acheter des vaches, quelle banque',
    'jveux payer le club de foot de mon fils en 3 fois c possible',
    'la licence de basket de ma fille coûte 200 euros, on peut étaler ?',
    "j'ai postulé chez Carrefour il y a 3 semaines, toujours rien",
    'I applied to work at Decathlon, how long before they answer?',
    'aide moi a ecrire un discours pour le bapteme de mon neveu',
    'help me write a speech for my sister’s wedding',
    'qui a écrit les Misérables',
    'jai perdu mon chien il est tatoué comment le retrouver',
    'mon chat a une puce, comment changer mon numéro de téléphone dessus',
    'comment supprimer une appli sur iPhone',
    'le garage veut 1200 euros pour la boîte de vitesses',
    'faut-il faire une couronne ou arracher la dent ?',
    'is dental implant surgery painful',
  ])('« %s » is out of scope', (text) => {
    const analysis = orientation.analyze(text);
    expect(analysis.intent).toBe('out_of_scope');
    expect(analysis.procedure).toBeNull();
  });
});

describe('their in-scope counterweights', () => {
  it.each([
    ["la banque refuse de m'ouvrir un compte, je n'ai aucun compte", 'droit-au-compte'],
    ['aucune banque ne veut m’ouvrir de compte courant', 'droit-au-compte'],
    ['jai trop de credit jarrive plu a payer', 'surendettement'],
    ["je n'arrive plus à payer mes crédits, j'en ai cinq", 'surendettement'],
    ['trop de dettes, je ne m’en sors plus, dossier de surendettement', 'surendettement'],
    ['jsuis a decouvert tout le temps et jpeux plu payer mes credits', 'surendettement'],
    ["j'ai été agressé dans la rue, je cherche une association d'aide aux victimes", 'victime'],
    ['victime de violences, qui peut m’accompagner', 'victime'],
    ['le chien du voisin aboie toute la nuit, je voudrais un conciliateur', 'litige-conciliation'],
    ['mon voisin laisse son chien aboyer jour et nuit, comment trouver un conciliateur de justice', 'litige-conciliation'],
    ['conflit avec mon voisin pour un mur mitoyen, on veut éviter le tribunal', 'litige-conciliation'],
    ["j'ai perdu mes papiers d'identité", 'perte-vol-papiers'],
    ["on m'a volé mon portefeuille avec ma carte d'identité", 'perte-vol-papiers'],
    ['comment m’inscrire à France Travail', 'inscription-france-travail'],
    ['je dois m’actualiser sur France Travail mais le site bug', 'actualisation'],
    ["j'ai vendu ma voiture, comment faire la déclaration de cession", 'carte-grise'],
    ["j'ai acheté une voiture sur leboncoin, comment faire la carte grise", 'carte-grise'],
    ['mes soins dentaires sont mal remboursés par la sécu', 'remboursement-soins'],
    ['mon implant dentaire est mal remboursé par la sécu', 'remboursement-soins'],
    ['combien la sécu rembourse une couronne dentaire', 'remboursement-soins'],
    ['je m’installe comme agriculteur, cotisations MSA', 'msa-exploitant'],
    ['passeport pour mon fils pour partir en Espagne', 'passeport'],
    ['on m’a volé mon téléphone je veux porter plainte', 'plainte'],
    ['la Caisse d’Épargne refuse de m’ouvrir un compte courant', 'droit-au-compte'],
    ['le Crédit Agricole a clôturé mon compte et plus aucune banque ne veut de moi', 'droit-au-compte'],
    ['je dois 15000 euros au Crédit Mutuel et à Cofidis, je n’arrive plus à rembourser', 'surendettement'],
    ['jai trop de credit jy arrive plus', 'surendettement'],
    ['too many loans, I can’t pay them back anymore', 'surendettement'],
    ["j'ai acheté une Clio d'occasion, comment je fais la carte grise", 'carte-grise'],
    ['I bought a used Peugeot, how do I register it in my name', 'carte-grise'],
    ['le chien de ma voisine aboie sans arrêt, on s’est fâchés, comment régler ça à l’amiable', 'litige-conciliation'],
  ])('« %s » stays in scope (%s)', (text, id) => {
    expect(orientation.analyze(text).procedure?.id).toBe(id);
  });
});
