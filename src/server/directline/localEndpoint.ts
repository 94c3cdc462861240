/**
 * Local Direct Line 3.0 endpoint (/v3/directline), a DEVELOPMENT AID: it lets the web page talk to
 * this bot with no Azure resource. Not for production: it is disabled when DIRECTLINE_SECRET or a
 * MicrosoftAppId is set (see routes/directline.ts). Polling only (no WebSocket stream), conversations
 * in memory, capped and forgotten when idle. Each user activity is stamped like the real service does,
 * forwarded to this server's own /api/messages with deliveryMode "expectReplies", and the replies are
 * stored for the next GET …/activities?watermark=N.
 */
import { plugins, type Request, type Response, type Server } from 'restify';
import { z } from 'zod';
import type { Logger } from '../../logging.js';
import type { HttpErrors } from '../errors.js';
import { ConversationStore, type Activity, type Conversation } from './conversations.js';
import { askBot, BotUnavailableError } from './forward.js';
import type { RateLimiter } from './rateLimit.js';

export const LOCAL_PREFIX = '/v3/directline';
const BOT_ACCOUNT = { id: 'bot', name: 'Assistant France services', role: 'bot' };
const MAX_BODY_BYTES = 64 * 1024;

const inboundActivity = z.looseObject({
  type: z.string().min(1).max(50),
  text: z.string().max(4000).optional(),
  from: z.looseObject({ id: z.string().min(1).max(200), name: z.string().max(200).optional() }).optional(),
});

export interface LocalEndpointDeps {
  store: ConversationStore;
  /** Limits new conversations per client address. */
  limiter: RateLimiter;
  /** The client's address, as far as the configured proxies can be trusted (rateLimit.ts). */
  clientOf: (req: Request) => string;
  /** Where the bot listens; by default this server's own /api/messages. */
  messagesUrl: () => string;
  logger: Logger;
  errors: HttpErrors;
}

function bearer(req: Request): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}

function unauthorized(res: Response, errors: HttpErrors): void {
  errors.send(res, 'unauthorized');
}

/** The conversation named in the path, if the request's token opens it; otherwise the error is sent. */
function authorize(deps: LocalEndpointDeps, req: Request, res: Response): Conversation | undefined {
  const token = bearer(req);
  const tokenConversation = token ? deps.store.conversationOf(token) : undefined;
  if (!tokenConversation) return void unauthorized(res, deps.errors);
  const conversation = deps.store.get(req.params?.id ?? '');
  if (!conversation) return void deps.errors.send(res, 'conversation_not_found');
  if (conversation.id !== tokenConversation) return void deps.errors.send(res, 'forbidden');
  return conversation;
}

/** The user id is the one the conversation was opened with: a client cannot speak as another user. */
function stampUser(body: Activity & { from?: { id: string; name?: string } }, conversation: Conversation, serviceUrl: string): Activity {
  return {
    ...body,
    timestamp: new Date().toISOString(),
    channelId: 'webchat',
    serviceUrl,
    conversation: { id: conversation.id },
    from: { id: conversation.userId, name: body.from?.name, role: 'user' },
    recipient: BOT_ACCOUNT,
  };
}

function stampReply(reply: Activity, conversation: Conversation): Activity {
  const from = (reply.from as object | undefined) ?? BOT_ACCOUNT;
  return {
    ...reply,
    timestamp: reply.timestamp ?? new Date().toISOString(),
    channelId: 'webchat',
    conversation: { id: conversation.id },
    from: { ...from, role: 'bot' },
  };
}

export function registerLocalDirectLine(server: Server, deps: LocalEndpointDeps): void {
  const { store, logger, errors } = deps;

  server.post(`${LOCAL_PREFIX}/conversations`, async (req: Request, res: Response) => {
    const token = bearer(req);
    if (token) {
      // Direct Line semantics: a token already names its conversation.
      const conversationId = store.conversationOf(token);
      if (!conversationId) return unauthorized(res, errors);
      return void res.send(200, { conversationId, token, expires_in: store.remainingSeconds(token) });
    }
    const client = deps.clientOf(req);
    if (!(await deps.limiter.allow(client))) {
      return errors.send(res, 'too_many_requests');
    }
    const issued = store.create(client);
    if (!issued) return errors.send(res, 'too_many_conversations');
    res.send(201, issued);
  });

  server.post(`${LOCAL_PREFIX}/tokens/refresh`, async (req: Request, res: Response) => {
    const refreshed = store.refresh(bearer(req) ?? '');
    if (!refreshed) return unauthorized(res, errors);
    res.send(200, refreshed);
  });

  server.get(`${LOCAL_PREFIX}/conversations/:id`, async (req: Request, res: Response) => {
    const conversation = authorize(deps, req, res);
    if (!conversation) return;
    const token = bearer(req) ?? '';
    res.send(200, { conversationId: conversation.id, token, expires_in: store.remainingSeconds(token) });
  });

  server.get(`${LOCAL_PREFIX}/conversations/:id/activities`, async (req: Request, res: Response) => {
    const conversation = authorize(deps, req, res);
    if (!conversation) return;
    const raw = new URL(req.url ?? '/', 'http://localhost').searchParams.get('watermark') ?? '';
    if (raw !== '' && !/^\d{1,9}$/.test(raw)) return errors.send(res, 'bad_watermark');
    const from = Math.min(Number(raw || 0), conversation.activities.length);
    res.send(200, { activities: conversation.activities.slice(from), watermark: String(conversation.activities.length) });
  });

  server.post(
    `${LOCAL_PREFIX}/conversations/:id/activities`,
    plugins.jsonBodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }),
    async (req: Request, res: Response) => {
      const conversation = authorize(deps, req, res);
      if (!conversation) return;
      const parsed = inboundActivity.safeParse(req.body);
      if (!parsed.success) return errors.send(res, 'invalid_activity');
      const messagesUrl = deps.messagesUrl();
      const activity = stampUser(parsed.data as Activity & typeof parsed.data, conversation, new URL(LOCAL_PREFIX, messagesUrl).href);
      if (!store.append(conversation, [activity])) return errors.send(res, 'conversation_full');
      try {
        const replies = await askBot(messagesUrl, activity);
        // Typing indicators are ephemeral: the real service does not keep them either.
        store.append(
          conversation,
          replies.filter((r) => r.type !== 'typing').map((r) => stampReply(r, conversation)),
        );
      } catch (err) {
        logger.error({ err: err instanceof BotUnavailableError ? err.reason : err }, 'local Direct Line: bot did not answer');
        return errors.send(res, 'bot_unavailable');
      }
      res.send(200, { id: activity.id });
    },
  );
}
