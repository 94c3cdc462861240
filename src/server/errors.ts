/**
 * Every HTTP error leaves as `{ "error": { "code", "message" } }`, in French, never with a stack.
 */
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../logging.js';

export interface ErrorBody {
  error: { code: string; message: string };
}

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

/** Sends a JSON error, unless something was already sent. */
export function sendError(res: Response, status: number, code: string, message: string): void {
  if (res.headersSent) return;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.send(status, errorBody(code, message));
}

interface KnownError {
  code: string;
  message: string;
}

// Keys are restify-errors names; the body parser and the router raise these.
const knownErrors: Record<string, KnownError> = {
  PayloadTooLargeError: { code: 'payload_too_large', message: 'La requête est trop volumineuse.' },
  RequestEntityTooLargeError: { code: 'payload_too_large', message: 'La requête est trop volumineuse.' },
  InvalidContentError: { code: 'invalid_json', message: "Le corps de la requête n'est pas un JSON valide." },
  BadDigestError: { code: 'bad_digest', message: 'Le contenu reçu ne correspond pas à son empreinte (Content-MD5).' },
  UnsupportedMediaTypeError: { code: 'unsupported_media_type', message: 'Type de contenu non pris en charge : envoyez du JSON.' },
  ResourceNotFoundError: { code: 'not_found', message: "Cette adresse n'existe pas." },
  MethodNotAllowedError: { code: 'method_not_allowed', message: "Cette méthode n'est pas permise à cette adresse." },
  RequestExpiredError: { code: 'timeout', message: 'La requête a pris trop de temps.' },
};

function describe(err: unknown): { status: number; known: KnownError | undefined } {
  const name = err instanceof Error ? err.name : '';
  const statusCode = (err as { statusCode?: unknown } | null)?.statusCode;
  const status = typeof statusCode === 'number' && statusCode >= 400 && statusCode < 600 ? statusCode : 500;
  return { status, known: knownErrors[name] };
}

/** Turns every restify error (body parser, router, thrown handler) into our JSON shape. */
export function registerErrorHandler(server: Server, logger: Logger): void {
  server.on('restifyError', (req: Request, res: Response, err: unknown, callback: () => void) => {
    const { status, known } = describe(err);
    if (status >= 500 || !known) logger.error({ err, path: req.getPath() }, 'request failed');
    else logger.info({ path: req.getPath(), status, code: known.code }, 'request refused');
    const fallback: KnownError =
      status >= 500
        ? { code: 'internal_error', message: 'Une erreur est survenue. Réessayez dans un instant.' }
        : { code: 'bad_request', message: 'Requête invalide.' };
    const { code, message } = known ?? fallback;
    sendError(res, status, code, message);
    callback();
  });
}
