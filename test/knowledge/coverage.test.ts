/** What users asked for and the knowledge did not cover (issue 12): reachable from a message, with its documents. */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { createOrientation } from '../../src/orientation/index.js';

const orientation = createOrientation(loadKnowledge());

describe('new situations and procedure', () => {
  it.each([
    ["On m'a volé mon passeport sénégalais dans le bus, qui me le refait ?", 'perte-vol-papiers', 'papiers-etrangers', /consulat de votre pays/],
    ['je me suis fait mal au dos au travail en portant une charge, accident du travail ?', 'arret-maladie', 'accident-travail', /pas de jours de carence/],
    ["j'ai perdu ma carte de séjour et mon permis", 'perte-vol-papiers', 'titre-sejour', /en ligne sur le site de l'ANEF/],
    ["plus d'avis de passage, je l'ai jeté, comment récupérer mon colis", 'courrier-colis', null, /quand même être retrouvé/],
    ['ma banque refuse de me faire un compte, que faire', 'droit-au-compte', 'refus', /Banque de France désigne une banque/],
  ])('%s → %s (%s)', (text, procedure, situation, fact) => {
    const analysis = orientation.analyze(text);
    expect(analysis.procedure?.id).toBe(procedure);
    if (situation && procedure !== 'droit-au-compte') expect(analysis.situation).toBe(situation);
    const view = orientation.procedureView(procedure)!;
    expect(view.situations.map((s) => [...s.documents, s.note ?? ''].join(' ')).join(' ')).toMatch(fact);
  });

  it('keeps the plain loss and theft situations for a French identity card or passport', () => {
    expect(orientation.analyze("j'ai perdu ma carte d'identité").situation).toBe('perte');
    expect(orientation.analyze('on m\'a volé mon passeport').situation).toBe('vol');
  });

  it('explains why a benefit fell or stopped, and the réclamation, recours amiable and mediator', () => {
    const note = orientation.procedureView('attestation-caf')!.situations.find((s) => s.id === 'aide-baisse-arret-contestation')!.note!;
    expect(note).toMatch(/recalculée tous les 3 mois/);
    expect(note).toMatch(/réclamation/);
    expect(note).toMatch(/commission de recours amiable/);
    expect(note).toMatch(/médiateur de la CAF/);
  });

  it('an MSA farm worker hurt at work is sent to the MSA, with no waiting days', () => {
    const view = orientation.procedureView('arret-maladie', { regime: 'msa' })!;
    const accident = view.situations.find((s) => s.id === 'accident-travail')!;
    expect(accident.note).toMatch(/déclare l'accident à la MSA/);
    expect(JSON.stringify(accident)).not.toMatch(/ameli|CPAM/);
  });
});

describe('ASPA and the estate', () => {
  it('says the ASPA is recovered only above a threshold, with that threshold dated', () => {
    const view = orientation.procedureView('aspa')!;
    expect(view.situations[0]!.note).toMatch(/seulement sur la part de la succession au-delà d'un seuil \(107 616,60 € d'actif net \(montant valable jusqu'au 31 décembre 2025/);
  });
});
