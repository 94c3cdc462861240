import { describe, expect, it } from 'vitest';
import { lexiconWarnings } from '../../../tools/knowledge/lexiconWarnings.js';
import { defaultKnowledgeDir, loadLexicon, loadProcedures } from '../../../src/knowledge/load.js';

const procedures = loadProcedures(defaultKnowledgeDir);
const lexicon = loadLexicon(defaultKnowledgeDir, procedures);

describe('lexicon warnings', () => {
  it('warns about a variant that collapses into a common word or into nothing', () => {
    const broken = { ...lexicon, synonyms: [...lexicon.synonyms, { canonical: 'assurance retraite', variants: ['info retraite', 'svp', 'carsat'] }] };
    const warnings = lexiconWarnings(defaultKnowledgeDir, broken, procedures);
    expect(warnings).toContainEqual(expect.stringMatching(/« info retraite » : se réduit au mot courant/));
    expect(warnings).toContainEqual(expect.stringMatching(/« svp » : ne garde aucun mot/));
    expect(warnings.join('\n')).not.toMatch(/« carsat »/);
  });

  it('warns about the same keyword in two procedures', () => {
    const [first, second] = procedures;
    if (!first || !second) throw new Error('knowledge without procedures');
    const twin = { ...second, keywords: [...second.keywords, 'Carte grise perdue'] };
    const copy = { ...first, keywords: [...first.keywords, 'carte grise perdue'] };
    const warnings = lexiconWarnings(defaultKnowledgeDir, lexicon, [copy, twin, ...procedures.slice(2)]);
    expect(warnings).toContainEqual(expect.stringMatching(new RegExp(`mot-clé en double dans ${first.id}, ${second.id}`)));
  });
});
