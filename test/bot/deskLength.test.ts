/**
 * Teams answers stay short: the reply to `fiche <id>` of every procedure, and the first answer to every
 * procedure (its title, as an agent types it), are at most 2,000 characters on msteams, counted as
 * ../shared/eval/README.md counts a reply (every string under text/title/value/altText/fallbackText/label/
 * placeholder of all the turn's activities, joined by newlines). The real bot, as the eval server runs it.
 */
import { ActivityTypes } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { DESK_MAX } from '../../src/bot/render/deskAnswer.js';
import { replyText } from '../../scripts/conversations/scenario.js';
import { createTestBot } from './harness.js';

const knowledge = loadKnowledge();

/** The length of the reply to each message, each in a fresh conversation opened as the eval opens it. */
async function replyLengths(channelId: string, messages: (p: (typeof knowledge.procedures)[number]) => string): Promise<Map<string, number>> {
  const lengths = new Map<string, number>();
  for (const procedure of knowledge.procedures) {
    const { say } = createTestBot({ channelId, conversationId: `desk-${procedure.id}` });
    await say({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'user-1', name: 'Usager' }] });
    lengths.set(procedure.id, replyText(await say(messages(procedure))).length);
  }
  return lengths;
}

const over = (lengths: Map<string, number>) => [...lengths].filter(([, length]) => length > DESK_MAX).map(([id, length]) => `${id}: ${length}`);

describe('msteams: desk answers of at most 2,000 characters', () => {
  it('"fiche <id>" of every procedure', async () => {
    expect(over(await replyLengths('msteams', (p) => `fiche ${p.id}`))).toEqual([]);
  }, 120_000);

  it('the first answer to every procedure', async () => {
    expect(over(await replyLengths('msteams', (p) => p.title))).toEqual([]);
  }, 120_000);
});
