/** Runs the main dialog with DialogTestClient over the real core and knowledge; each turn returns all replies. */
import { AutoSaveStateMiddleware, MemoryStorage, type Activity, type Storage, type TurnContext } from 'botbuilder';
import type { Language } from '../../src/knowledge/schemas/languages.js';
import { DialogTestClient } from 'botbuilder-testing';
import { expect } from 'vitest';
import { MainDialog } from '../../dialogs/mainDialog.js';
import { createBotServices } from '../../src/bot/index.js';
import type { Orientation } from '../../src/orientation/types.js';
import { allText, orientation, testUsageStore, THURSDAY_MORNING } from '../bot/harness.js';

/** One turn of a table: what the user says, texts the replies must show, texts they must not show. */
export type Turn = [user: string | Partial<Activity>, shows: (string | RegExp)[], hides?: (string | RegExp)[]];

/**
 * `orientation`: another core; `language`: the conversation's language, as the bot sets it before the dialog
 * from what the user writes (src/bot/assistantBot.ts), for conversations in English.
 */
export function dialogClient(options: { channelId?: string; storage?: Storage; orientation?: Orientation; language?: Language } = {}) {
  const usage = testUsageStore();
  const services = createBotServices({
    orientation: options.orientation ?? orientation(),
    storage: options.storage ?? new MemoryStorage(),
    usage,
    publicBaseUrl: 'https://assistant.example.fr',
    agentChannels: ['msteams'],
    now: () => THURSDAY_MORNING,
  });
  const client = new DialogTestClient(
    options.channelId ?? 'webchat',
    new MainDialog(services),
    undefined,
    [
      new AutoSaveStateMiddleware(services.state.userState),
      {
        onTurn: async (context: TurnContext, next: () => Promise<void>) => {
          if (options.language) (await services.state.getConversation(context)).language = options.language;
          await next();
        },
      },
    ],
    services.state.conversationState,
  );

  async function send(input: string | Partial<Activity>): Promise<Partial<Activity>[]> {
    const replies: Partial<Activity>[] = [];
    let reply = await client.sendActivity(input);
    while (reply) {
      replies.push(reply);
      reply = client.getNextReply();
    }
    return replies;
  }

  /** Plays a table of turns and checks each one. */
  async function play(turns: Turn[]): Promise<void> {
    for (const [user, shows, hides = []] of turns) {
      const text = allText(await send(user));
      const label = `after « ${typeof user === 'string' ? user : JSON.stringify(user)} » the bot said:\n${text}`;
      for (const expected of shows) {
        if (typeof expected === 'string') expect(text, label).toContain(expected);
        else expect(text, label).toMatch(expected);
      }
      for (const hidden of hides) {
        if (typeof hidden === 'string') expect(text, label).not.toContain(hidden);
        else expect(text, label).not.toMatch(hidden);
      }
    }
  }

  return { client, services, usage, send, play };
}
