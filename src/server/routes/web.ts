/**
 * The residents' page: GET / (full page), GET /widget (chat only, for an iframe), and their assets,
 * all served from this host: Web Chat and the State design system (DSFR) come from node_modules,
 * so the page makes no request to any other site (except the Direct Line service in production).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plugins, type Next, type Request, type RequestHandler, type Response, type Server } from 'restify';
import { projectRoot } from '../../knowledge/projectRoot.js';
import { DIRECT_LINE_SERVICE } from '../directline/tokenService.js';
import type { HttpErrors } from '../errors.js';
import { cspHash, setContentSecurityPolicy } from '../security.js';
import { contentVersion, packageVersion, StaticAssets, type AssetSpec } from '../staticAssets.js';
import type { DirectLineMode } from './directline.js';

export const webDir = join(projectRoot, 'src', 'web');
const dsfrDir = join(projectRoot, 'node_modules', '@gouvfr', 'dsfr', 'dist');
const webchatDir = join(projectRoot, 'node_modules', 'botframework-webchat', 'dist');
const ASSET_MAX_AGE_MS = 60 * 60 * 1000;
const EMPTY_STYLE_HASH = cspHash('');

export interface WebDeps {
  errors: HttpErrors;
  directLineMode: DirectLineMode;
  /** Direct Line API base URL in "service" mode (the page connects to it). */
  directLineServiceUrl?: string;
  /** Sites allowed to show /widget in an iframe (CSP frame-ancestors sources). */
  widgetFrameAncestors?: string[];
  /** Where compressed assets are kept (dist/assets by default). */
  assetCacheDir?: string;
}

export const DEFAULT_WIDGET_ANCESTORS = ["'self'", 'https://www.oise.gouv.fr'];

// restify 11 ships these plugins; src/server/restify.d.ts only declares the ones other routes use.
const staticPlugins = plugins as unknown as {
  serveStaticFiles(directory: string, options?: { maxAge?: number; dotfiles?: 'ignore' | 'deny' }): RequestHandler;
};

/** Lets only matching file names through to the static handler; the rest is a 404. */
function onlyFiles(pattern: RegExp, errors: HttpErrors): RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    if (pattern.test(req.params?.['*'] ?? '')) return next();
    errors.send(res, 'not_found');
    next(false);
  };
}

/** The assets served pre-compressed and under versioned names (see staticAssets.ts). */
export function webAssetSpecs(): AssetSpec[] {
  const webchatPackage = join(projectRoot, 'node_modules', 'botframework-webchat');
  const dsfrPackage = join(projectRoot, 'node_modules', '@gouvfr', 'dsfr');
  const ours = ['chat.css', 'chat.js', 'embed.css', 'embed.js'].map((name) => ({
    path: `/assets/app/${name}`,
    file: join(webDir, name),
    version: contentVersion(join(webDir, name)),
  }));
  return [
    { path: '/assets/webchat/webchat.js', file: join(webchatDir, 'webchat.js'), version: packageVersion(webchatPackage) },
    { path: '/assets/dsfr/dsfr.min.css', file: join(dsfrDir, 'dsfr.min.css'), version: packageVersion(dsfrPackage) },
    ...ours,
  ];
}

/** Serves the pre-compressed assets; other files go on to the next handler. */
function assetsFirst(assets: StaticAssets): RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    if (!assets.has(req.getPath())) return next();
    assets.send(req, res).then(() => next(false), next);
  };
}

function pagePolicy(nonce: string, connect: string[], frameAncestors: string[]): string {
  return [
    "default-src 'none'",
    `script-src 'self' 'nonce-${nonce}'`,
    // Web Chat injects its <style> elements with this nonce; one of its emotion caches ignores the
    // nonce but only creates empty <style> elements filled through CSSOM: the hash of "" lets them in.
    `style-src 'self' 'nonce-${nonce}' ${EMPTY_STYLE_HASH}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${["'self'", ...connect].join(' ')}`,
    // Web Chat probes Web Worker support with a blob: worker.
    'worker-src blob:',
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}

/** Origins the browser talks to for Direct Line, polling and WebSocket. */
function directLineOrigins(serviceUrl: string | undefined): string[] {
  if (!serviceUrl) return [];
  const origin = new URL(serviceUrl).origin;
  return [origin, origin.replace(/^http/, 'ws')];
}

export function registerWebRoutes(server: Server, deps: WebDeps): void {
  const serviceUrl = deps.directLineMode === 'service' ? (deps.directLineServiceUrl ?? DIRECT_LINE_SERVICE) : undefined;
  const assets = new StaticAssets(webAssetSpecs(), deps.assetCacheDir);
  const templates = {
    page: assets.versionLinks(readFileSync(join(webDir, 'index.html'), 'utf8')),
    widget: assets.versionLinks(readFileSync(join(webDir, 'widget.html'), 'utf8')),
  };
  const connect = directLineOrigins(serviceUrl);

  function servePage(template: string, frameAncestors: string[]) {
    return async (_req: Request, res: Response) => {
      const nonce = randomBytes(16).toString('base64');
      const body = template
        .replaceAll('{{NONCE}}', nonce)
        .replaceAll('{{DIRECTLINE_MODE}}', deps.directLineMode)
        .replaceAll('{{DIRECTLINE_DOMAIN}}', serviceUrl ?? '');
      setContentSecurityPolicy(res, pagePolicy(nonce, connect, frameAncestors));
      res.sendRaw(200, body, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    };
  }

  server.get('/', servePage(templates.page, ["'self'"]));
  server.get('/widget', servePage(templates.widget, deps.widgetFrameAncestors ?? DEFAULT_WIDGET_ANCESTORS));

  const cached = { maxAge: ASSET_MAX_AGE_MS, dotfiles: 'deny' as const };
  server.get('/assets/app/*', assetsFirst(assets), onlyFiles(/^[\w-]+\.svg$/, deps.errors), staticPlugins.serveStaticFiles(webDir, cached));
  server.get(
    '/assets/dsfr/*',
    assetsFirst(assets),
    onlyFiles(/^(fonts|favicon|icons\/[\w-]+)\/[\w.-]+\.(woff2?|svg|png|ico)$/, deps.errors),
    staticPlugins.serveStaticFiles(dsfrDir, cached),
  );
  server.get('/assets/webchat/*', assetsFirst(assets), onlyFiles(/(?!)/, deps.errors));
}
