/** Two messages of one conversation at once, through the real server and the real bot. */
import { MemoryStorage, type StoreItems } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot, testUsageStore } from '../bot/harness.js';
import { activity, postJson, startTestServer, testOrientation, type RunningServer } from './helpers.js';

const orientation = testOrientation();
const intro = JSON.stringify(orientation.knowledge.messages.welcome.intro).slice(1, -1);
let service: RunningServer;
const storage = new MemoryStorage();

/** A storage a little slow to read, as Blob storage is: two turns overlap. */
class SlowReads extends MemoryStorage {
  override async read(keys: string[]): Promise<StoreItems> {
    await new Promise((resolve) => setTimeout(resolve, 150));
    return storage.read(keys);
  }
  override write(changes: StoreItems): Promise<void> {
    return storage.write(changes);
  }
}

beforeAll(async () => {
  const bot = createBot({
    orientation,
    storage: new SlowReads(),
    usage: testUsageStore(),
    publicBaseUrl: 'http://localhost:3978',
    agentChannels: [],
  });
  service = await startTestServer(orientation, { bot });
});
afterAll(() => service.stop());

const say = (conversation: string, text: string, id: string) =>
  postJson(`${service.url}/api/messages`, activity({ channelId: 'emulator', conversation: { id: conversation }, id, text })).then(async (res) => {
    expect(res.status).toBe(200);
    return JSON.stringify(await res.json());
  });

describe('turns of one conversation sent at once', () => {
  it('run one after the other: the second sees what the first saved (one welcome, not two)', async () => {
    const replies = await Promise.all([say('together-1', 'bonjour', 'm1'), say('together-1', 'carte vitale perdue', 'm2')]);
    const welcomes = replies.map((reply) => reply.split(intro).length - 1);
    expect(welcomes.reduce((a, b) => a + b, 0)).toBe(1);
  });
});
