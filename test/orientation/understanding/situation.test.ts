import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { lexiconSchema } from '../../../src/knowledge/schemas/lexicon.js';
import type { Situation } from '../../../src/knowledge/schemas/procedure.js';
import { createOrientation } from '../../../src/orientation/index.js';
import { createTextPipeline } from '../../../src/orientation/text/pipeline.js';
import type { Orientation } from '../../../src/orientation/types.js';
import { createSituationFinder } from '../../../src/orientation/understanding/situation.js';

/** A small lexicon of our own: the method, not the real data. */
const lexicon = lexiconSchema.parse({
  stopwords: ['je', 'ai', 'ma', 'mon', 'la', 'le', 'de', 'pour', 'jamais', 'eu', 'fois'],
  regime: { msa: ['agriculteur'] },
  situationCues: {
    perte: { cues: ['perdu', 'égaré'], labels: ['perte', 'perdu'] },
    vol: { cues: ['volé', "on m'a pris"], labels: ['vol', 'volé'] },
    renouvellement: { cues: ['renouveler', 'périmé'], labels: ['renouvellement'] },
    'premiere-demande': { cues: ['jamais eu', 'première fois'], labels: ['première demande'] },
    mineur: { cues: ['enfant', 'fils'], labels: ['mineur'] },
  },
});
const find = createSituationFinder(lexicon, createTextPipeline(lexicon));
const situation = (id: string, label: string): Situation => ({ id, label, documents: ['Une pièce'] });
const badge: Situation[] = [
  situation('premiere-demande', 'Première demande'),
  situation('renouvellement', 'Renouvellement'),
  situation('mineur', 'Pour un enfant mineur'),
  situation('perte-vol', 'Badge perdu ou volé'),
];

describe('situation inference (method)', () => {
  it.each([
    ["J'ai perdu mon badge", 'perte-vol'],
    ["on m'a pris mon badge dans le bus", 'perte-vol'],
    ['Badge ÉGARÉ', 'perte-vol'],
    ['je dois renouveler mon badge', 'renouvellement'],
    ['mon badge est périmé', 'renouvellement'],
    ["je n'ai jamais eu de badge", 'premiere-demande'],
    ['badge pour mon fils', 'mineur'],
  ])('« %s » → %s', (text, id) => {
    expect(find(text, badge)).toBe(id);
  });

  it('says nothing when the message names no situation', () => {
    expect(find('je voudrais un badge', badge)).toBeNull();
  });

  it('says nothing when two situations fit equally well', () => {
    expect(find("badge pour mon enfant, il l'a perdu", badge)).toBeNull();
  });

  it('says nothing when the procedure has no situation of that kind', () => {
    expect(find("j'ai perdu mon badge", [situation('en-ligne', 'Demande en ligne'), situation('courrier', 'Par courrier')])).toBeNull();
  });

  it('tells loss from theft when the procedure separates them', () => {
    const separate = [situation('perte', 'Badge perdu'), situation('vol', 'Badge volé')];
    expect(find("j'ai perdu mon badge", separate)).toBe('perte');
    expect(find('badge volé hier', separate)).toBe('vol');
    expect(find('badge perdu ou volé', separate)).toBeNull();
  });
});

describe('situation in the analysis (real knowledge)', () => {
  let orientation: Orientation;
  beforeAll(() => {
    orientation = createOrientation(loadKnowledge());
  });

  it.each([
    ['jai perdu ma cart vital', 'carte-vitale', 'perte-vol'],
    ['ma carte d identité est périmée, je dois la refaire', 'carte-identite', 'renouvellement'],
    ['passeport pour ma fille de 12 ans', 'passeport', 'mineur'],
    ['mon permis a été volé dans ma voiture', 'permis-conduire', 'vol'],
  ])('« %s » → %s, situation %s', (text, procedure, expected) => {
    const analysis = orientation.analyze(text);
    expect(analysis.procedure?.id).toBe(procedure);
    expect(analysis.situation).toBe(expected);
  });

  it('is null when the message only names the procedure', () => {
    expect(orientation.analyze('carte vitale').situation).toBeNull();
  });

  it('is null when nothing is understood', () => {
    expect(orientation.analyze('bonjour').situation).toBeNull();
  });

  it('can be asked for another procedure (the one a user picked)', () => {
    expect(orientation.situationOf("j'ai perdu ma carte", 'carte-identite')).toBe('perte-vol');
    expect(orientation.situationOf("j'ai perdu ma carte", 'procedure-inconnue')).toBeNull();
  });
});
