/**
 * Personal-data corpus: 300+ messages carrying every identifier format the detector knows, each followed
 * by "this did not help" (the one case where a question is kept), through the real server and the real
 * bot, with conversation state in Azure Blob storage (Azurite). Then every log line, every usage event
 * and every stored blob is read back: none may contain an identifier.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { ContainerClient } from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStorage } from '../../src/bot/index.js';
import { createLogger } from '../../src/logging.js';
import { createBot, testUsageStore } from '../bot/harness.js';
import { startAzurite, type RunningAzurite } from '../support/azurite.js';
import { activity, postJson, startTestServer, testOrientation, type RunningServer } from './helpers.js';

const CONTAINER = 'pii-corpus';

/** Each identifier as typed, and what must never be found again (its distinctive part). */
const identifiers: Array<{ kind: string; typed: string; secret: string }> = [
  ...['1 85 05 78 006 084 36', '185057800608436', '1.85.05.78.006.084.36', '1-85-05-78-006-084-36', '2 84 12 2A 057 123 45'].map((typed) => ({
    kind: 'nir',
    typed,
    secret: typed.replace(/\D/g, '').slice(0, 9),
  })),
  ...['0123456789012', '3 12 45 678 901 23'].map((typed) => ({ kind: 'tax-number', typed, secret: typed })),
  ...['FR76 3000 6000 0112 3456 7890 189', 'FR7630006000011234567890189', 'FR76-3000-6000-0112-3456-7890-189'].map((typed) => ({
    kind: 'iban',
    typed,
    secret: typed.replace(/[^A-Z\d]/g, '').slice(4, 16),
  })),
  ...['4970 1012 3456 7899', '4111-1111-1111-1111', '4111111111111111', '3782 822463 10005', '378282246310005'].map((typed) => ({
    kind: 'card',
    typed,
    secret: typed.replace(/\D/g, '').slice(4, 12),
  })),
  ...['jean.dupont@exemple.fr', 'm.lefevre+caf@orange.fr', 'élodie_martin@laposte.net'].map((typed) => ({
    kind: 'email',
    typed,
    secret: typed.split('@')[0]!,
  })),
  ...['06 12 34 56 78', '06.12.34.56.78', '+33 6 12 34 56 78', '+33 (0)6 12 34 56 78', '0033 6 12 34 56 78', '+33612345678'].map((typed) => ({
    kind: 'phone',
    typed,
    secret: '12 34 56 78',
  })),
  ...["je m'appelle Gwendoline Kerbrat", 'mon nom est Kerbrat', "Je m'appelle Yann Kerbrat et"].map((typed) => ({ kind: 'name', typed, secret: 'Kerbrat' })),
  ...["j'habite 14 rue des Tanneurs à Beauvais", 'au 3 bis avenue Hoche 60200 Compiègne', '27 impasse des Glycines'].map((typed) => ({
    kind: 'address',
    typed,
    secret: typed.match(/(Tanneurs|Hoche|Glycines)/)![1]!,
  })),
  ...['né le 14/07/1983', 'née le 02.11.1979', 'date de naissance : 5 avril 1961'].map((typed) => ({
    kind: 'birth-date',
    typed,
    secret: typed.match(/(14\/07\/1983|02\.11\.1979|5 avril 1961)/)![1]!,
  })),
  ...[
    ['mon identifiant france travail c 4512378P', '4512378P'],
    ['mdp Soleil60!', 'Soleil60'],
    ['mot de passe : Tr0ub4dor&3', 'Tr0ub4dor'],
  ].map(([typed, secret]) => ({ kind: 'credential', typed: typed!, secret: secret! })),
];
const contexts = [
  (id: string) => `Bonjour, ${id}, j'ai perdu ma carte vitale`,
  (id: string) => `mon numéro c'est ${id} pour la CAF`,
  (id: string) => `${id}`,
  (id: string) => `je veux refaire mon passeport, ${id}`,
  (id: string) => `Aidez moi svp ${id} merci`,
  (id: string) => `pour ma retraite : ${id}`,
  (id: string) => `RSA ${id} urgent`,
  (id: string) => `impots ${id}, déclaration en retard`,
  (id: string) => `${id} — chômage, inscription`,
  (id: string) => `xyz blabla ${id} question sans rapport`,
];
const corpus = identifiers.flatMap((identifier) => contexts.map((context) => ({ ...identifier, text: context(identifier.typed) })));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('personal-data corpus through the real server, Blob state on Azurite', () => {
  let azurite: RunningAzurite;
  let service: RunningServer;
  let connectionString: string;
  let logs = '';
  const usageDir = mkdtempSync(join(tmpdir(), 'pii-usage-'));
  const usage = testUsageStore(usageDir);

  beforeAll(async () => {
    azurite = await startAzurite('blob');
    connectionString = azurite.connectionString;
    const destination = new Writable({
      write(chunk: Buffer, _e, cb) {
        logs += chunk.toString();
        cb();
      },
    });
    const logger = createLogger({ level: 'trace', destination });
    const orientation = testOrientation();
    const storage = createStorage({ kind: 'blob', connectionString, container: CONTAINER });
    const bot = createBot({ orientation, storage, usage, publicBaseUrl: 'http://localhost:3978', agentChannels: [], logger });
    service = await startTestServer(orientation, { bot, logger, checkStorage: async () => void (await storage.read(['probe'])) });
  });
  afterAll(async () => {
    await service?.stop();
    azurite?.stop();
  });

  it(`covers every format (${corpus.length} messages)`, () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(new Set(corpus.map((c) => c.kind))).toEqual(
      new Set(['nir', 'tax-number', 'iban', 'card', 'email', 'phone', 'name', 'address', 'birth-date', 'credential']),
    );
  });

  it('keeps no identifier in logs, usage events (feedback included) or stored state', async () => {
    const say = async (conversation: string, text: string, id: string) => {
      const res = await postJson(
        `${service.url}/api/messages`,
        activity({ channelId: 'webchat', conversation: { id: conversation }, from: { id: `user-${conversation}` }, id, text }),
      );
      expect(res.status).toBe(200);
    };
    const lanes = 6;
    await Promise.all(
      Array.from({ length: lanes }, async (_, lane) => {
        for (let i = lane; i < corpus.length; i += lanes) {
          const conversation = `pii-${i}`;
          await say(conversation, corpus[i]!.text, `m-${i}`);
          await say(conversation, '👎 Non', `f-${i}`);
        }
      }),
    );
    await usage.flush();

    const usageText = filesUnder(usageDir)
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    // Questions left unanswered are the ones kept (masked): the corpus reaches that path.
    expect(usageText).toContain('"text":');
    const container = new ContainerClient(connectionString, CONTAINER);
    let stored = '';
    let blobs = 0;
    for await (const blob of container.listBlobsFlat()) {
      blobs++;
      stored += (await container.getBlobClient(blob.name).downloadToBuffer()).toString('utf8');
    }
    expect(blobs).toBeGreaterThanOrEqual(corpus.length);
    expect(logs).toContain('activity received');

    const leaks: string[] = [];
    for (const { kind, secret } of identifiers) {
      for (const [where, text] of [
        ['logs', logs],
        ['usage', usageText],
        ['state', stored],
      ] as const) {
        if (text.includes(secret)) leaks.push(`${kind} « ${secret} » in ${where}`);
      }
    }
    expect(leaks).toEqual([]);
  }, 240_000);
});
