/** Local mode (no credentials): what a client on the network can and cannot make the real server do. */
import { MemoryStorage } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot, testUsageStore } from '../bot/harness.js';
import { activity, postJson, startTestServer, testOrientation, type RunningServer } from './helpers.js';

const orientation = testOrientation();
const askCommune = orientation.knowledge.messages.location.ask;

function realBot() {
  return createBot({ orientation, storage: new MemoryStorage(), usage: testUsageStore(), publicBaseUrl: 'http://localhost:3978', agentChannels: [] });
}

const openConversation = (base: string, headers: Record<string, string> = {}) => fetch(`${base}/v3/directline/conversations`, { method: 'POST', headers });

describe('Direct Line rate limit without a trusted proxy', () => {
  let service: RunningServer;
  beforeAll(async () => {
    service = await startTestServer(orientation);
  });
  afterAll(() => service.stop());

  it('ignores X-Forwarded-For: rotating it does not get past the limit of 10 per minute', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) statuses.push((await openConversation(service.url, { 'x-forwarded-for': `203.0.113.${i}` })).status);
    expect(statuses.slice(0, 10).every((status) => status === 201)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429, 429, 429, 429]);
  });
});

describe('Direct Line rate limit behind one trusted proxy (TRUST_PROXY=1)', () => {
  let service: RunningServer;
  beforeAll(async () => {
    service = await startTestServer(orientation, {}, { TRUST_PROXY: '1' });
  });
  afterAll(() => service.stop());

  it('counts per address the proxy saw, whatever the client wrote before it', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await openConversation(service.url, { 'x-forwarded-for': `198.51.100.${i}, 192.0.2.7` })).status);
    expect(statuses.slice(10)).toEqual([429, 429]);
    // Another person behind the same front end has their own allowance.
    expect((await openConversation(service.url, { 'x-forwarded-for': '192.0.2.8' })).status).toBe(201);
  });
});

describe('local Direct Line and the real bot', () => {
  let service: RunningServer;
  beforeAll(async () => {
    service = await startTestServer(orientation, { bot: realBot() });
  });
  afterAll(() => service.stop());

  async function conversationSays(fromId: string, texts: string[]): Promise<string> {
    const opened = (await (await openConversation(service.url)).json()) as { conversationId: string; token: string };
    const url = `${service.url}/v3/directline/conversations/${opened.conversationId}/activities`;
    const headers = { authorization: `Bearer ${opened.token}` };
    for (const text of texts) {
      const res = await postJson(url, { type: 'message', text, from: { id: fromId } }, headers);
      expect(res.status).toBe(200);
    }
    return JSON.stringify(await (await fetch(url, { headers })).json());
  }

  it("does not let a client speak as another user: a chosen from.id does not open that user's remembered commune", async () => {
    const victim = await conversationSays('user-victim', ['Trouver une France services', 'Beauvais']);
    expect(victim).toContain('Les France services les plus proches de Beauvais');
    const intruder = await conversationSays('user-victim', ['Trouver une France services']);
    expect(intruder).toContain(JSON.stringify(askCommune).slice(1, -1));
    expect(intruder).not.toContain('Beauvais');
  });
});

describe('POST /api/messages in local mode', () => {
  let service: RunningServer;
  beforeAll(async () => {
    service = await startTestServer(orientation);
  });
  afterAll(() => service.stop());

  it('refuses to post replies to a serviceUrl that is not this machine (400)', async () => {
    const res = await postJson(`${service.url}/api/messages`, activity({ deliveryMode: undefined, serviceUrl: 'http://169.254.169.254/metadata' }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('service_url_not_allowed');
  });

  it('still answers the Emulator on localhost and expectReplies clients', async () => {
    expect((await postJson(`${service.url}/api/messages`, activity())).status).toBe(200);
    expect(
      (await postJson(`${service.url}/api/messages`, activity({ deliveryMode: undefined, serviceUrl: service.url.replace('127.0.0.1', 'localhost') }))).status,
    ).toBe(200);
  });
});
