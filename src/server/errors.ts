/**
 * The catalogue of HTTP errors: every error leaves as `{ "error": { "code", "message" } }` with the
 * status of its code here and its French message from knowledge/messages.yaml (`httpErrors`), never
 * with a stack. Routes name a code; none writes its own status or message.
 */
import type { Request, Response, Server } from 'restify';
import type { Messages } from '../knowledge/schemas/messages.js';
import type { Logger } from '../logging.js';

export type HttpErrorCode = keyof Messages['httpErrors'];

/** The status of each code. */
export const httpErrorStatus: Readonly<Record<HttpErrorCode, number>> = {
  bad_request: 400,
  invalid_json: 400,
  invalid_activity: 400,
  bad_watermark: 400,
  bad_digest: 400,
  service_url_not_allowed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conversation_not_found: 404,
  method_not_allowed: 405,
  timeout: 408,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unsupported_content_encoding: 415,
  too_many_requests: 429,
  conversation_full: 429,
  internal_error: 500,
  invoke_not_implemented: 501,
  bot_unavailable: 502,
  directline_unavailable: 502,
  auth_unavailable: 503,
  too_many_conversations: 503,
};

export interface ErrorBody {
  error: { code: HttpErrorCode; message: string };
}

export interface SendErrorOptions {
  /** What exactly is wrong (the field at fault), after the catalogue's message. */
  detail?: string;
  /** Only for a status the Bot Framework gives for an activity it refused (passed through as is). */
  status?: number;
}

/** The catalogue with its messages, built once per server (src/server/app.ts) and given to every route. */
export class HttpErrors {
  constructor(private readonly messages: Messages['httpErrors']) {}

  body(code: HttpErrorCode, detail?: string): ErrorBody {
    const message = this.messages[code];
    return { error: { code, message: detail ? `${message} ${detail}` : message } };
  }

  /** Sends a JSON error, unless something was already sent. */
  send(res: Response, code: HttpErrorCode, options: SendErrorOptions = {}): void {
    if (res.headersSent) return;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.send(options.status ?? httpErrorStatus[code], this.body(code, options.detail));
  }
}

// Keys are restify-errors names; the body parser and the router raise these.
const restifyErrors: Record<string, HttpErrorCode> = {
  PayloadTooLargeError: 'payload_too_large',
  RequestEntityTooLargeError: 'payload_too_large',
  InvalidContentError: 'invalid_json',
  BadDigestError: 'bad_digest',
  UnsupportedMediaTypeError: 'unsupported_media_type',
  ResourceNotFoundError: 'not_found',
  MethodNotAllowedError: 'method_not_allowed',
  RequestExpiredError: 'timeout',
};

function describe(err: unknown): { status: number; known: HttpErrorCode | undefined } {
  const name = err instanceof Error ? err.name : '';
  const statusCode = (err as { statusCode?: unknown } | null)?.statusCode;
  const status = typeof statusCode === 'number' && statusCode >= 400 && statusCode < 600 ? statusCode : 500;
  return { status, known: restifyErrors[name] };
}

/** Turns every restify error (body parser, router, thrown handler) into our JSON shape. */
export function registerErrorHandler(server: Server, logger: Logger, errors: HttpErrors): void {
  server.on('restifyError', (req: Request, res: Response, err: unknown, callback: () => void) => {
    const { status, known } = describe(err);
    if (status >= 500 || !known) logger.error({ err, path: req.getPath() }, 'request failed');
    else logger.info({ path: req.getPath(), status, code: known }, 'request refused');
    // An error restify names but we do not keep its status under the generic codes.
    errors.send(res, known ?? (status >= 500 ? 'internal_error' : 'bad_request'), known ? {} : { status });
    callback();
  });
}
