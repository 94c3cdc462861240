/**
 * The allocation personnalisée d'autonomie (APA), a procedure of the knowledge beyond the project taxonomy:
 * a relative's message about an older parent reaches it in the real bot, and its neighbours keep theirs.
 * Every expected text is read from knowledge/procedures/apa.yaml.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { createOrientation, loadLanguageModel } from '../../src/orientation/index.js';
import { allText, choicesOf, createTestBot, orientation } from '../bot/harness.js';

const core = orientation();
const apa = core.knowledge.procedures.find((p) => p.id === 'apa')!;
const home = apa.situations.find((s) => s.id === 'domicile')!;

describe('APA (allocation personnalisée d’autonomie)', () => {
  it('a relative asking who pays home help for a parent gets the APA, then the documents for home', async () => {
    const { say } = createTestBot({ channelId: 'webchat' });
    const replies = await say('Bonjour, ma mère a 84 ans et ne peut plus se laver seule, qui peut payer une aide à domicile ?');
    expect(allText(replies)).toContain(apa.title);
    expect(choicesOf(replies.at(-1))).toEqual(apa.situations.map((s) => s.label));
    const documents = allText(await say(home.label));
    for (const document of home.documents) expect(documents).toContain(document);
    // The bank details go with the paper file, never into the chat.
    expect(home.documents.join(' ')).toMatch(/ne tapez jamais vos coordonnées bancaires/);
  });

  it.each([
    ["ma mère sort de l'hôpital, qui paie l'aide ménagère ?", 'apa'],
    ['APA GIR 4 dossier', 'apa'],
    ['My elderly father needs help at home to wash and dress, who pays for a carer?', 'apa'],
    ['Je voudrais mettre ma mère sous tutelle, elle ne gère plus son argent', 'protection-majeur'],
    ["j'ai 45 ans, handicapé, je voudrais la PCH pour une aide humaine", 'handicap-mdph'],
    ['ma mère a 78 ans et ne touche que 600 euros de retraite, un complément ?', 'aspa'],
    ['je suis auxiliaire de vie et mon arrêt maladie n’est pas payé', 'arret-maladie'],
    // One's own job in home care is not a request for home help.
    ['Je suis aide à domicile à Méru. Comment je déclare mes revenus en ligne ?', 'declaration-revenus'],
  ])('%s → %s', (text, procedure) => {
    expect(core.analyze(text).procedure?.id).toBe(procedure);
  });

  it('answers an English message about an elderly parent with the English version', async () => {
    const english = createOrientation(loadKnowledge(), { languageModel: await loadLanguageModel() });
    const { say } = createTestBot({ channelId: 'webchat', orientation: english });
    const text = allText(await say('My mother is 86 and can no longer wash or dress herself, is there an allowance to pay for help at home?'));
    expect(text).toContain(english.knowledge.english.procedures['apa']!.title);
    expect(text).not.toContain(english.knowledge.english.messages.language.notTranslated);
  });
});
