/**
 * Emergencies (issue 9): someone cannot breathe, has chest pain, has fallen and no longer answers. The
 * emergency numbers (15 / 112) come first, on every channel, before the answer to the need the message
 * also names, and never a refusal nor a question between procedures. Expected texts are read from the
 * knowledge; English runs through the real bot with the language model.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { createOrientation, loadLanguageModel } from '../../src/orientation/index.js';
import { allText, createTestBot } from '../bot/harness.js';
import { dialogClient } from './dialogHarness.js';

const knowledge = loadKnowledge();
const m = knowledge.messages;
const c = m.conversation;
const title = (id: string) => knowledge.procedures.find((p) => p.id === id)!.title;

describe.each(['webchat', 'sms', 'msteams'])('%s: an emergency first', (channelId) => {
  it('a fall and no answer, with a need: 15 / 112, then the carte Vitale, not a list to choose from', async () => {
    await dialogClient({ channelId }).play([
      ['ma mere est tombee elle repond plus, il faut sa carte vitale ?', [c.emergency, title('carte-vitale')], [m.orientation.clarify, m.replies.outOfScope]],
    ]);
  });

  it('unconscious, SMS spellings: 15 / 112 first, then the need', async () => {
    const text = allText(await dialogClient({ channelId }).send('mon pere est tombé il est inconscient et il faut que je fasse sa carte vitale'));
    expect(text.indexOf(c.emergency)).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(c.emergency)).toBeLessThan(text.indexOf(title('carte-vitale')));
  });

  it('no breathing while a question is open: the emergency numbers, not the question again', async () => {
    await dialogClient({ channelId }).play([
      ['carte grise', []],
      ['jarrive pa a respirer', [c.emergency], [m.conversation.situationAgain, m.replies.outOfScope]],
    ]);
  });
});

describe.each(['webchat', 'sms'])('%s: an emergency without a need', (channelId) => {
  it('gets 15 / 112 and the way back to the procedures, no refusal', async () => {
    await dialogClient({ channelId }).play([['mon mari il respire plus !!', [c.emergency, c.emergencyNext], [m.replies.outOfScope]]]);
  });
});

describe('an emergency in English', async () => {
  const core = createOrientation(knowledge, { languageModel: await loadLanguageModel() });
  const en = knowledge.english.messages.conversation;
  it.each([
    ['webchat', 'I have a strong pain in my chest'],
    ['sms', "I can't breathe, please help"],
    ['webchat', 'my husband is struggling to breathe, what should I do?'],
  ])('%s: « %s » → 15 / 112 in English, no refusal', async (channelId, message) => {
    const { say } = createTestBot({ channelId, orientation: core });
    const text = allText(await say(message));
    expect(text).toContain(en.emergency);
    expect(text).not.toContain(knowledge.english.messages.replies.outOfScope);
    expect(text).not.toContain(m.replies.outOfScope);
  });
});
