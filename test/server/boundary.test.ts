/** What the real server does with bodies it must not read, and the headers every answer carries. */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging.js';
import { activity, postJson, startTestServer, testOrientation, type RunningServer } from './helpers.js';

const orientation = testOrientation();
let service: RunningServer;
let logs = '';
// restify's multipart parser writes file parts to os.tmpdir(), which reads TMPDIR on each call.
const uploads = mkdtempSync(join(tmpdir(), 'boundary-uploads-'));
process.env.TMPDIR = uploads;

beforeAll(async () => {
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logs += chunk.toString();
      callback();
    },
  });
  service = await startTestServer(orientation, { logger: createLogger({ level: 'trace', destination }) });
});
afterAll(() => service.stop());

async function errorCode(res: Response): Promise<string> {
  return ((await res.json()) as { error: { code: string } }).error.code;
}

function multipart(size: number): { body: Buffer; type: string } {
  const boundary = 'XyZ123';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const body = Buffer.concat([Buffer.from(head), Buffer.alloc(size, 97), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

describe('request bodies the service does not read', () => {
  it.each(['/api/messages', '/v3/directline/conversations', '/v3/directline/conversations/x/activities'])(
    'refuses a multipart upload to %s with 415 and writes nothing to the temp folder',
    async (path) => {
      const { body, type } = multipart(2 * 1024 * 1024);
      const before = readdirSync(uploads);
      const res = await fetch(`${service.url}${path}`, { method: 'POST', headers: { 'content-type': type }, body: new Uint8Array(body) });
      expect(res.status).toBe(415);
      expect(await errorCode(res)).toBe('unsupported_media_type');
      expect(readdirSync(uploads)).toEqual(before);
    },
  );

  it('refuses a gzip body (a small bomb would expand past the size limit) with 415, before inflating it', async () => {
    const bomb = gzipSync(Buffer.from(JSON.stringify(activity({ text: ' '.repeat(20 * 1024 * 1024) }))));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const res = await fetch(`${service.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: new Uint8Array(bomb),
    });
    expect(res.status).toBe(415);
    expect(await errorCode(res)).toBe('unsupported_content_encoding');
  });

  it.each(['text/csv', 'text/tsv', 'text/plain', 'application/x-www-form-urlencoded', 'application/octet-stream'])(
    'refuses %s with 415 and never copies the body into the logs',
    async (type) => {
      const marker = `corps-secret-${type.replace(/\W/g, '')}`;
      const res = await fetch(`${service.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': type },
        body: `type=message&text=${marker}\n${marker},b,c`,
      });
      expect(res.status).toBe(415);
      expect(logs).not.toContain(marker);
    },
  );

  it('refuses a body sent without a content type', async () => {
    const res = await fetch(`${service.url}/api/messages`, { method: 'POST', body: new Blob([JSON.stringify(activity())]) });
    expect(res.status).toBe(415);
  });

  it('still answers JSON with a charset', async () => {
    const res = await postJson(`${service.url}/api/messages`, activity(), { 'content-type': 'application/json; charset=utf-8' });
    expect(res.status).toBe(200);
  });
});

describe('activities refused at the boundary, with the field named', () => {
  it.each([
    ['without « from »', { from: undefined }, '« from » manquant'],
    ['with a mention that names nobody', { entities: [{ type: 'mention', text: '<at>Bot</at>' }] }, 'mention'],
    ['with an entity that is not an object', { entities: ['mention'] }, '« entities.0 »'],
    ['with conversation.isGroup as a string', { conversation: { id: 'c', isGroup: 'true' } }, '« conversation.isGroup »'],
    ['with membersAdded that are not accounts', { type: 'conversationUpdate', membersAdded: [42] }, '« membersAdded.0 »'],
  ])('%s → 400', async (_label, fields, named) => {
    const res = await postJson(`${service.url}/api/messages`, activity({ channelId: 'msteams', ...fields }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(named);
  });
});

describe('security headers', () => {
  it.each([
    ['a route', 'GET', '/healthz', 200],
    ['an unknown address', 'GET', '/nowhere', 404],
    ['a wrong method', 'PUT', '/healthz', 405],
    ['a refused body', 'POST', '/api/messages', 415],
  ])('are on %s (%s %s → %i)', async (_label, method, path, status) => {
    const res = await fetch(`${service.url}${path}`, {
      method,
      headers: method === 'POST' ? { 'content-type': 'text/csv' } : {},
      body: method === 'POST' ? 'a,b' : undefined,
    });
    expect(res.status).toBe(status);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('include HSTS in production, on a 404 too', async () => {
    const production = await startTestServer(
      orientation,
      {},
      {
        NODE_ENV: 'production',
        MicrosoftAppId: 'app',
        MicrosoftAppPassword: 'pw',
        BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true',
        BLOB_CONTAINER: 'state',
        PUBLIC_BASE_URL: 'https://assistant.example.fr',
      },
    );
    try {
      const res = await fetch(`${production.url}/nowhere`);
      expect(res.status).toBe(404);
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    } finally {
      await production.stop();
    }
  });
});
