/**
 * The one handler of a failed turn, set as the adapter's onTurnError by src/index.ts: whatever failed
 * (the dialogs, the core, the state storage), it is logged once and the person gets one apology.
 * The bot itself only puts the conversation back in a state it can continue from (AssistantBot.run).
 */
import type { TurnContext } from 'botbuilder';
import { activityMeta, type Logger } from '../logging.js';

export type TurnFailureHandler = (context: TurnContext, error: Error) => Promise<void>;

/** `apology` is knowledge/messages.yaml › replies.error, or the bot's choice of it in the turn's language. */
export function turnFailureHandler(apology: string | ((context: TurnContext) => string), logger?: Logger): TurnFailureHandler {
  return async (context, error) => {
    logger?.error({ err: error, activity: activityMeta(context.activity) }, 'turn failed');
    try {
      await context.sendActivity(typeof apology === 'string' ? apology : apology(context));
    } catch (sendError) {
      logger?.error({ err: sendError }, 'could not send the apology');
    }
  };
}
