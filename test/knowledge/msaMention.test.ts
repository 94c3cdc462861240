import { describe, expect, it } from 'vitest';
import { loadProcedures } from '../../src/knowledge/load.js';
import { applyMsaMentions } from '../../src/knowledge/schemas/msaMention.js';
import { procedureSchema } from '../../src/knowledge/schemas/procedure.js';

const rsa = loadProcedures('knowledge').find((p) => p.id === 'rsa')!;
const issuesOf = (raw: unknown) => procedureSchema.safeParse(raw).error?.issues.map((i) => `${i.path.join('.')} : ${i.message}`) ?? [];

describe('MSA mentions [[msa: …]] in knowledge texts', () => {
  it('are kept without their tags, or left out with the spaces tidied', () => {
    const text = 'Faites la demande sur caf.fr[[msa:, ou sur msa.fr si vous dépendez de la MSA]]. Ensuite attendez.';
    expect(applyMsaMentions(text, true)).toBe('Faites la demande sur caf.fr, ou sur msa.fr si vous dépendez de la MSA. Ensuite attendez.');
    expect(applyMsaMentions(text, false)).toBe('Faites la demande sur caf.fr. Ensuite attendez.');
    expect(applyMsaMentions('Première étape : caf.fr.[[msa: Agriculteurs : msa.fr.]]', false)).toBe('Première étape : caf.fr.');
    expect(applyMsaMentions('[[msa:Vous êtes agriculteur : la MSA]]', false)).toBe('');
  });

  it('are validated: a malformed or empty tag, or one in the MSA version, is refused', () => {
    expect(issuesOf({ ...rsa, summary: 'Sur caf.fr [[msa: ou msa.fr.' })).toContainEqual(expect.stringMatching(/^summary : balise mal formée/));
    expect(issuesOf({ ...rsa, elsewhere: ['[[msa: ]]'] })).toContainEqual('elsewhere.0 : mention MSA [[msa: …]] vide');
    expect(issuesOf({ ...rsa, msa: { ...rsa.msa!, summary: 'Sur msa.fr[[msa: pour vous]].' } })).toContainEqual(
      'msa.summary : mention MSA [[msa: …]] inutile dans la version MSA',
    );
    expect(issuesOf(rsa)).toEqual([]);
  });
});
