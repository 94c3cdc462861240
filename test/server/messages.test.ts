import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, postJson, startTestServer, testOrientation, type RunningServer } from './helpers.js';

const orientation = testOrientation();
let service: RunningServer;
let messagesUrl: string;

beforeAll(async () => {
  service = await startTestServer(orientation);
  messagesUrl = `${service.url}/api/messages`;
});
afterAll(() => service.stop());

async function expectStillAnswering(): Promise<void> {
  const res = await fetch(`${service.url}/healthz`);
  expect(res.status).toBe(200);
}

async function errorOf(res: Response): Promise<{ code: string; message: string }> {
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string } };
  return body.error;
}

describe('POST /api/messages: bad requests', () => {
  it('answers 400 JSON to malformed JSON, then keeps answering', async () => {
    const res = await postJson(messagesUrl, '{"type": "message", ');
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('invalid_json');
    await expectStillAnswering();
  });

  it('names a missing type', async () => {
    const res = await postJson(messagesUrl, activity({ type: undefined }));
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('invalid_activity');
    expect(error.message).toContain('« type » manquant');
    await expectStillAnswering();
  });

  it('names a missing conversation id', async () => {
    const res = await postJson(messagesUrl, activity({ conversation: {} }));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('« conversation.id » manquant');
  });

  it('names a field of the wrong type', async () => {
    const res = await postJson(messagesUrl, activity({ text: 42 }));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('« text » : type attendu string');
  });

  it('refuses a JSON value that is not an object', async () => {
    const res = await postJson(messagesUrl, '[1, 2, 3]');
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('invalid_activity');
  });

  it('answers 413 JSON to a 1 MB body, then keeps answering', async () => {
    const res = await postJson(messagesUrl, activity({ text: 'x'.repeat(1024 * 1024) }));
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('payload_too_large');
    await expectStillAnswering();
  });

  it('answers 404 JSON to an unknown address, without a stack', async () => {
    const res = await fetch(`${service.url}/api/nothing`);
    expect(res.status).toBe(404);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
    expect(text).not.toMatch(/at .*\.js/);
  });
});

describe('a route that throws', () => {
  it('answers 500 JSON without a stack, and the server keeps answering', async () => {
    service.server.get('/test-throws', async () => {
      throw new Error('bug with a secret path /home/app/src');
    });
    const res = await fetch(`${service.url}/test-throws`);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'internal_error', message: expect.any(String) } });
    expect(text).not.toContain('/home/app');
    await expectStillAnswering();
  });
});

describe('POST /api/messages: turns', () => {
  it('returns the replies in the response body with deliveryMode expectReplies', async () => {
    const res = await postJson(messagesUrl, activity({ text: 'bonjour' }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: Array<{ type: string; text: string; replyToId: string }> };
    expect(body.activities).toEqual([expect.objectContaining({ type: 'message', text: 'écho : bonjour', replyToId: 'a1' })]);
  });

  it('posts replies back to the serviceUrl in normal delivery mode, as the Emulator expects', async () => {
    const received: Array<{ url: string; body: { text?: string } }> = [];
    const channel = createServer((req, res) => {
      let data = '';
      req.on('data', (chunk: Buffer) => (data += chunk.toString()));
      req.on('end', () => {
        received.push({ url: req.url ?? '', body: JSON.parse(data) as { text?: string } });
        // restify patches http.ServerResponse globally: writeHead does not chain here.
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id":"r1"}');
      });
    });
    await new Promise<void>((resolve) => channel.listen(0, '127.0.0.1', resolve));
    const serviceUrl = `http://127.0.0.1:${(channel.address() as AddressInfo).port}`;
    try {
      const res = await postJson(messagesUrl, activity({ deliveryMode: undefined, channelId: 'emulator', serviceUrl, text: 'salut' }));
      expect(res.status).toBe(200);
      expect(received).toEqual([{ url: '/v3/conversations/conv-1/activities/a1', body: expect.objectContaining({ text: 'écho : salut' }) }]);
    } finally {
      channel.close();
    }
  });

  it('welcomes on conversationUpdate', async () => {
    const res = await postJson(messagesUrl, activity({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'user-1' }] }));
    const body = (await res.json()) as { activities: Array<{ text: string }> };
    expect(body.activities.map((a) => a.text)).toEqual(['Bienvenue']);
  });

  it('apologises in French when the bot fails, and the next turn works', async () => {
    const failed = await postJson(messagesUrl, activity({ text: 'boom' }));
    expect(failed.status).toBe(200);
    const body = (await failed.json()) as { activities: Array<{ text: string }> };
    expect(body.activities.map((a) => a.text)).toEqual([orientation.knowledge.messages.replies.error]);
    const next = await postJson(messagesUrl, activity({ text: 'encore' }));
    expect(((await next.json()) as { activities: Array<{ text: string }> }).activities[0]?.text).toBe('écho : encore');
  });

  it('sends security headers', async () => {
    const res = await fetch(`${service.url}/healthz`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});

describe('POST /api/messages with MicrosoftAppId set', () => {
  let secured: RunningServer;
  beforeAll(async () => {
    secured = await startTestServer(orientation, {}, { MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'not-a-real-secret' });
  });
  afterAll(() => secured.stop());

  it('refuses a request without a token with 401 JSON', async () => {
    const res = await postJson(`${secured.url}/api/messages`, activity());
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe('unauthorized');
  });

  it('refuses a request with a token that is not a Bot Framework JWT', async () => {
    const res = await postJson(`${secured.url}/api/messages`, activity(), { authorization: 'Basic dXNlcjpwYXNz' });
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe('unauthorized');
  });
});
