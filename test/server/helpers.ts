/** Test fixtures: a tiny bot, the real knowledge, and the real server on a free port. */
import { ActivityHandler, MemoryStorage } from 'botbuilder';
import type { Server } from 'restify';
import { loadConfig } from '../../src/config.js';
import { testUsageStore } from '../bot/harness.js';
import { createLogger } from '../../src/logging.js';
import { createAdapter } from '../../src/server/adapter.js';
import { turnFailureHandler } from '../../src/bot/turnFailure.js';
import { close, createApp, listen, type AppDeps } from '../../src/server/app.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { createOrientation, type Orientation } from '../../src/orientation/index.js';
import type { PrintableFicheOrientation } from '../../src/server/routes/printableFiches.js';

/** Echoes messages, welcomes new members, fails on "boom…" with the text in the error (as careless code would). */
export class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const text = context.activity.text ?? '';
      if (text.startsWith('boom')) throw new Error(`cannot handle « ${text} »`);
      await context.sendActivity(`écho : ${context.activity.text ?? ''}`);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await context.sendActivity('Bienvenue');
      await next();
    });
  }
}

export interface RunningServer {
  url: string;
  server: Server;
  stop: () => Promise<void>;
}

export async function startTestServer(
  orientation: PrintableFicheOrientation,
  overrides: Partial<AppDeps> = {},
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const storage = new MemoryStorage();
  const logger = overrides.logger ?? createLogger({ level: 'silent' });
  const server = createApp({
    config,
    logger,
    adapter: createAdapter(config, turnFailureHandler(orientation.knowledge.messages.replies.error, logger)),
    bot: new EchoBot(),
    orientation,
    usage: testUsageStore(),
    checkStorage: async () => void (await storage.read(['readyz'])),
    ...overrides,
  });
  const port = await listen(server, 0, '127.0.0.1');
  return { url: `http://127.0.0.1:${port}`, server, stop: async () => void (await close(server, 1000)) };
}

/** A minimal valid activity; `deliveryMode: expectReplies` returns the replies in the response body. */
export function activity(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    id: 'a1',
    channelId: 'test',
    serviceUrl: 'http://127.0.0.1:9',
    conversation: { id: 'conv-1' },
    from: { id: 'user-1' },
    recipient: { id: 'bot' },
    text: 'bonjour',
    deliveryMode: 'expectReplies',
    ...fields,
  };
}

export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The real orientation core over the real knowledge files, built once per test file. */
let shared: Orientation | undefined;
export function testOrientation(): Orientation {
  shared ??= createOrientation(loadKnowledge());
  return shared;
}
