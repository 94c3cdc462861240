/**
 * A widower with a small pension: after the death's procedures, the ASPA offered as a next need is chosen in
 * free words ("c'est pour compléter ma retraite à moi"), read alone rather than as the death discussed; the
 * survivor's pension asked in plain words ("la pension de ma femme qui est décédée") is that need, not the
 * death's procedures again. Per channel; expected texts read from the knowledge.
 */
import { describe, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { dialogClient } from './dialogHarness.js';

const knowledge = loadKnowledge();
const title = (id: string) => knowledge.procedures.find((p) => p.id === id)!.title;
const widower = 'je suis veuf et ma retraite est toute petite, il y a une aide ?';

describe.each(['webchat', 'sms'])('%s: a widower choosing in free words', (channelId) => {
  it('his own small pension topped up: the ASPA', async () => {
    await dialogClient({ channelId }).play([
      [widower, [title('aspa')]],
      ["c'est pour compléter ma retraite à moi", [title('aspa')], [title('deces-proche')]],
    ]);
  });

  it("his wife's pension: the survivor's pension", async () => {
    await dialogClient({ channelId }).play([
      [widower, [title('aspa')]],
      ['la pension de ma femme qui est décédée', [title('pension-reversion')], [title('deces-proche')]],
    ]);
  });
});

describe('msteams: the survivor pension asked in plain words after a death', () => {
  it("is the survivor's pension, not the death's procedures", async () => {
    await dialogClient({ channelId: 'msteams' }).play([['la pension de son mari qui est décédé', [title('pension-reversion')], [title('deces-proche')]]]);
  });
});
