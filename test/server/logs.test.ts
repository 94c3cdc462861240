/** What the running server writes to its logs while people send personal data. */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging.js';
import { activity, postJson, startTestServer, testOrientation, type RunningServer } from './helpers.js';

const NIR = '2 84 12 60 057 123 45';
const IBAN = 'FR76 3000 6000 0112 3456 7890 189';
const EMAIL = 'jean.martin@example.org';
const personal = `mon numéro ${NIR}, mon RIB ${IBAN}, mon mail ${EMAIL}`;

let lines = '';
let service: RunningServer;

beforeAll(async () => {
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines += chunk.toString();
      callback();
    },
  });
  // Most verbose level: restify's own request logs are captured too.
  service = await startTestServer(testOrientation(), { logger: createLogger({ level: 'trace', destination }) });
});
afterAll(() => service.stop());

describe('server logs', () => {
  it('never contain the NIR, IBAN or e-mail a person typed, whatever happens to the request', async () => {
    await postJson(`${service.url}/api/messages`, activity({ text: personal }));
    await postJson(`${service.url}/api/messages`, activity({ text: `boom ${personal}` }));
    await postJson(`${service.url}/api/messages`, activity({ type: undefined, text: personal }));
    await postJson(`${service.url}/api/messages`, `{"text": "${personal}"`);
    await fetch(`${service.url}/fiches/carte-vitale?commune=${encodeURIComponent(personal)}`);
    expect(lines).toContain('activity received');
    expect(lines).toContain('turn failed');
    // The failing turn's error message quoted the text: it was logged, masked.
    expect(lines).toContain('[masqué]');
    for (const secret of ['84 12 60', '3000 6000', 'jean.martin']) expect(lines).not.toContain(secret);
  });
});
