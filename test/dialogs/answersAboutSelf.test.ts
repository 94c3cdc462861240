/**
 * What the person says of themself in answer to a pending question (issue 10): "nan jsuis pas agriculteur
 * jsuis au chomage depuis 2 ans" to a question about the RSA, "j'étais maçon toute ma vie dans le bâtiment"
 * to the retirement's situation question. It is context for the procedure asked about (the regime it tells
 * is kept), not a new request, and the same question is not asked again. Farm words about the village or the
 * neighbours do not make the person a farmer. Expected texts are read from the knowledge.
 */
import { describe, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { dialogClient } from './dialogHarness.js';

const knowledge = loadKnowledge();
const m = knowledge.messages;
const c = m.conversation;
const title = (id: string) => knowledge.procedures.find((p) => p.id === id)!.title;
const phone = (id: string) => knowledge.partners.find((p) => p.id === id)!.phone!.number;

describe.each(['webchat', 'sms'])('%s: the person in an answer is context', (channelId) => {
  it('the RSA, then "not a farmer, unemployed for 2 years" to its situation question: the RSA at the CAF, not the unemployment benefit', async () => {
    await dialogClient({ channelId }).play([
      ['je voudrais le rsa', [title('rsa'), m.orientation.situationQuestion]],
      ['nan jsuis pas agriculteur jsuis au chomage depuis 2 ans', [c.regimeNo, title('rsa'), phone('caf')], [title('allocation-chomage'), c.situationAgain]],
    ]);
  });

  it('the same answer to the MSA question: the CAF for the RSA', async () => {
    await dialogClient({ channelId }).play([
      ['je voudrais le rsa', [m.orientation.situationQuestion]],
      ['1', [m.orientation.regimeQuestion]],
      ['nan jsuis pas agriculteur jsuis au chomage depuis 2 ans', ['caf.fr'], [title('allocation-chomage'), m.orientation.regimeQuestion]],
    ]);
  });

  it('"not a farmer, a care assistant in a care home" keeps housing aid at the CAF, not the APA', async () => {
    await dialogClient({ channelId }).play([
      ["bonjour je loue un studio a Mouy depuis janvier est ce que j'ai droit a l'apl ?", [title('aide-logement')]],
      ['non je suis pas agricultrice, je suis aide soignante en ehpad', [title('aide-logement'), phone('caf')], [title('apa'), 'msa.fr']],
    ]);
  });

  it('a job in the building trade to the retirement question: the Carsat (3960), not the question again', async () => {
    await dialogClient({ channelId }).play([
      ['je voudrais demander ma retraite', [title('demande-retraite'), m.orientation.situationQuestion]],
      [
        "j'étais maçon toute ma vie dans le bâtiment",
        [c.regimeNo, title('demande-retraite'), phone('assurance-retraite')],
        [c.situationAgain, m.orientation.situationQuestion, m.orientation.regimeQuestion, title('aspa')],
      ],
    ]);
  });

  it('a farm village and farming neighbours, the person a home help: the CAF for the prime d’activité, one need', async () => {
    await dialogClient({ channelId }).play([
      [
        "j'habite un village agricole, tous mes voisins sont agriculteurs, moi je suis aide à domicile, je voudrais la prime d'activité",
        [title('prime-activite'), phone('caf')],
        ['msa.fr', c.regimeNoted, title('litige-conciliation'), title('apa'), c.needs.split('{')[0]!],
      ],
    ]);
  });
});

describe('msteams: the desk', () => {
  it('a farm village and farming neighbours, the person a home help: the CAF', async () => {
    await dialogClient({ channelId: 'msteams' }).play([
      [
        "usagère habite un village agricole, ses voisins sont agriculteurs, elle est aide à domicile, prime d'activité ?",
        [title('prime-activite')],
        [title('litige-conciliation'), title('apa')],
      ],
    ]);
  });
});
