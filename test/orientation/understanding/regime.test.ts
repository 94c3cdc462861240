import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/knowledge/load.js';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { createUnderstanding } from '../../../src/orientation/understanding/understand.js';

/**
 * Whose farm work a message speaks of decides the partner: the person's own (now, or retired from it),
 * not a relative's, not a past one given up for a non-farm job, except for a survivor's pension, which the
 * deceased's scheme pays. Sentences written for this test, not taken from the evaluation sets.
 */
let knowledge: Knowledge;
let understand: ReturnType<typeof createUnderstanding>;
beforeAll(() => {
  knowledge = loadKnowledge();
  understand = createUnderstanding(knowledge);
});

type Expected = 'msa' | 'general';
const cases: [kind: string, text: string, procedure: string, expected: Expected][] = [
  ['self, present', 'je travaille dans une pépinière à Noyon, je voudrais l’APL', 'aide-logement', 'msa'],
  ['self, present', 'salariée dans une exploitation d’endives, ma carte vitale est cassée', 'carte-vitale', 'msa'],
  ['self, present', 'nous sommes exploitants à Grandvilliers, les allocations familiales c’est où ?', 'allocations-familiales', 'msa'],
  ['self, present', 'je bosse dans une ferme, je peux avoir la prime d’activité ?', 'prime-activite', 'msa'],
  ['self, present', 'salarié viticole en arrêt maladie, qui paie mes indemnités journalières ?', 'arret-maladie', 'msa'],
  ['self, present', 'saisonnier pour la récolte des betteraves, je veux demander le RSA', 'rsa', 'msa'],
  ['self, present', 'lad dans une écurie de courses à Chantilly, je veux la complémentaire santé solidaire', 'complementaire-sante-solidaire', 'msa'],
  ['self, present', 'je fais des travaux forestiers et j’ai perdu ma carte vitale', 'carte-vitale', 'msa'],
  ['self, retired', 'je suis agriculteur retraité, je voudrais demander le minimum vieillesse', 'aspa', 'msa'],
  ['self, retired', 'ex-exploitants tous les deux, on voudrait notre relevé de carrière', 'releve-carriere', 'msa'],
  ['self, past only', 'j’ai été ouvrier agricole toute ma vie, je veux demander ma retraite', 'demande-retraite', 'msa'],
  ['relative', 'mes parents sont agriculteurs mais moi je suis infirmière, je veux l’APL', 'aide-logement', 'general'],
  ['relative', 'mon père est agriculteur retraité, moi je suis mécanicien, j’ai perdu ma carte vitale', 'carte-vitale', 'general'],
  ['relative', 'je suis fils d’agriculteur et je voudrais la prime d’activité', 'prime-activite', 'general'],
  ['relative asks', 'mon père est un ancien exploitant agricole, il veut demander le minimum vieillesse', 'aspa', 'msa'],
  [
    'past + current job',
    'j’étais ouvrière agricole dans ma jeunesse mais je suis aide à domicile depuis 15 ans, je veux demander ma retraite',
    'demande-retraite',
    'general',
  ],
  ['non-farm employer', 'paysagiste salarié d’une commune, je suis en arrêt maladie, mes indemnités journalières ?', 'arret-maladie', 'general'],
  ['farm employer', 'je suis paysagiste dans une entreprise d’espaces verts, en arrêt maladie, mes indemnités journalières ?', 'arret-maladie', 'msa'],
  ['not farm work', 'je vends des produits de la ferme dans ma boutique, je veux la prime d’activité', 'prime-activite', 'general'],
  ['not farm work', 'je suis professeur et j’habite dans une ferme, je veux demander l’APL', 'aide-logement', 'general'],
  ['desk, third person', 'usager exploitant, demande de RSA', 'rsa', 'msa'],
  ['desk, third person', 'usagère affiliée MSA, carte vitale perdue', 'carte-vitale', 'msa'],
  ['desk, third person', 'il relève de la MSA, demande d’APL', 'aide-logement', 'msa'],
  ['desk, relative named', 'usager dont le père est agriculteur, demande d’APL', 'aide-logement', 'general'],
  ['survivor', 'mon mari était agriculteur, il est décédé l’an dernier, je voudrais la pension de réversion', 'pension-reversion', 'msa'],
  ['survivor', 'veuve d’un exploitant agricole, pension de réversion', 'pension-reversion', 'msa'],
  [
    'survivor',
    'Mon mari était souvent absent pour son travail. Il était agriculteur et il est décédé en mars : la pension de réversion ?',
    'pension-reversion',
    'msa',
  ],
  ['desk, deceased farmer', 'usager ancien agri décédé, sa veuve veut la réversion, quel organisme ?', 'pension-reversion', 'msa'],
  ['desk, deceased mason', 'usager ancien maçon décédé, sa veuve veut la réversion', 'pension-reversion', 'general'],
  ['narrative after the question', 'je suis maraîcher, je peux avoir le RSA ? Ma mère a été hospitalisée mais elle va mieux.', 'rsa', 'msa'],
  ['survivor', 'je suis agricultrice mais mon mari était chauffeur routier, il est décédé : la pension de réversion ?', 'pension-reversion', 'general'],
  ['English', 'I work on a farm, how do I get housing benefit?', 'aide-logement', 'msa'],
  ['English', 'my parents are farmers but I am a nurse, I lost my carte vitale', 'carte-vitale', 'general'],
  ['denied', 'je ne suis pas agriculteur, je voudrais la prime d’activité', 'prime-activite', 'general'],
  ['denied', 'moi je suis pas à la MSA, c’est pour l’aide au logement', 'aide-logement', 'general'],
  ['denied', 'je n’ai jamais travaillé dans une ferme, qui paie mes indemnités journalières en arrêt maladie ?', 'arret-maladie', 'general'],
  ['denied', 'I am not a farmer, I need housing benefit', 'aide-logement', 'general'],
  ['denied, then said', 'je n’ai pas de revenus parce que je suis maraîcher, je peux avoir le RSA ?', 'rsa', 'msa'],
  ['denied of a relative', 'mon mari n’est pas agriculteur mais moi je suis exploitante, je veux l’APL', 'aide-logement', 'msa'],
  ['household, family benefit', 'ma compagne est éleveuse de vaches, on voudrait les allocations familiales', 'allocations-familiales', 'msa'],
  ['household, family benefit', 'mon mari est exploitant, la prime de rentrée scolaire pour nos enfants c’est où ?', 'rentree-scolaire', 'msa'],
  ['household, own health', 'ma femme est agricultrice, moi je suis chauffeur, j’ai perdu ma carte vitale', 'carte-vitale', 'general'],
  ['household, former job', 'ma femme était viticultrice, maintenant elle est secrétaire, les allocations familiales ?', 'allocations-familiales', 'general'],
  ['not the household', 'mes parents sont éleveurs, je voudrais l’APL pour mon studio d’étudiant', 'aide-logement', 'general'],
  [
    'farm childhood, own job',
    'j’ai grandi dans une ferme mais moi je suis caissière chez Leclerc, je voudrais la prime d’activité',
    'prime-activite',
    'general',
  ],
  ['nickname, own job', 'tout le monde m’appelle le paysan mais moi je suis vendeuse au Carrefour, la prime d’activité ?', 'prime-activite', 'general'],
  ['farm place', 'j’habite un village agricole, je voudrais l’APL', 'aide-logement', 'general'],
  ['neighbours', 'tous mes voisins sont éleveurs, je voudrais l’APL', 'aide-logement', 'general'],
  [
    'farm family, own job',
    'je viens d’une famille de paysans mais je travaille à l’usine depuis 10 ans, la prime d’activité c’est où',
    'prime-activite',
    'general',
  ],
];

describe('the MSA regime of the person the message is about', () => {
  it.each(cases)('%s: « %s » → %s for %s', (_kind, text, id, expected) => {
    const procedure = knowledge.procedures.find((p) => p.id === id)!;
    expect(procedure.msaAlternative).toBe(true);
    const understood = understand(text);
    expect(understood.procedure?.id).toBe(id);
    expect(understood.partner).toBe(expected === 'msa' ? 'msa' : procedure.partner);
  });

  it('keeps the general partner of a procedure the MSA does not handle, for a farmer', () => {
    const passport = knowledge.procedures.find((p) => p.id === 'passeport')!;
    expect(passport.msaAlternative).toBe(false);
    const understood = understand('je suis agriculteur à Formerie et je dois refaire mon passeport');
    expect(understood.regime).toBe('msa');
    expect(understood.procedure?.id).toBe('passeport');
    expect(understood.partner).toBe(passport.partner);
  });

  it('lets a regime known from the conversation decide, except for a deceased farmer’s survivor’s pension', () => {
    expect(understand('je voudrais l’APL', { regime: 'msa' }).partner).toBe('msa');
    expect(understand('je suis agriculteur, je voudrais l’APL', { regime: 'general' }).partner).toBe('caf');
    expect(understand('mon mari agriculteur est décédé, la pension de réversion ?', { regime: 'general' }).partner).toBe('msa');
  });
});

describe('a job outside farming is read only when the message says it', () => {
  const said: string[] = [
    'je suis caissière à l’intermarché',
    'je suis vraiment caissière à l’intermarché',
    'non je suis aide soignante à l’hôpital',
    'je suis perdu, je travaille à la mairie',
    // Farm words about the past, relatives or a nickname give way to the person's own job, said outright.
    'je suis née à la ferme, mais je suis juste employée du magasin. comment demander le RSA ?',
    'mes parents étaient éleveurs, on m’appelle la fermière, mais je suis juste employée du magasin, j’ai droit aux APL ?',
    // Farm words about the neighbours and the village give way to the person's own job.
    'j’habite un village agricole, tous mes voisins sont agriculteurs, moi je suis aide à domicile',
    // A past job in a non-farm trade (the building trade) said outright.
    'j’étais maçon toute ma vie dans le bâtiment',
  ];
  const notSaid: string[] = [
    // A state ("perdue"), a place ("I'm in"), an employer in another sentence: nobody's job.
    'mon mari est décédé hier à l’hôpital, je suis perdue, qu’est-ce que je dois faire ?',
    'ma maman est décédée hier à l’ehpad, je suis complètement perdu, je commence par quoi ?',
    'Is there a France services office near me? I’m in Clermont',
    'je suis à l’hôpital depuis hier. Ma carte vitale est perdue',
    // The person's own farm job, even a past one, keeps the regime open.
    'j’étais ouvrière agricole dans ma jeunesse mais je suis aide à domicile depuis 15 ans, je veux demander ma retraite',
  ];
  it.each(said)('« %s » says the person is not in the MSA', (text) => expect(understand(text).regimeDenied).toBe(true));
  it.each(notSaid)('« %s » says nothing of the regime', (text) => expect(understand(text).regimeDenied).toBeUndefined());
});
