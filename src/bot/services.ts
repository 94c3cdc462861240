import type { Logger } from 'pino';
import type { Messages } from '../knowledge/schemas/messages.js';
import type { Orientation } from '../orientation/types.js';
import type { FeedbackStore } from './feedback.js';
import type { Responder } from './responder.js';
import type { BotState } from './state.js';

/** Everything the dialogs need, built once by createAssistantBot. */
export interface BotServices {
  orientation: Orientation;
  messages: Messages;
  state: BotState;
  responder: Responder;
  feedback: FeedbackStore;
  publicBaseUrl: string;
  agentChannels: readonly string[];
  now: () => Date;
  logger?: Logger;
}
