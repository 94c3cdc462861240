/**
 * The Bot Framework adapter, authenticated from the configuration (no app id = local Emulator mode).
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { Config } from '../config.js';
import { activityMeta, type Logger } from '../logging.js';

/** `apology` is said to the person when a turn fails (knowledge/messages.yaml › replies.error). */
export function createAdapter(config: Pick<Config, 'bot'>, logger: Logger, apology: string): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({ ...config.bot });
  const adapter = new CloudAdapter(auth);
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
