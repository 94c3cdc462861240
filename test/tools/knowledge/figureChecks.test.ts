import { describe, expect, it } from 'vitest';
import { loadProcedures } from '../../../src/knowledge/load.js';
import { procedureSchema } from '../../../src/knowledge/schemas/procedure.js';
import { checkFigures } from '../../../tools/knowledge/figureChecks.js';
import { checkKnowledge } from '../../../tools/knowledge/check.js';

const procedures = loadProcedures('knowledge');
const rsa = procedures.find((p) => p.id === 'rsa')!;

describe('knowledge check: dated figures', () => {
  it('has no figure past its validity today (what --strict enforces in CI)', () => {
    expect(checkKnowledge('knowledge', '2026-12-01').expired).toEqual([]);
  });

  it('lists every figure past its validity on a later day, naming file, procedure and figure', () => {
    const { expired } = checkFigures('knowledge', procedures, '2027-04-01');
    expect(expired).toContainEqual(expect.stringMatching(/procedures[\\/]rsa\.yaml › rsa › figures › rsa-personne-seule : « 652,33 € par mois » valable jusqu'au 2027-03-31/));
    expect(expired).toContainEqual(expect.stringMatching(/arret-maladie › figures › ij-maladie-max/));
  });

  it('does not count a figure kept on purpose as history', () => {
    const { expired } = checkFigures('knowledge', procedures, '2027-04-01');
    expect(expired.join('\n')).not.toMatch(/c2s-plafond-gratuite/);
  });

  it('rejects an amount written in a text without a date', () => {
    const undated = { ...rsa, summary: `${rsa.summary} Le RSA est de 700 € par mois.` };
    expect(checkFigures('knowledge', [undated], '2026-12-01').errors).toContainEqual(expect.stringMatching(/rsa › summary : montant « 700 € » sans date/));
  });

  it('rejects an MSA version that sends the member to caf.fr', () => {
    const leaky = { ...rsa, msa: { ...rsa.msa!, summary: 'Faites la demande sur caf.fr.' } };
    expect(checkFigures('knowledge', [leaky], '2026-12-01').errors).toContainEqual(expect.stringMatching(/rsa › msa : la version MSA renvoie vers « caf\.fr »/));
  });

  it('rejects a {{placeholder}} without its figure, and a procedure with an MSA alternative but no MSA version', () => {
    const raw = { ...rsa, summary: 'Le montant est de {{inconnu}}.' };
    const issues = procedureSchema.safeParse(raw).error?.issues.map((i) => i.message) ?? [];
    expect(issues).toContain('{{inconnu}} : montant absent de figures');
    const { msa: _msa, ...withoutMsa } = rsa;
    expect(procedureSchema.safeParse(withoutMsa).error?.issues.map((i) => i.message)).toContain('version MSA obligatoire quand msaAlternative est vrai');
  });
});

describe('knowledge check: age of the sites list', () => {
  it('warns when the official list of France services is over 12 months old', async () => {
    const { sourceAgeWarnings } = await import('../../../tools/knowledge/check.js');
    const sites = { source: { file: 'x.csv', date: '2025-12-15', publisher: 'ANCT', licence: 'LO' }, sites: [], anomalies: [] };
    expect(sourceAgeWarnings('knowledge', sites, '2026-12-01')).toEqual([]);
    expect(sourceAgeWarnings('knowledge', sites, '2026-12-16')).toEqual([expect.stringMatching(/liste des France services du 2025-12-15, vieille de 12 mois \(plus de 12\)/)]);
  });
});
