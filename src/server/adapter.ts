/**
 * The Bot Framework adapter, authenticated from the configuration (no app id = local Emulator mode).
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { Config } from '../config.js';
import { activityMeta, type Logger } from '../logging.js';

/**
 * CloudAdapter whose request handling we call ourselves: its own `process` prints multi-line stacks to
 * stderr and answers 500 to any failure, an identity service that cannot be reached included.
 */
export class BotAdapter extends CloudAdapter {
  /** Authenticates the activity, then runs the turn; rejects (AuthenticationError included) before the turn. */
  handle(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

/** `apology` is said to the person when a turn fails (knowledge/messages.yaml › replies.error). */
export function createAdapter(config: Pick<Config, 'bot'>, logger: Logger, apology: string): BotAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({ ...config.bot });
  const adapter = new BotAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error({ err: error, activity: activityMeta(context.activity) }, 'turn failed');
    try {
      await context.sendActivity(apology);
    } catch (sendError) {
      logger.error({ err: sendError }, 'could not send the apology');
    }
  };
  return adapter;
}
