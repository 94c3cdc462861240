import type { Logger } from 'pino';
import type { Messages } from '../knowledge/schemas/messages.js';
import type { Orientation } from '../orientation/types.js';
import type { UsageStore } from '../usage/store.js';
import type { Responder } from './responder.js';
import type { BotState } from './state.js';

/** Everything the dialogs need, built once by createBotServices (src/index.ts). */
export interface BotServices {
  orientation: Orientation;
  messages: Messages;
  /**
   * Every text a user reads, in the conversation's language (knowledge/messages.yaml or messages.en.yaml):
   * the one accessor the dialogs use.
   */
  texts(language: 'fr' | 'en'): Messages;
  state: BotState;
  responder: Responder;
  /** Anonymous usage events for the pilotage (never awaited in a turn). */
  usage: UsageStore;
  publicBaseUrl: string;
  agentChannels: readonly string[];
  /** Code of the département served (DEFAULT_DEPARTEMENT): among homonym communes, this one's are meant. */
  departement: string;
  now: () => Date;
  logger?: Logger;
}
