import { ConversationState, UserState, type Storage } from 'botbuilder';
import type { Logger } from 'pino';
import { DEFAULT_DEPARTEMENT } from '../orientation/location/resolve.js';
import type { Language } from '../knowledge/schemas/languages.js';
import type { Orientation } from '../orientation/types.js';
import type { UsageStore } from '../usage/store.js';
import { Responder } from './responder.js';
import type { BotServices } from './services.js';
import { BotState } from './state.js';

export { AssistantBot } from './assistantBot.js';
export { createStorage } from './storage.js';

export interface BotServicesDeps {
  orientation: Orientation;
  storage: Storage;
  usage: UsageStore;
  /** Base of the links to our printable fiches, e.g. "https://assistant.oise.gouv.fr". */
  publicBaseUrl: string;
  /** Channels used by France services agents (e.g. "msteams"): short answers, no questions back. */
  agentChannels: string[];
  /** Département served, "60" when absent. */
  departement?: string;
  now?: () => Date;
  logger?: Logger;
}

/** The state, texts and helpers shared by the bot and its dialogs. */
export function createBotServices(deps: BotServicesDeps): BotServices {
  const state = new BotState(new ConversationState(deps.storage), new UserState(deps.storage), deps.logger, deps.agentChannels);
  const messages = deps.orientation.knowledge.messages;
  const english = deps.orientation.knowledge.english.messages;
  const texts = (language: Language) => (language === 'en' ? english : messages);
  return {
    orientation: deps.orientation,
    messages,
    texts,
    state,
    responder: new Responder(texts, async (context) => (await state.getConversation(context)).language),
    usage: deps.usage,
    publicBaseUrl: deps.publicBaseUrl,
    agentChannels: deps.agentChannels,
    departement: deps.departement ?? DEFAULT_DEPARTEMENT,
    now: deps.now ?? (() => new Date()),
    logger: deps.logger,
  };
}
