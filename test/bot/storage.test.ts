import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStorage } from '../../src/bot/storage.js';
import { allText, createTestBot, orientation } from './harness.js';

const m = orientation().knowledge.messages;
// Azurite's well-known development account (public, documented; not a secret).
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForPort(port: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(() => resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Azurite did not start on port ${port}`);
}

describe('conversation state in Azure Blob storage (Azurite)', () => {
  let azurite: ChildProcess;
  let connectionString: string;

  beforeAll(async () => {
    const port = await freePort();
    azurite = spawn(
      'node_modules/.bin/azurite-blob',
      ['--inMemoryPersistence', '--blobHost', '127.0.0.1', '--blobPort', String(port), '--skipApiVersionCheck', '--silent'],
      { stdio: 'ignore' },
    );
    await waitForPort(port);
    connectionString = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${DEV_KEY};BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;
  });

  afterAll(() => {
    azurite?.kill();
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
