/**
 * The cost of an item of the procedure just answered (the tax stamp, the photo, fees), per channel: it stays on
 * that procedure, even while its situation is asked, and switches only when another procedure is named.
 * Expected texts are read from the knowledge.
 */
import { describe, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { dialogClient } from './dialogHarness.js';

const knowledge = loadKnowledge();
const m = knowledge.messages;
const procedure = (id: string) => knowledge.procedures.find((p) => p.id === id)!;
const firstCost = (id: string) => procedure(id).costs[0]!.label;

describe.each(['webchat', 'sms', 'msteams'])('%s: the cost of an item of the procedure discussed', (channelId) => {
  it('naturalisation, then "et le timbre fiscal il coûte combien ?": the naturalisation stamp, not the driving licence', async () => {
    await dialogClient({ channelId }).play([
      ['comment on demande la nationalité française ?', [procedure('naturalisation').title]],
      ['et le timbre fiscal il coûte combien ?', [firstCost('naturalisation')], [procedure('permis-conduire').title]],
    ]);
  });

  it('passport, then "c\'est combien le timbre fiscal pour un passeport ?": its costs, not its answer again', async () => {
    await dialogClient({ channelId }).play([
      ['je dois refaire mon passeport', [procedure('passeport').title]],
      ["c'est combien le timbre fiscal pour un passeport ?", [firstCost('passeport')], [procedure('permis-conduire').title, m.orientation.situationQuestion]],
    ]);
  });

  it('passport, then the driving licence named with the stamp: the driving licence', async () => {
    await dialogClient({ channelId }).play([
      ['je dois refaire mon passeport', [procedure('passeport').title]],
      ['et pour le permis de conduire, il faut un timbre ?', [procedure('permis-conduire').title]],
    ]);
  });
});
