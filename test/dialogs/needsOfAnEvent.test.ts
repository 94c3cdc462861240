/**
 * Needs told with a life event (issue 10): each partner named in a separation story becomes what the event
 * calls for there (knowledge/conversation.yaml `related`: the CAF's change of situation, the tax rate), the
 * judge for the children and the alimony stays the separation's; a terse desk message about a deceased
 * farmer's widow is one need, the survivor's pension at the MSA; an ex who harasses and threatens gets the
 * victims' support with the numbers for violence in the couple, not unpaid alimony. Expected texts are read
 * from the knowledge.
 */
import { describe, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { dialogClient } from './dialogHarness.js';

const knowledge = loadKnowledge();
const m = knowledge.messages;
const c = m.conversation;
const procedure = (id: string) => knowledge.procedures.find((p) => p.id === id)!;
const title = (id: string) => procedure(id).title;
const needsLead = c.needs.split('{')[0]!;
const separation =
  "on se separe avec mon mari apres 12 ans, il est parti, je suis perdue, je dois m'occuper de tout, la CAF, les impôts, et surtout la garde des enfants et la pension";
const couple = procedure('victime').situations.find((s) => s.id === 'violences-conjugales')!;

describe.each(['webchat', 'sms'])('%s: the partners of a life event', (channelId) => {
  it('a separation naming the CAF and the taxes: the judge, the CAF’s change of situation and the tax rate, no survivor’s pension', async () => {
    await dialogClient({ channelId }).play([
      [
        separation,
        [needsLead, title('separation-divorce'), title('attestation-caf'), title('prelevement-source')],
        [title('pension-reversion'), title('taxe-fonciere')],
      ],
    ]);
  });
});

describe.each(['webchat', 'sms'])('%s: an event read close behind', (channelId) => {
  it('a separation asking whom to tell and how alimony is set: the judge, the CAF and the tax rate', async () => {
    await dialogClient({ channelId }).play([
      [
        'avec mon copain on se sépare, on a une fille, qui faut-il prévenir (caf, impôts) et comment on fixe la pension alimentaire ?',
        [title('separation-divorce'), title('attestation-caf'), title('prelevement-source')],
        [title('taxe-fonciere')],
      ],
    ]);
  });
});

describe('msteams: the desk', () => {
  it('the partners of a separation, each answered', async () => {
    await dialogClient({ channelId: 'msteams' }).play([
      [separation, [title('separation-divorce'), title('attestation-caf'), title('prelevement-source')], [title('pension-reversion')]],
    ]);
  });

  it('a deceased farmer’s widow wants the survivor’s pension: one need, at the MSA', async () => {
    await dialogClient({ channelId: 'msteams' }).play([
      [
        'usager ancien agri décédé, sa veuve veut la réversion, quel organisme ?',
        [title('pension-reversion'), knowledge.partners.find((p) => p.id === 'msa')!.shortName],
        [needsLead, title('deces-proche')],
      ],
    ]);
  });
});

describe.each(['webchat', 'sms', 'msteams'])('%s: an ex who harasses', (channelId) => {
  it('victims’ support with the numbers for violence in the couple, not unpaid alimony nor a choice', async () => {
    await dialogClient({ channelId }).play([
      ['mon ex me harcèle et me menace par sms', [title('victime'), couple.note!], [title('pension-alimentaire-impayee'), m.orientation.clarify]],
    ]);
  });
});
