/** The real assistant bot behind the real server, over expectReplies. */
import { MemoryStorage } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot, testUsageStore } from '../bot/harness.js';
import { activity, postJson, startTestServer, testOrientation, type RunningServer } from './helpers.js';

const orientation = testOrientation();
const lost = orientation.knowledge.procedures.find((p) => p.id === 'carte-vitale')!.situations.find((s) => s.id === 'perte-vol')!;
let service: RunningServer;
/** The replies of the last turn, as JSON. */
let lastReplies = '';

beforeAll(async () => {
  const bot = createBot({
    orientation,
    storage: new MemoryStorage(),
    usage: testUsageStore(),
    publicBaseUrl: 'http://localhost:3978',
    agentChannels: ['msteams'],
  });
  service = await startTestServer(orientation, { bot });
});
afterAll(() => service.stop());

async function turn(fields: Record<string, unknown>): Promise<string> {
  const res = await postJson(`${service.url}/api/messages`, activity({ channelId: 'emulator', conversation: { id: 'real-bot-1' }, ...fields }));
  expect(res.status).toBe(200);
  const body = (await res.json()) as { activities: unknown[] };
  expect(body.activities.length).toBeGreaterThan(0);
  lastReplies = JSON.stringify(body.activities);
  return lastReplies;
}

/** Visible texts of one JSON-encoded reply list, as they appear in it. */
const asJson = (text: string) => JSON.stringify(text).slice(1, -1);

describe('real bot through POST /api/messages', () => {
  it('welcomes a new conversation', async () => {
    const replies = await turn({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'user-1' }] });
    expect(replies).toContain(JSON.stringify(orientation.knowledge.messages.welcome.intro).slice(1, -1));
  });

  it('sends "jai perdu ma cart vital" to the Assurance Maladie', async () => {
    const replies = await turn({ text: 'jai perdu ma cart vital' });
    expect(replies).toContain('Assurance Maladie');
    expect(replies).toMatch(/[Cc]arte Vitale/);
  });

  it('gives the documents of the loss situation in that same first answer', () => {
    for (const document of lost.documents) expect(lastReplies).toContain(asJson(document));
    expect(lastReplies).not.toContain(asJson(orientation.knowledge.messages.orientation.situationQuestion));
  });

  it('then "j\'habite à Songeons" shows France services Songeons first, with its opening hours', async () => {
    const replies = await turn({ text: "j'habite à Songeons" });
    expect(replies).toContain('Les France services les plus proches de Songeons');
    const names = [...replies.matchAll(/"text":"(France services [^"]+)"/g)].map((match) => match[1]);
    expect(names[0]).toBe('France services Songeons');
    const afterFirst = replies.slice(replies.indexOf('"France services Songeons"'));
    expect(afterFirst).toMatch(/Ouvert maintenant, jusqu'à \d+ h|Fermé( \(jour férié\))?\. (Ouvre|Pas d'ouverture)/);
  });
});
