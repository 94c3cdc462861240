/**
 * How the web page reaches the bot.
 * - "service" (DIRECTLINE_SECRET set): POST /api/directline/token trades the secret for a short-lived
 *   token at the Direct Line service; the secret never leaves the server.
 * - "local" (no secret, no MicrosoftAppId): the development Direct Line endpoint under /v3/directline.
 * - "off" (an app id but no secret): the page says the chat is unavailable.
 */
import type { Request, Response, Server } from 'restify';
import type { Config } from '../../config.js';
import type { Logger } from '../../logging.js';
import { ConversationStore } from '../directline/conversations.js';
import { registerLocalDirectLine } from '../directline/localEndpoint.js';
import { clientAddress, createRateLimiter } from '../directline/rateLimit.js';
import { generateToken, TokenServiceError } from '../directline/tokenService.js';
import type { HttpErrors } from '../errors.js';

export type DirectLineMode = 'service' | 'local' | 'off';

export interface DirectLineDeps {
  config: Pick<Config, 'directLineSecret' | 'bot' | 'directLineEndpoint' | 'trustProxyHops'>;
  logger: Logger;
  errors: HttpErrors;
  /** Where the local endpoint forwards activities; by default this server's own /api/messages. */
  messagesUrl?: () => string;
  /** Token or conversation requests allowed per client address and minute. */
  tokensPerMinute?: number;
}

export function directLineMode(config: Pick<Config, 'directLineSecret' | 'bot'>): DirectLineMode {
  if (config.directLineSecret) return 'service';
  return config.bot.MicrosoftAppId ? 'off' : 'local';
}

/** http://127.0.0.1:<port>/api/messages, from the address the server actually listens on. */
export function ownMessagesUrl(server: Server): string {
  const { address, port } = server.address();
  const host = address === '0.0.0.0' || address === '::' ? '127.0.0.1' : address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${port}/api/messages`;
}

export function registerDirectLineRoutes(server: Server, deps: DirectLineDeps): void {
  const limiter = createRateLimiter(deps.tokensPerMinute ?? 10, 60);
  const clientOf = (req: Request) => clientAddress(req, deps.config.trustProxyHops);
  const mode = directLineMode(deps.config);
  const secret = deps.config.directLineSecret;

  if (mode === 'service' && secret) {
    const serviceUrl = deps.config.directLineEndpoint;
    server.post('/api/directline/token', async (req: Request, res: Response) => {
      res.header('Cache-Control', 'no-store');
      if (!(await limiter.allow(clientOf(req)))) {
        return deps.errors.send(res, 'too_many_requests');
      }
      try {
        const { token, conversationId, expires_in } = await generateToken({ secret, serviceUrl });
        res.send(200, { token, conversationId, expires_in });
      } catch (err) {
        deps.logger.error({ reason: err instanceof TokenServiceError ? err.reason : String(err) }, 'Direct Line token exchange failed');
        deps.errors.send(res, 'directline_unavailable');
      }
    });
  }

  if (mode === 'local') {
    registerLocalDirectLine(server, {
      store: new ConversationStore(),
      limiter,
      clientOf,
      messagesUrl: deps.messagesUrl ?? (() => ownMessagesUrl(server)),
      logger: deps.logger,
      errors: deps.errors,
    });
  }
}
