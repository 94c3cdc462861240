/** The HTTP errors, over the real server: each leaves with its catalogue status, its code and its message from the knowledge. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { httpErrorStatus, type HttpErrorCode } from '../../src/server/errors.js';
import { activity, postJson, startTestServer, testOrientation, type RunningServer } from './helpers.js';

const orientation = testOrientation();
const texts = orientation.knowledge.messages.httpErrors;
let service: RunningServer;

beforeAll(async () => {
  service = await startTestServer(orientation);
});
afterAll(() => service.stop());

const requests: [HttpErrorCode, () => Promise<Response>][] = [
  ['not_found', () => fetch(`${service.url}/nulle-part`)],
  ['method_not_allowed', () => fetch(`${service.url}/api/messages`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' })],
  ['invalid_json', () => postJson(`${service.url}/api/messages`, '{"type": ')],
  ['invalid_activity', () => postJson(`${service.url}/api/messages`, activity({ type: undefined }))],
  ['payload_too_large', () => postJson(`${service.url}/api/messages`, activity({ text: 'x'.repeat(300 * 1024) }))],
  ['unsupported_media_type', () => fetch(`${service.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'bonjour' })],
  ['unsupported_content_encoding', () => postJson(`${service.url}/api/messages`, activity(), { 'content-encoding': 'gzip' })],
  ['service_url_not_allowed', () => postJson(`${service.url}/api/messages`, activity({ deliveryMode: undefined, serviceUrl: 'http://169.254.169.254/' }))],
  ['unauthorized', () => postJson(`${service.url}/v3/directline/conversations/c1/activities`, { type: 'message', text: 'bonjour' })],
];

describe('HTTP errors: one catalogue for every route', () => {
  it.each(requests)('%s: its status, its code, its message from knowledge/messages.yaml', async (code, send) => {
    const res = await send();
    expect(res.status).toBe(httpErrorStatus[code]);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe(code);
    expect(error.message.startsWith(texts[code])).toBe(true);
  });

  it('names the field at fault after the message', async () => {
    const { error } = (await (await postJson(`${service.url}/api/messages`, activity({ type: undefined }))).json()) as { error: { message: string } };
    expect(error.message).toMatch(new RegExp(`^${texts.invalid_activity.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} .*« type » manquant`));
  });

  it('no route writes its own error: every JSON error of src/server goes through the catalogue', () => {
    const dir = join(import.meta.dirname, '../../src/server');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    for (const file of files) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/\{\s*error:\s*\{\s*code:\s*'/);
      expect(source, file).not.toMatch(/res\.send\((4|5)\d\d,/);
    }
  });
});
