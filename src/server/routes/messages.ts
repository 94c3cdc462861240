/**
 * POST /api/messages: the Bot Framework endpoint (Azure Bot Service, Teams, Emulator, expectReplies clients).
 * The request is checked here (size, JSON, activity shape, presence of a token) before the adapter runs,
 * turns of one conversation run one after the other, and the answer leaves as JSON, never as a stack trace.
 */
import AsyncLock from 'async-lock';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import { plugins, type Request, type Response, type Server } from 'restify';
import type { Config } from '../../config.js';
import { activityMeta, type Logger } from '../../logging.js';
import type { BotAdapter } from '../adapter.js';
import { checkActivity } from '../activitySchema.js';
import type { HttpErrors } from '../errors.js';

export interface TurnHandler {
  run(context: TurnContext): Promise<void>;
}

export interface MessagesDeps {
  config: Pick<Config, 'bot' | 'maxBodyBytes'>;
  adapter: BotAdapter;
  bot: TurnHandler;
  logger: Logger;
  errors: HttpErrors;
}

/** Shape of a Bot Framework token; anything else is refused before the adapter. */
const bearerJwt = /^Bearer [\w-]+\.[\w-]+\.[\w-]*$/;

/** Turns of one conversation waiting behind the running one; more is a client flooding it. */
const MAX_WAITING_TURNS = 10;
/** How long a turn waits for the previous one of its conversation. */
const TURN_WAIT_MS = 60_000;
/** Asked of a channel when its token cannot be checked now (identity service unreachable). */
const RETRY_AFTER_SECONDS = '30';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Replies come back in the response (expectReplies) or go to a channel on this machine (Emulator). */
function repliesStayLocal(activity: { deliveryMode?: string; serviceUrl?: string }): boolean {
  if (activity.deliveryMode === 'expectReplies') return true;
  if (activity.serviceUrl === undefined) return true;
  try {
    return LOOPBACK_HOSTS.has(new URL(activity.serviceUrl).hostname);
  } catch {
    return false;
  }
}

function isAuthenticationFailure(err: unknown): boolean {
  const status = (err as { statusCode?: unknown } | null)?.statusCode;
  return (err instanceof Error && err.name === 'AuthenticationError') || status === 401 || status === 403;
}

function isLockRefusal(err: unknown): boolean {
  return err instanceof Error && /Too many pending|async-lock timed out/.test(err.message);
}

/** The invoke response (or expectReplies body) as the channel expects it; protocol statuses pass through. */
function reply(res: Response, response: InvokeResponse | undefined, errors: HttpErrors): void {
  if (!response) return void res.send(200);
  const { status, body } = response;
  if (body === undefined || body === null) {
    if (status === 501) return errors.send(res, 'invoke_not_implemented');
    if (status >= 400) return errors.send(res, 'invalid_activity', { status });
    return void res.send(status);
  }
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.send(status, body);
}

export function registerMessagesRoutes(server: Server, deps: MessagesDeps): void {
  const { adapter, bot, logger, config, errors } = deps;
  const authRequired = config.bot.MicrosoftAppId !== '';
  // Two turns of one conversation at once would both start from the same saved state, and the last
  // write would silently undo the other: they wait for each other (this instance; eTags across instances).
  const conversations = new AsyncLock({ maxPending: MAX_WAITING_TURNS, timeout: TURN_WAIT_MS });

  async function handleMessage(req: Request, res: Response): Promise<void> {
    const check = checkActivity(req.body);
    if (!check.ok) return errors.send(res, 'invalid_activity', { detail: check.message });
    const meta = activityMeta(check.activity);
    if (!authRequired && !repliesStayLocal(check.activity)) {
      // Nobody is authenticated in local mode: the bot must not be made to post to any address given.
      logger.info({ activity: meta }, 'activity refused: serviceUrl not on this machine (local mode)');
      return errors.send(res, 'service_url_not_allowed');
    }
    if (authRequired && !bearerJwt.test(req.headers.authorization ?? '')) {
      logger.info({ activity: meta }, 'activity refused: no bearer token');
      return errors.send(res, 'unauthorized');
    }
    logger.info({ activity: meta }, 'activity received');
    let turnStarted = false;
    const key = `${check.activity.channelId}/${check.activity.conversation.id}`;
    try {
      const response = await conversations.acquire(key, () =>
        adapter.handle(req.headers.authorization ?? '', check.activity as unknown as Activity, (context) => {
          turnStarted = true;
          return bot.run(context);
        }),
      );
      reply(res, response, errors);
    } catch (err) {
      if (isAuthenticationFailure(err)) {
        logger.info({ activity: meta }, 'activity refused: token not valid');
        return errors.send(res, 'unauthorized');
      }
      if (isLockRefusal(err)) {
        logger.warn({ activity: meta }, 'activity refused: too many turns waiting in this conversation');
        return errors.send(res, 'too_many_requests');
      }
      if (!turnStarted && authRequired) {
        logger.warn({ err, activity: meta }, 'activity refused: token could not be checked');
        res.setHeader('Retry-After', RETRY_AFTER_SECONDS);
        return errors.send(res, 'auth_unavailable');
      }
      logger.error({ err, activity: meta }, 'adapter failed');
      errors.send(res, 'internal_error');
    }
  }

  server.post('/api/messages', plugins.jsonBodyParser({ maxBodySize: config.maxBodyBytes, mapParams: false }), handleMessage);
}
