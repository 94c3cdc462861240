/**
 * The coordinators' dashboard: GET /pilotage (page), GET /pilotage/export.csv, its assets, and
 * POST /pilotage/session (token sign-in). Access: a token from the configuration (local, tests),
 * or App Service authentication with Entra ID in Azure (deployment/README.md).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import type { PilotageAuthConfig } from '../../config.js';
import type { Knowledge } from '../../knowledge/load.js';
import type { PilotageTexts } from '../../knowledge/schemas/pilotage.js';
import { projectRoot } from '../../knowledge/projectRoot.js';
import type { Logger } from '../../logging.js';
import { pilotageCsv } from '../../pilotage/csv.js';
import { namesFrom } from '../../pilotage/names.js';
import { buildPilotageReport, type PilotageFilter } from '../../pilotage/report.js';
import type { UsageStore } from '../../usage/store.js';
import type { HttpErrors } from '../errors.js';
import { accessPage, pilotagePage } from '../pilotage/page.js';
import { setContentSecurityPolicy } from '../security.js';

export interface PilotageDeps {
  errors: HttpErrors;
  auth: PilotageAuthConfig;
  usage: UsageStore;
  knowledge: Pick<Knowledge, 'partners' | 'procedures' | 'sites' | 'communes' | 'pilotage'>;
  logger: Logger;
  /** https in production: the session cookie is then Secure. */
  secureCookies: boolean;
}

/** The sign-in form's target: the one route that reads a url-encoded body (server/boundary.ts). */
export const PILOTAGE_SESSION_PATH = '/pilotage/session';
const COOKIE = 'pilotage_session';
const SESSION_HOURS = 8;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MAX_FORM_BYTES = 2048;
/** App Service authentication puts the signed-in user's id in this header (and strips any sent by the client). */
const APP_SERVICE_PRINCIPAL = 'x-ms-client-principal-id';

const pagePolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const assets: Record<string, { file: string; type: string }> = {
  'pilotage.js': { file: join(projectRoot, 'src', 'web', 'pilotage.js'), type: 'text/javascript; charset=utf-8' },
  'pilotage.css': { file: join(projectRoot, 'src', 'web', 'pilotage.css'), type: 'text/css; charset=utf-8' },
  'chart.umd.min.js': { file: join(projectRoot, 'node_modules', 'chart.js', 'dist', 'chart.umd.min.js'), type: 'text/javascript; charset=utf-8' },
};

/** The session cookie's value: an HMAC of the token, so the token itself never sits in a cookie. */
function sessionValue(token: string): string {
  return createHmac('sha256', token).update('pilotage-session').digest('hex');
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

type Access = 'granted' | 'sign-in' | 'disabled';

function access(req: Request, auth: PilotageAuthConfig): Access {
  if (auth.kind === 'appservice') return typeof req.headers[APP_SERVICE_PRINCIPAL] === 'string' ? 'granted' : 'sign-in';
  if (!auth.token) return 'disabled';
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (bearer && sameSecret(bearer, auth.token)) return 'granted';
  const session = cookie(req, COOKIE);
  return session && sameSecret(session, sessionValue(auth.token)) ? 'granted' : 'sign-in';
}

function readFilter(req: Request, partners: Set<string>, texts: PilotageTexts['filterErrors']): PilotageFilter | string {
  const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const filter: PilotageFilter = {};
  for (const [param, key] of [
    ['du', 'from'],
    ['au', 'to'],
  ] as const) {
    const value = params.get(param)?.trim();
    if (!value) continue;
    if (!MONTH.test(value)) return texts.month.replace('{param}', param);
    filter[key] = value;
  }
  const partner = params.get('partenaire')?.trim();
  if (partner) {
    if (!partners.has(partner)) return texts.partner;
    filter.partner = partner;
  }
  return filter;
}

function readForm(req: Request): Promise<URLSearchParams | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_FORM_BYTES) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', () => resolve(null));
  });
}

export function registerPilotageRoutes(server: Server, deps: PilotageDeps): void {
  const { errors } = deps;
  const { knowledge, usage } = deps;
  const texts = knowledge.pilotage;
  const names = namesFrom(knowledge);
  const partnerIds = new Set(knowledge.partners.map((p) => p.id));
  const partners = knowledge.partners.map((p) => ({ id: p.id, name: p.shortName }));
  const files = Object.fromEntries(Object.entries(assets).map(([name, a]) => [name, { body: readFileSync(a.file), type: a.type }]));

  const html = (res: Response, status: number, body: string) => {
    setContentSecurityPolicy(res, pagePolicy);
    res.sendRaw(status, body, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  };

  /** Answers for a request without access; true when the request may go on. */
  const guard = (req: Request, res: Response): boolean => {
    const state = access(req, deps.auth);
    if (state === 'granted') return true;
    if (state === 'disabled') html(res, 404, accessPage(texts, 'disabled'));
    else if (deps.auth.kind === 'appservice') {
      res.sendRaw(302, '', { Location: `/.auth/login/aad?post_login_redirect_uri=${encodeURIComponent(req.url ?? '/pilotage')}`, 'Cache-Control': 'no-store' });
    } else html(res, 401, accessPage(texts, 'form'));
    return false;
  };

  const load = async (req: Request, res: Response) => {
    const filter = readFilter(req, partnerIds, texts.filterErrors);
    if (typeof filter === 'string') {
      errors.send(res, 'bad_request', { detail: filter });
      return null;
    }
    const { events, invalid } = await usage.read(filter);
    if (invalid > 0) deps.logger.warn({ invalid }, 'unreadable usage events skipped');
    return { filter, events };
  };

  server.get('/pilotage', async (req: Request, res: Response) => {
    if (!guard(req, res)) return;
    const loaded = await load(req, res);
    if (!loaded) return;
    const print = new URL(req.url ?? '/', 'http://localhost').searchParams.get('impression') === '1';
    const report = buildPilotageReport(loaded.events, loaded.filter);
    html(res, 200, pilotagePage({ report, names, texts, partners, store: usage.backend.description, print }));
  });

  server.get('/pilotage/export.csv', async (req: Request, res: Response) => {
    if (!guard(req, res)) return;
    const loaded = await load(req, res);
    if (!loaded) return;
    const csv = pilotageCsv(loaded.events, loaded.filter, names, texts);
    const period = [loaded.filter.from, loaded.filter.to].filter(Boolean).join('_') || 'tout';
    res.sendRaw(200, csv, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="pilotage-france-services-${period}.csv"`,
      'Cache-Control': 'no-store',
    });
  });

  server.post(PILOTAGE_SESSION_PATH, async (req: Request, res: Response) => {
    if (deps.auth.kind !== 'token' || !deps.auth.token) return html(res, 404, accessPage(texts, 'disabled'));
    if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      return errors.send(res, 'unsupported_media_type');
    }
    const form = await readForm(req);
    const token = form?.get('jeton') ?? '';
    if (!sameSecret(token, deps.auth.token)) {
      deps.logger.info({ path: '/pilotage/session' }, 'pilotage sign-in refused');
      return html(res, 401, accessPage(texts, 'wrong'));
    }
    const attributes = ['HttpOnly', 'SameSite=Strict', 'Path=/pilotage', `Max-Age=${SESSION_HOURS * 3600}`, ...(deps.secureCookies ? ['Secure'] : [])];
    res.sendRaw(303, '', {
      Location: '/pilotage',
      'Set-Cookie': `${COOKIE}=${sessionValue(deps.auth.token)}; ${attributes.join('; ')}`,
      'Cache-Control': 'no-store',
    });
  });

  server.get('/pilotage/assets/:name', async (req: Request, res: Response) => {
    const file = files[req.params?.['name'] ?? ''];
    if (!file) return errors.send(res, 'not_found');
    res.sendRaw(200, file.body, { 'Content-Type': file.type, 'Cache-Control': 'public, max-age=3600' });
  });
}
