/**
 * POST /api/messages: the Bot Framework endpoint (Azure Bot Service, Teams, Emulator, expectReplies clients).
 * The request is checked here (size, JSON, activity shape, presence of a token) before the adapter runs,
 * and whatever the adapter answers is sent back as JSON, never as a stack trace.
 */
import type { CloudAdapter, TurnContext } from 'botbuilder';
import { plugins, type Request, type Response, type Server } from 'restify';
import type { Config } from '../../config.js';
import { activityMeta, type Logger } from '../../logging.js';
import { checkActivity } from '../activitySchema.js';
import { sendError } from '../errors.js';

export interface TurnHandler {
  run(context: TurnContext): Promise<void>;
}

export interface MessagesDeps {
  config: Pick<Config, 'bot' | 'maxBodyBytes'>;
  adapter: CloudAdapter;
  bot: TurnHandler;
  logger: Logger;
}

/** Shape of a Bot Framework token; anything else is refused before the adapter (which logs to the console). */
const bearerJwt = /^Bearer [\w-]+\.[\w-]+\.[\w-]*$/;

interface Captured {
  status: number;
  body: unknown;
}

/** What the adapter writes, kept aside so that we decide how it leaves (JSON errors, no stack). */
function captureResponse(res: Response) {
  const captured: Captured = { status: 200, body: undefined };
  const shim = {
    socket: res.socket,
    status: (code: number) => { captured.status = code; },
    send: (body: unknown) => { captured.body = body; },
    header: () => undefined,
    end: () => undefined,
  };
  return { shim, captured };
}

function replyFromAdapter(res: Response, { status, body }: Captured): void {
  if (status === 401 || status === 403) return sendError(res, 401, 'unauthorized', 'Authentification refusée.');
  if (status >= 500) return sendError(res, 500, 'internal_error', 'Une erreur est survenue. Réessayez dans un instant.');
  if (status >= 400) return sendError(res, status, 'invalid_activity', 'Activité refusée par le service de bot.');
  if (body === undefined || body === null) return void res.send(status);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.send(status, body);
}

export function registerMessagesRoutes(server: Server, deps: MessagesDeps): void {
  const { adapter, bot, logger, config } = deps;
  const authRequired = config.bot.MicrosoftAppId !== '';

  async function handleMessage(req: Request, res: Response): Promise<void> {
    const check = checkActivity(req.body);
    if (!check.ok) return sendError(res, 400, 'invalid_activity', check.message);
    if (authRequired && !bearerJwt.test(req.headers.authorization ?? '')) {
      logger.info({ activity: activityMeta(check.activity) }, 'activity refused: no bearer token');
      return sendError(res, 401, 'unauthorized', 'Authentification requise.');
    }
    logger.info({ activity: activityMeta(check.activity) }, 'activity received');
    const { shim, captured } = captureResponse(res);
    try {
      await adapter.process({ body: check.activity, headers: req.headers, method: req.method }, shim, (context) => bot.run(context));
    } catch (err) {
      logger.error({ err, activity: activityMeta(check.activity) }, 'adapter failed');
      captured.status = 500;
    }
    if (captured.status >= 400) logger.warn({ status: captured.status, activity: activityMeta(check.activity) }, 'activity rejected by the adapter');
    replyFromAdapter(res, captured);
  }

  server.post('/api/messages', plugins.jsonBodyParser({ maxBodySize: config.maxBodyBytes, mapParams: false }), handleMessage);
}
