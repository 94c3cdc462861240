import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { activityMeta, createLogger } from '../src/logging.js';

const NIR = '1 85 05 78 006 084 36';
const IBAN = 'FR76 3000 6000 0112 3456 7890 189';
const EMAIL = 'marie.dupont@example.fr';
const message = `Bonjour, mon numéro de sécu est ${NIR}, mon IBAN ${IBAN}, écrivez-moi à ${EMAIL}`;

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(chunk.toString());
      callback();
    },
  });
  return { logger: createLogger({ level: 'info', destination }), output: () => lines.join('') };
}

function expectNoPersonalData(output: string): void {
  expect(output).not.toContain('85 05 78');
  expect(output).not.toContain('3000 6000');
  expect(output).not.toContain('marie.dupont');
}

describe('logger', () => {
  it('masks personal data in the message string', () => {
    const { logger, output } = capture();
    logger.info(message);
    expectNoPersonalData(output());
    expect(output()).toContain('[masqué]');
  });

  it('masks personal data in any nested field and in errors', () => {
    const { logger, output } = capture();
    logger.warn({ activity: { text: message, nested: [{ note: EMAIL }] }, err: new Error(`could not parse ${IBAN}`) }, 'turn %s', NIR);
    expectNoPersonalData(output());
    expect(JSON.parse(output()).err.message).toBe('could not parse [masqué]');
  });

  it('removes auth headers, tokens and passwords', () => {
    const { logger, output } = capture();
    logger.info({ headers: { authorization: 'Bearer eyJ.secret.token' }, token: 'abc123', config: { MicrosoftAppPassword: 'hunter2' } }, 'request');
    expect(output()).not.toContain('eyJ.secret');
    expect(output()).not.toContain('abc123');
    expect(output()).not.toContain('hunter2');
  });
});

describe('activityMeta', () => {
  it('keeps the shape of an activity, never its text or conversation id', () => {
    const meta = activityMeta({ type: 'message', channelId: 'msteams', conversation: { id: 'a:1conversation-secret' }, text: message });
    expect(meta).toMatchObject({ type: 'message', channel: 'msteams', textLength: message.length });
    expect(meta.conversation).toMatch(/^[0-9a-f]{12}$/);
    expect(JSON.stringify(meta)).not.toContain('conversation-secret');
    expect(JSON.stringify(meta)).not.toContain('sécu');
  });
});
