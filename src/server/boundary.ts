/**
 * What every request meets before routing (restify `pre` handlers, so 404 and 405 answers get them too):
 * security headers, and the only body format this service reads — plain JSON.
 *
 * Multipart bodies are refused before restify's parser writes their parts to the temp folder, and
 * compressed bodies before anything inflates them: the size limit then always counts the real bytes.
 */
import type { Next, Request, Response } from 'restify';
import type { HttpErrors } from './errors.js';
import { securityHeaders } from './security.js';

/** One year, the value browsers' preload lists expect. */
const HSTS = 'max-age=31536000; includeSubDomains';

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** application/json or a +json type (application/vnd.x+json), with any parameters (charset). */
const jsonType = /^application\/(?:[\w.-]+\+)?json\s*(?:;.*)?$/i;

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  if (length !== undefined) return length.trim() !== '0';
  return req.headers['transfer-encoding'] !== undefined;
}

/** Security headers on every response; HSTS only where the service is served over https. */
export function securityHeadersEverywhere(production: boolean) {
  return (req: Request, res: Response, next: Next): void => {
    if (production) res.setHeader('Strict-Transport-Security', HSTS);
    securityHeaders(req, res, next);
  };
}

const formType = /^application\/x-www-form-urlencoded\s*(?:;.*)?$/i;

/**
 * 415 for any body that is not identity-encoded JSON; bodiless requests pass. `formPaths` are the
 * few HTML form targets (the pilotage sign-in) that read their own small url-encoded body.
 */
export function bodyPolicy(errors: HttpErrors, formPaths: readonly string[] = []) {
  const forms = new Set(formPaths);
  return (req: Request, res: Response, next: Next): void => onlyJsonBodies(req, res, next, forms, errors);
}

function onlyJsonBodies(req: Request, res: Response, next: Next, forms: ReadonlySet<string>, errors: HttpErrors): void {
  const method = (req.method ?? 'GET').toUpperCase();
  const contentType = req.headers['content-type'];
  const encoding = req.headers['content-encoding']?.trim().toLowerCase();
  const body = METHODS_WITH_BODY.has(method) && hasBody(req);
  if (encoding && encoding !== 'identity') {
    // The unread body is not worth reading: the connection closes after the answer.
    res.setHeader('Connection', 'close');
    res.setHeader('Accept-Encoding', 'identity');
    errors.send(res, 'unsupported_content_encoding');
    return next(false);
  }
  const form = forms.has(req.getPath()) && formType.test(contentType ?? '');
  if ((body || contentType !== undefined) && METHODS_WITH_BODY.has(method) && !jsonType.test(contentType ?? '') && !form) {
    if (body) res.setHeader('Connection', 'close');
    errors.send(res, 'unsupported_media_type');
    return next(false);
  }
  next();
}
