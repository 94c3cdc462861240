/**
 * Direct Line plumbing over real HTTP: the local development endpoint (forwarding to a real
 * /api/messages with a real CloudAdapter and a tiny echo bot) and the production token route
 * (against a fake Direct Line service started here: the fake is the external service).
 */
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TurnContext } from 'botbuilder';
import { createServer, type Server } from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging.js';
import { createAdapter } from '../../src/server/adapter.js';
import { turnFailureHandler } from '../../src/bot/turnFailure.js';
import { close, listen } from '../../src/server/app.js';
import { HttpErrors, registerErrorHandler } from '../../src/server/errors.js';
import { defaultKnowledgeDir, loadMessages } from '../../src/knowledge/load.js';
import { registerDirectLineRoutes } from '../../src/server/routes/directline.js';
import { registerMessagesRoutes } from '../../src/server/routes/messages.js';

const logger = createLogger({ level: 'silent' });
const errors = new HttpErrors(loadMessages(defaultKnowledgeDir).httpErrors);
const bot = { id: '', password: '' };

const echoBot = {
  async run(context: TurnContext) {
    const { activity } = context;
    if (activity.type === 'event' && activity.name === 'webchat/join') await context.sendActivity('Bonjour, je suis l’assistant.');
    if (activity.type === 'message') {
      await context.sendActivities([{ type: 'typing' }, { type: 'message', text: `Vous avez écrit : ${activity.text}` }]);
    }
  },
};

async function startApp(directLineSecret: string | undefined, serviceUrl?: string, tokensPerMinute = 10): Promise<{ server: Server; base: string }> {
  const config = {
    directLineSecret,
    directLineEndpoint: serviceUrl ?? 'https://directline.botframework.com/v3/directline',
    trustProxyHops: 0,
    maxBodyBytes: 256 * 1024,
    bot: { MicrosoftAppId: bot.id, MicrosoftAppPassword: bot.password, MicrosoftAppType: 'MultiTenant' as const, MicrosoftAppTenantId: '' },
  };
  const server = createServer({ handleUncaughtExceptions: true });
  registerErrorHandler(server, logger, errors);
  registerMessagesRoutes(server, { config, adapter: createAdapter(config, turnFailureHandler('Erreur', logger)), bot: echoBot, logger, errors });
  registerDirectLineRoutes(server, { config, logger, errors, tokensPerMinute });
  const port = await listen(server, 0, '127.0.0.1');
  return { server, base: `http://127.0.0.1:${port}` };
}

async function call(url: string, init: { method?: string; token?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = {};
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const raw = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
  const response = await fetch(url, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : raw });
  return {
    status: response.status,
    body: (await response.json().catch(() => null)) as Record<string, unknown> & { activities?: Array<Record<string, unknown>> },
  };
}

describe('local Direct Line endpoint (no secret)', () => {
  let app: { server: Server; base: string };
  let dl: string;
  beforeAll(async () => {
    app = await startApp(undefined);
    dl = `${app.base}/v3/directline`;
  });
  afterAll(() => close(app.server, 100));

  it('runs a conversation: welcome, message, replies from the bot, watermark', async () => {
    const started = await call(`${dl}/conversations`, { method: 'POST' });
    expect(started.status).toBe(201);
    const { conversationId, token, expires_in } = started.body as { conversationId: string; token: string; expires_in: number };
    expect(expires_in).toBeGreaterThan(60);
    const conv = `${dl}/conversations/${conversationId}`;

    expect((await call(`${conv}/activities`, { method: 'POST', token, body: { type: 'event', name: 'webchat/join', from: { id: 'u1' } } })).status).toBe(200);
    const posted = await call(`${conv}/activities`, {
      method: 'POST',
      token,
      body: { type: 'message', text: 'bonjour', from: { id: 'u1' }, channelData: { clientActivityID: 'c1' } },
    });
    expect(posted.status).toBe(200);
    expect(typeof posted.body.id).toBe('string');

    const all = await call(`${conv}/activities`, { token });
    const activities = all.body.activities ?? [];
    expect(activities.map((a) => [a.type, (a.from as { role: string }).role, a.text])).toEqual([
      ['event', 'user', undefined],
      ['message', 'bot', 'Bonjour, je suis l’assistant.'],
      ['message', 'user', 'bonjour'],
      ['message', 'bot', 'Vous avez écrit : bonjour'], // the typing indicator is not kept
    ]);
    const userMessage = activities[2] ?? {};
    expect(userMessage).toMatchObject({
      id: posted.body.id,
      channelId: 'webchat',
      conversation: { id: conversationId },
      channelData: { clientActivityID: 'c1' },
    });
    expect(typeof userMessage.timestamp).toBe('string');
    expect(all.body.watermark).toBe('4');

    const later = await call(`${conv}/activities?watermark=2`, { token });
    expect(later.body.activities?.map((a) => a.text)).toEqual(['bonjour', 'Vous avez écrit : bonjour']);
    expect((await call(`${conv}/activities?watermark=4`, { token })).body).toEqual({ activities: [], watermark: '4' });
  });

  it('resumes a conversation and refreshes its token', async () => {
    const { body } = await call(`${dl}/conversations`, { method: 'POST' });
    const token = body.token as string;
    const resumed = await call(`${dl}/conversations/${body.conversationId as string}`, { token });
    expect(resumed).toMatchObject({ status: 200, body: { conversationId: body.conversationId } });
    const refreshed = await call(`${dl}/tokens/refresh`, { method: 'POST', token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.token).not.toBe(token);
    expect((await call(`${dl}/conversations/${body.conversationId as string}/activities`, { token: refreshed.body.token as string })).status).toBe(200);
  });

  it('refuses bad tokens, unknown conversations, other conversations and malformed activities', async () => {
    const a = (await call(`${dl}/conversations`, { method: 'POST' })).body as { conversationId: string; token: string };
    const b = (await call(`${dl}/conversations`, { method: 'POST' })).body as { conversationId: string; token: string };
    const conv = `${dl}/conversations/${a.conversationId}`;
    expect((await call(`${conv}/activities`, { token: 'not-a-token' })).status).toBe(401);
    expect((await call(`${conv}/activities`)).status).toBe(401);
    expect((await call(`${dl}/tokens/refresh`, { method: 'POST', token: 'nope' })).status).toBe(401);
    const unknown = await call(`${dl}/conversations/inconnue/activities`, { token: a.token });
    expect(unknown.status).toBe(404);
    expect((unknown.body.error as { message: string }).message).toMatch(/n'existe pas/);
    expect((await call(`${conv}/activities`, { token: b.token })).status).toBe(403);
    expect((await call(`${conv}/activities`, { method: 'POST', token: a.token, body: { text: 'sans type' } })).status).toBe(400);
    expect((await call(`${conv}/activities`, { method: 'POST', token: a.token, body: '{pas du json' })).status).toBe(400);
    expect((await call(`${conv}/activities?watermark=abc`, { token: a.token })).status).toBe(400);
    // Nothing malformed was stored.
    expect((await call(`${conv}/activities`, { token: a.token })).body.activities).toEqual([]);
  });

  it('has no production token route', async () => {
    expect((await call(`${app.base}/api/directline/token`, { method: 'POST' })).status).toBe(404);
  });
});

describe('production token route (DIRECTLINE_SECRET set)', () => {
  const secret = 'secret-de-test-123';
  let fake: HttpServer;
  let fakeUrl: string;
  let fakeAnswers = true;
  const seen: Array<{ auth: string | undefined; body: string }> = [];
  let app: { server: Server; base: string };

  beforeAll(async () => {
    fake = createHttpServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push({ auth: req.headers.authorization, body });
        const ok = fakeAnswers && req.url === '/v3/directline/tokens/generate';
        res.statusCode = ok ? 200 : 500;
        res.setHeader('Content-Type', 'application/json');
        res.end(ok ? JSON.stringify({ conversationId: 'conv-1', token: 'tok-1', expires_in: 1800 }) : '{}');
      });
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}/v3/directline`;
    app = await startApp(secret, fakeUrl, 3);
  });
  afterAll(async () => {
    await close(app.server, 100);
    await new Promise((resolve) => fake.close(resolve));
  });

  it('trades the secret for a token without ever returning the secret', async () => {
    const response = await fetch(`${app.base}/api/directline/token`, { method: 'POST' });
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(JSON.parse(text)).toEqual({ token: 'tok-1', conversationId: 'conv-1', expires_in: 1800 });
    expect(text).not.toContain(secret);
    expect(seen[0]?.auth).toBe(`Bearer ${secret}`);
    expect(JSON.parse(seen[0]?.body ?? '{}')).toMatchObject({ user: { id: expect.stringMatching(/^dl_[0-9a-f]+$/) } });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 502 in French when the service fails, then 429 when a client asks too often', async () => {
    fakeAnswers = false;
    const failed = await call(`${app.base}/api/directline/token`, { method: 'POST' });
    expect(failed.status).toBe(502);
    expect((failed.body.error as { message: string }).message).toMatch(/indisponible/);
    expect(JSON.stringify(failed.body)).not.toContain(secret);
    // The limit is 3 per minute in this test; two requests were already made.
    expect((await call(`${app.base}/api/directline/token`, { method: 'POST' })).status).toBe(502);
    const limited = await call(`${app.base}/api/directline/token`, { method: 'POST' });
    expect(limited.status).toBe(429);
    expect((limited.body.error as { message: string }).message).toMatch(/Réessayez/);
  });

  it('has no local endpoint', async () => {
    expect((await call(`${app.base}/v3/directline/conversations`, { method: 'POST' })).status).toBe(404);
  });
});
