/**
 * One test per correction of issue 12 (official-source check of 26 November 2026): each reads the knowledge
 * and checks the corrected fact, as a user would read it on 1 December 2026.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { procedureView } from '../../src/orientation/procedures/view.js';

const knowledge = loadKnowledge();
const now = new Date('2026-12-01T10:00:00+01:00');
const view = (id: string, regime: 'msa' | 'general' = 'general') => procedureView(knowledge.procedures.find((p) => p.id === id)!, knowledge.messages.figures, { now, regime });
const situation = (id: string, sid: string) => view(id).situations.find((s) => s.id === sid)!;
const textOf = (s: { documents: string[]; note?: string }) => [...s.documents, s.note ?? ''].join(' ');
const figure = (id: string, fid: string) => view(id).figures.find((f) => f.id === fid)!;

describe('lost or stolen titre de séjour', () => {
  it.each([['perte-vol-papiers', 'titre-sejour'], ['titre-sejour', 'duplicata']])('%s: the duplicata is requested online on the ANEF, not at the préfecture counter', (id, sid) => {
    const text = textOf(situation(id, sid));
    expect(text).toMatch(/en ligne sur le site de l'ANEF/);
    expect(text).toMatch(/pas au guichet de la préfecture/);
  });

  it.each([['perte-vol-papiers', 'duplicata-sejour-taxe', 'duplicata-sejour-timbre'], ['titre-sejour', 'duplicata-taxe', 'droit-timbre-sejour']])('%s: it costs the residence-card tax plus the stamp, not the stamp alone', (id, tax, stamp) => {
    const p = view(id);
    expect(figure(id, tax).value).toBe('200 €');
    expect(figure(id, stamp).value).toBe('50 €');
    const documents = textOf(p.situations.find((s) => /sejour|duplicata/.test(s.id) && s.id !== 'papiers-etrangers')!);
    expect(documents).toContain('200 € de taxe et 50 € de droit de timbre');
  });

  it('a foreigner is not told to redo a French identity card or passport first', () => {
    const note = situation('perte-vol-papiers', 'titre-sejour').note!;
    expect(note).toMatch(/Vous n'avez pas à refaire une carte d'identité française/);
    const general = situation('perte-vol-papiers', 'autres-papiers');
    expect(textOf(general)).not.toMatch(/titre de séjour/i);
    expect(general.note).toMatch(/^Si vous êtes Français/);
  });
});

describe('aide au logement', () => {
  it('since 1 July 2026, non-EU/EEA/Swiss students who are not boursiers get no APL', () => {
    const note = situation('aide-logement', 'etudiant').note!;
    expect(note).toMatch(/Depuis le 1er juillet 2026/);
    expect(note).toMatch(/Union européenne, de l'Espace économique\s+européen ou de Suisse/);
    expect(note).toMatch(/sauf s'il est boursier/);
  });
});

describe('figures revalued on 1 April 2026 or 1 January 2026', () => {
  it('complementaire-sante-solidaire: the ceiling valid until 31 March 2026 is said to be past, not current', () => {
    const ceiling = figure('complementaire-sante-solidaire', 'c2s-plafond-gratuite');
    expect(ceiling.status).toBe('past');
    expect(ceiling.line).toMatch(/du 1er avril 2025 au 31 mars 2026\. Ce montant a peut-être changé/);
    expect(textOf(situation('complementaire-sante-solidaire', 'premiere-demande'))).not.toMatch(/10 339 €(?! \(montant valable jusqu'au)/);
  });

  it('arret-maladie: the daily allowance ceiling for leave from 1 February 2026 is 41,95 €', () => {
    const ceiling = figure('arret-maladie', 'ij-maladie-max');
    expect(ceiling).toMatchObject({ value: '41,95 € brut par jour', status: 'current' });
    expect(knowledge.procedures.find((p) => p.id === 'arret-maladie')!.figures[0]!.from).toBe('2026-02-01');
  });

  it('arret-maladie: no waiting days after a work accident or for an occupational disease', () => {
    expect(view('arret-maladie').summary).toMatch(/sauf après un accident du travail ou pour une\s+maladie professionnelle : là, il n'y a pas de jours de carence/);
    expect(situation('arret-maladie', 'accident-travail').note).toMatch(/Il n'y a pas de jours de carence/);
  });

  it.each([
    ['rsa', 'rsa-personne-seule', '652,33 € par mois'],
    ['aah', 'aah-maximum', '1 042,62 € par mois'],
  ])('%s: the amount since 1 April 2026 is shown as current, until 31 March 2027', (id, fid, value) => {
    const f = knowledge.procedures.find((p) => p.id === id)!.figures.find((x) => x.id === fid)!;
    expect(f).toMatchObject({ value, from: '2026-04-01', until: '2027-03-31' });
    expect(view(id).summary).toContain(value);
    expect(view(id).summary).not.toMatch(/646,52|1 033,32|annoncé/);
  });

  it.each([
    ['allocations-familiales', 'af-deux-enfants', '2026-04-01', '2027-03-31'],
    ['aspa', 'aspa-personne-seule', '2026-01-01', '2026-12-31'],
  ])('%s: the amount revalued in 2026 is shown as current, not as a past one (know check of 1 December 2026)', (id, fid, from, until) => {
    const f = figure(id, fid);
    expect(knowledge.procedures.find((p) => p.id === id)!.figures.find((x) => x.id === fid)).toMatchObject({ from, until, historical: false });
    expect(f.status).toBe('current');
    expect(f.inline).not.toMatch(/montant valable jusqu'au/);
  });

  it.each([
    ['naissance-paje', 'prime-naissance'],
    ['pension-alimentaire-impayee', 'asf-montant'],
  ])('%s: an amount of 2025 that could not be confirmed for 2026 says it is past and where to check', (id, fid) => {
    const f = figure(id, fid);
    expect(f.status).toBe('past');
    expect(f.inline).toMatch(/montant valable jusqu'au .* vérifiez sur/);
  });

  it('pension-reversion: the 2026 ceiling is 2 080 times the 2026 hourly Smic', () => {
    expect(figure('pension-reversion', 'plafond-reversion')).toMatchObject({ value: '25 001,60 € par an', status: 'current' });
  });
});

describe('carte Vitale', () => {
  it('is issued automatically at 16; a parent can ask for a child\'s own card from 12', () => {
    const summary = view('carte-vitale').summary;
    expect(summary).toMatch(/À 16 ans, l'Assurance Maladie envoie automatiquement/);
    expect(summary).toMatch(/dès 12 ans/);
    expect(summary).not.toMatch(/demander dès 16 ans/);
  });
});
