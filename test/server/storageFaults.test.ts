/** Storage that hangs, fails or fills up, behind the real server and the real bot. */
import { createServer, type Server as NetServer, type Socket } from 'node:net';
import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStorage } from '../../src/bot/index.js';
import { createBot, testUsageStore } from '../bot/harness.js';
import { defaultStorageLimits } from '../../src/bot/storage.js';
import { activity, postJson, startTestServer, testOrientation, type RunningServer } from './helpers.js';

const orientation = testOrientation();
const apology = JSON.stringify(orientation.knowledge.messages.replies.error).slice(1, -1);
const intro = JSON.stringify(orientation.knowledge.messages.welcome.intro).slice(1, -1);
// Azurite's well-known development account (public, documented; not a secret).
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

async function serve(storage: Storage): Promise<RunningServer> {
  const bot = createBot({
    orientation,
    storage,
    usage: testUsageStore(),
    publicBaseUrl: 'http://localhost:3978',
    agentChannels: [],
  });
  return startTestServer(orientation, { bot, checkStorage: async () => void (await storage.read(['readiness-probe'])) });
}

async function say(service: RunningServer, conversation: string, text: string): Promise<string> {
  const res = await postJson(`${service.url}/api/messages`, activity({ channelId: 'emulator', conversation: { id: conversation }, text }));
  expect(res.status).toBe(200);
  return JSON.stringify(await res.json());
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('a Blob endpoint that accepts connections and never answers (black hole)', () => {
  let hole: NetServer;
  const sockets: Socket[] = [];
  let service: RunningServer;

  beforeAll(async () => {
    hole = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => hole.listen(0, '127.0.0.1', resolve));
    const { port } = hole.address() as { port: number };
    const connectionString = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${DEV_KEY};BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;
    service = await serve(createStorage({ kind: 'blob', connectionString, container: 'state' }));
  });
  afterAll(async () => {
    await service.stop();
    for (const socket of sockets) socket.destroy();
    hole.close();
  });

  it('ends the turn within the storage deadline, with one apology', async () => {
    const started = Date.now();
    const replies = await say(service, 'hole-1', 'Bonjour');
    const elapsed = Date.now() - started;
    expect(count(replies, apology)).toBe(1);
    expect(elapsed).toBeLessThan(defaultStorageLimits.deadlineMs + 2000);
  }, 15_000);

  it('makes readiness report 503', async () => {
    const res = await fetch(`${service.url}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ checks: { storage: false } });
  }, 15_000);
});

describe('a storage that fails', () => {
  class Failing extends MemoryStorage {
    constructor(private readonly reads: boolean) {
      super();
    }
    override async read(keys: string[]): Promise<StoreItems> {
      if (this.reads) throw new Error('storage down');
      return super.read(keys);
    }
    override async write(_changes: StoreItems): Promise<void> {
      throw new Error('storage down');
    }
  }

  it.each([
    ['its writes', false],
    ['its reads and its writes', true],
  ])('on %s: the apology is sent once in the response, not twice', async (_label, reads) => {
    const service = await serve(new Failing(reads));
    try {
      const replies = await say(service, 'failing', 'carte vitale perdue');
      expect(count(replies, apology)).toBe(1);
    } finally {
      await service.stop();
    }
  });
});

describe('memory storage in local mode', () => {
  let service: RunningServer;
  beforeAll(async () => {
    service = await serve(createStorage({ kind: 'memory' }, { ...defaultStorageLimits, maxMemoryEntries: 6 }));
  });
  afterAll(() => service.stop());

  it('is bounded: conversations opened in a loop push the oldest out instead of growing the process', async () => {
    expect(count(await say(service, 'first', 'bonjour'), intro)).toBe(1);
    expect(count(await say(service, 'first', 'bonjour'), intro)).toBe(0);
    for (let i = 0; i < 8; i++) await say(service, `flood-${i}`, 'bonjour');
    // Forgotten (least recently used): welcomed again as a new conversation.
    expect(count(await say(service, 'first', 'bonjour'), intro)).toBe(1);
  });
});
