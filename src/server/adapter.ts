/**
 * The Bot Framework adapter, authenticated from the configuration (no app id = local Emulator mode).
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { Config } from '../config.js';
import type { TurnFailureHandler } from '../bot/turnFailure.js';

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

/** `onTurnError` is the one handler of failed turns (src/bot/turnFailure.ts): it logs and apologises once. */
export function createAdapter(config: Pick<Config, 'bot'>, onTurnError: TurnFailureHandler): BotAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({ ...config.bot });
  const adapter = new BotAdapter(auth);
  adapter.onTurnError = onTurnError;
  return adapter;
}
