import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import type { Figure } from '../../../src/knowledge/schemas/figure.js';
import { figureStatus, frenchDay } from '../../../src/orientation/procedures/figures.js';
import { forSituation, generalRegimeOnly, procedureView } from '../../../src/orientation/procedures/view.js';

const knowledge = loadKnowledge();
const texts = knowledge.messages.figures;
const rsa = knowledge.procedures.find((p) => p.id === 'rsa')!;

const figure = (extra: Partial<Figure>): Figure => ({
  id: 'x',
  label: 'X',
  value: '10 €',
  from: '2026-04-01',
  source: 'https://www.caf.fr',
  checked: '2026-12-01',
  historical: false,
  ...extra,
});

describe('figureStatus', () => {
  it.each<[Partial<Figure>, string, string]>([
    [{ until: '2027-03-31' }, '2026-04-01', 'current'],
    [{ until: '2027-03-31' }, '2027-03-31', 'current'],
    [{ until: '2027-03-31' }, '2027-04-01', 'past'],
    [{}, '2030-01-01', 'current'],
    [{}, '2026-03-31', 'future'],
    [{ until: '2027-03-31', historical: true }, '2026-06-01', 'past'],
  ])('%o on %s is %s', (extra, day, status) => {
    expect(figureStatus(figure(extra), day)).toBe(status);
  });

  it('writes the first of the month as French does', () => {
    expect(frenchDay('2026-04-01')).toBe('1er avril 2026');
    expect(frenchDay('2027-03-31')).toBe('31 mars 2027');
  });
});

describe('procedureView: dated figures', () => {
  it('fills every {{figure}} of every procedure, on any day', () => {
    for (const now of [new Date('2026-12-01T12:00:00Z'), new Date('2031-01-01T12:00:00Z')]) {
      for (const p of knowledge.procedures) {
        for (const regime of ['general', 'msa'] as const) expect(JSON.stringify(procedureView(p, texts, { now, regime })), p.id).not.toMatch(/\{\{/);
      }
    }
  });

  it('shows the RSA amount as current in December 2026', () => {
    const view = procedureView(rsa, texts, { now: new Date('2026-12-01T12:00:00Z') });
    expect(view.summary).toContain('il est de 652,33 € par mois.');
    expect(view.figures[0]!.line).toBe(
      "RSA d'une personne seule sans revenus : 652,33 € par mois, du 1er avril 2026 au 31 mars 2027 (vérifié le 1er décembre 2026).",
    );
  });

  it('never presents it as current once expired: it says until when it applied, and where to check', () => {
    const view = procedureView(rsa, texts, { now: new Date('2027-04-01T08:00:00+02:00') });
    expect(view.summary).toContain("652,33 € par mois (montant valable jusqu'au 31 mars 2027 ; il a peut-être changé : vérifiez sur ");
    expect(view.figures[0]!.status).toBe('past');
    expect(view.figures[0]!.line).toMatch(/Ce montant a peut-être changé depuis : vérifiez le montant actuel sur https:\/\//);
  });

  it('judges the day in Paris: 31 March 2027 at 23:30 in Paris is still valid', () => {
    const view = procedureView(rsa, texts, { now: new Date('2027-03-31T21:30:00Z') });
    expect(view.figures[0]!.status).toBe('current');
  });
});

describe("procedureView: the MSA member's version", () => {
  const msaProcedures = knowledge.procedures.filter((p) => p.msaAlternative);

  it('exists for every procedure with an MSA alternative', () => {
    expect(msaProcedures.length).toBeGreaterThanOrEqual(19);
    for (const p of msaProcedures) expect(p.msa, p.id).toBeDefined();
  });

  it.each(msaProcedures.map((p) => p.id))('%s: an MSA member is never sent to ameli.fr, caf.fr, 3646 or 3230', (id) => {
    const p = knowledge.procedures.find((x) => x.id === id)!;
    const view = procedureView(p, texts, { regime: 'msa', now: new Date('2026-12-01T12:00:00Z') });
    expect(view).toMatchObject({ regime: 'msa', handledBy: 'msa' });
    const { keywords: _k, examples: _e, ...shown } = view;
    expect(JSON.stringify(shown)).not.toMatch(generalRegimeOnly);
    expect(
      view.online.every((o) => /msa\.fr|info-retraite\.fr/.test(o.url)),
      JSON.stringify(view.online),
    ).toBe(true);
  });

  it('keeps the general version for everyone else, and for procedures the MSA does not handle', () => {
    const general = procedureView(rsa, texts);
    expect(general).toMatchObject({ regime: 'general', handledBy: 'caf' });
    expect(general.online[0]!.url).toBe('https://www.caf.fr');
    const passeport = knowledge.procedures.find((p) => p.id === 'passeport')!;
    expect(procedureView(passeport, texts, { regime: 'msa' })).toMatchObject({ regime: 'general', handledBy: 'interieur' });
  });
});

describe('forSituation: costs and figures of the chosen situation only', () => {
  const papers = knowledge.procedures.find((p) => p.id === 'perte-vol-papiers')!;
  const view = procedureView(papers, texts, { now: new Date('2026-12-01T12:00:00Z') });

  it('does not show the French passport stamp to someone who lost a foreign passport', () => {
    const shown = forSituation(view, 'papiers-etrangers');
    expect(JSON.stringify(shown)).not.toMatch(/86 €/);
    expect(shown.costs.map((c) => c.amount)).toEqual(['Prix fixé par le consulat de votre pays']);
  });

  it('shows the duplicata tax and stamp for a lost titre de séjour, and everything when no situation is chosen', () => {
    expect(
      forSituation(view, 'titre-sejour')
        .figures.map((f) => f.id)
        .sort(),
    ).toEqual(['duplicata-sejour-taxe', 'duplicata-sejour-timbre']);
    expect(forSituation(view, null).figures).toHaveLength(view.figures.length);
  });
});
