import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStorage } from '../../src/bot/storage.js';
import { startAzurite, type RunningAzurite } from '../support/azurite.js';
import { allText, createTestBot, orientation } from './harness.js';

const m = orientation().knowledge.messages;
describe('conversation state in Azure Blob storage (Azurite)', () => {
  let azurite: RunningAzurite;
  let connectionString: string;

  beforeAll(async () => {
    azurite = await startAzurite('blob');
    connectionString = azurite.connectionString;
  });

  afterAll(() => {
    azurite?.stop();
  });

  it('continues a conversation after a bot restart, and remembers the commune for the next one', async () => {
    const option = { kind: 'blob' as const, connectionString, container: 'bot-state' };
    const before = createTestBot({ storage: createStorage(option), conversationId: 'conv-restart' });
    expect(allText(await before.say('Trouver une France services'))).toContain(m.location.ask);

    // A new process: new storage client, new bot, same conversation.
    const after = createTestBot({ storage: createStorage(option), conversationId: 'conv-restart' });
    expect(allText(await after.say('Beauvais'))).toContain('Les France services les plus proches de Beauvais');

    const nextConversation = createTestBot({ storage: createStorage(option), conversationId: 'conv-next' });
    const replies = allText(await nextConversation.say('Trouver une France services'));
    expect(replies).toContain('Les France services les plus proches de Beauvais');
    expect(replies).not.toContain(m.location.ask);
  });

  it('uses memory storage when asked', () => {
    expect(createStorage({ kind: 'memory' }).constructor.name).toBe('MemoryStorage');
  });
});
