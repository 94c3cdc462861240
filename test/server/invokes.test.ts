/** Invoke activities and token failures through the real server and the real assistant bot. */
import { Writable } from 'node:stream';
import { MemoryStorage } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBot, testUsageStore } from '../bot/harness.js';
import { createLogger } from '../../src/logging.js';
import { activity, postJson, startTestServer, testOrientation, type RunningServer } from './helpers.js';

const orientation = testOrientation();
let service: RunningServer;

function realBot() {
  return createBot({
    orientation,
    storage: new MemoryStorage(),
    usage: testUsageStore(),
    publicBaseUrl: 'http://localhost:3978',
    agentChannels: ['msteams'],
  });
}

beforeAll(async () => {
  service = await startTestServer(orientation, { bot: realBot() });
});
afterAll(() => service.stop());

const invoke = (name: string, fields: Record<string, unknown> = {}) =>
  postJson(
    `${service.url}/api/messages`,
    activity({ type: 'invoke', name, channelId: 'msteams', text: undefined, deliveryMode: undefined, conversation: { id: `invoke-${name}` }, ...fields }),
  );

describe('invoke activities', () => {
  it('answers the Bot Framework health check with a health result', async () => {
    const res = await invoke('healthCheck');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ healthResults: { success: true } });
  });

  it('treats a card button sent as adaptiveCard/action like the same button sent as a message', async () => {
    const value = { action: { type: 'Action.Execute', verb: 'choose', data: { text: "J'ai perdu ma carte Vitale" } } };
    const res = await invoke('adaptiveCard/action', { value, deliveryMode: 'expectReplies' });
    expect(res.status).toBe(200);
    const body = JSON.stringify(await res.json());
    expect(body).toContain('Assurance Maladie');
    expect(body).toContain('"type":"invokeResponse"');
    expect(body).toContain('"status":200');
  });

  it('refuses an adaptiveCard/action without a value with 400', async () => {
    const res = await invoke('adaptiveCard/action');
    expect(res.status).toBe(400);
  });

  it.each(['signin/verifyState', 'composeExtension/query', 'nothing/known'])(
    'answers %s, which the bot does not implement, with 501 (never 500)',
    async (name) => {
      const res = await invoke(name, { value: { state: '123' } });
      expect(res.status).toBe(501);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invoke_not_implemented');
    },
  );
});

describe('tokens that cannot be checked', () => {
  let authed: RunningServer;
  let logs = '';
  beforeAll(async () => {
    const destination = new Writable({
      write(chunk: Buffer, _e, cb) {
        logs += chunk.toString();
        cb();
      },
    });
    authed = await startTestServer(
      orientation,
      { bot: realBot(), logger: createLogger({ level: 'info', destination }) },
      { MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'pw' },
    );
  });
  afterAll(() => authed.stop());

  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const forged = (iss: string) =>
    `${b64({ alg: 'RS256', typ: 'JWT', kid: 'k1' })}.${b64({ iss, aud: 'app-id', exp: Math.floor(Date.now() / 1000) + 600, serviceurl: 'http://127.0.0.1:9' })}.c2ln`;

  it.each(['https://api.botframework.com', 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/', 'https://evil.example'])(
    'a forged token from %s gets 401 or 503 with Retry-After, and no stack on stderr',
    async (issuer) => {
      const stderr = vi.spyOn(process.stderr, 'write');
      const consoleError = vi.spyOn(console, 'error');
      try {
        const res = await postJson(`${authed.url}/api/messages`, activity({ deliveryMode: undefined }), { authorization: `Bearer ${forged(issuer)}` });
        expect([401, 503]).toContain(res.status);
        if (res.status === 503) expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(consoleError).not.toHaveBeenCalled();
        expect(stderr.mock.calls.map((call) => String(call[0])).join('')).not.toMatch(/\n\s+at /);
      } finally {
        stderr.mockRestore();
        consoleError.mockRestore();
      }
      expect(logs).toMatch(/token (not valid|could not be checked)/);
    },
  );
});
