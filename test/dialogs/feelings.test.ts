/**
 * How the person feels and what they ask, in one message, per channel: the human sentence first, then the
 * answer to the need; a feeling is neither a request ("je suis perdue": no lost paper) nor a regime ("je
 * suis perdue" after "à l'hôpital" says no job). Expected texts are read from the knowledge.
 */
import { describe, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { dialogClient } from './dialogHarness.js';

const knowledge = loadKnowledge();
const m = knowledge.messages;
const c = m.conversation;
const title = (id: string) => knowledge.procedures.find((p) => p.id === id)!.title;
const documents = (id: string, situation: string) => knowledge.procedures.find((p) => p.id === id)!.situations.find((s) => s.id === situation)!.documents;

describe.each(['webchat', 'sms'])('%s: a feeling is not a need, nor a regime', (channelId) => {
  it('"mon mari est décédé à l\'hôpital, je suis perdue": condolences and the steps after a death, nothing about lost papers or the MSA', async () => {
    await dialogClient({ channelId }).play([
      [
        "mon mari est décédé hier à l'hôpital, je suis perdue, qu'est-ce que je dois faire ?",
        [c.feelings.grief, title('deces-proche')],
        [title('perte-vol-papiers'), c.regimeNo, c.regimeNoted],
      ],
    ]);
  });

  it('"je suis complètement paumée" while the situation is asked is no loss', async () => {
    await dialogClient({ channelId }).play([
      ['carte grise', [m.orientation.situationQuestion]],
      ['je suis complètement paumée', [], [documents('carte-grise', 'duplicata')[0]!]],
    ]);
  });
});

describe.each(['webchat', 'sms'])('%s: an emergency with a need', (channelId) => {
  it('"mon père a fait un malaise, le samu est là, après sa carte vitale": 15 / 112 first, then the need', async () => {
    await dialogClient({ channelId }).play([
      [
        "mon père a fait un malaise, le samu est là, et après je dois m'occuper de sa carte vitale",
        [c.emergency, title('carte-vitale')],
        [m.replies.outOfScope, c.medical],
      ],
    ]);
  });
});
