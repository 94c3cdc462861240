/**
 * The HTTP service: a restify server with one module per route group. Each module exports
 * `registerXRoutes(server, deps)`; add new groups (web page, Direct Line) in `registerRoutes`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Server } from 'restify';
import type { Config } from '../config.js';
import { projectRoot } from '../knowledge/projectRoot.js';
import type { Logger } from '../logging.js';
import type { BotAdapter } from './adapter.js';
import { bodyPolicy, securityHeadersEverywhere } from './boundary.js';
import { HttpErrors, registerErrorHandler } from './errors.js';
import { directLineMode, registerDirectLineRoutes } from './routes/directline.js';
import { registerPrintableFicheRoutes, type PrintableFicheOrientation } from './routes/printableFiches.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerMessagesRoutes, type TurnHandler } from './routes/messages.js';
import { PILOTAGE_SESSION_PATH, registerPilotageRoutes } from './routes/pilotage.js';
import { registerWebRoutes } from './routes/web.js';
import type { UsageStore } from '../usage/store.js';

export interface AppDeps {
  config: Config;
  logger: Logger;
  bot: TurnHandler;
  orientation: PrintableFicheOrientation;
  /** Usage events, read by the coordinators' dashboard (/pilotage). */
  usage: UsageStore;
  /** Resolves when the conversation storage answers (GET /readyz). */
  checkStorage: () => Promise<void>;
  /** False while what loads after listening (the language model) is not there yet (GET /readyz). */
  checkStarted?: () => boolean;
  /** The Bot Framework adapter, built by src/index.ts (server/adapter.ts). */
  adapter: BotAdapter;
  /** Clock for opening hours; tests pin it. */
  now?: () => Date;
}

export const serviceVersion: string = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;

function registerRoutes(server: Server, deps: AppDeps, errors: HttpErrors): void {
  const { config, logger, orientation, adapter } = deps;
  registerHealthRoutes(server, {
    version: serviceVersion,
    knowledge: orientation.knowledge,
    checkStorage: deps.checkStorage,
    checkStarted: deps.checkStarted,
    logger,
  });
  registerMessagesRoutes(server, { config, adapter, bot: deps.bot, logger, errors });
  registerPrintableFicheRoutes(server, { orientation, now: deps.now });
  registerDirectLineRoutes(server, { config, logger, errors });
  registerPilotageRoutes(server, {
    errors,
    auth: config.pilotageAuth,
    usage: deps.usage,
    knowledge: orientation.knowledge,
    logger,
    secureCookies: config.publicBaseUrl.startsWith('https://'),
  });
  registerWebRoutes(server, {
    errors,
    directLineMode: directLineMode(config),
    directLineServiceUrl: config.directLineEndpoint,
    widgetFrameAncestors: ["'self'", ...config.widgetFrameAncestors],
  });
}

export function createApp(deps: AppDeps): Server {
  const { logger } = deps;
  const server = createServer({
    name: 'assistant-france-services-oise',
    log: logger.child({ component: 'restify' }),
    ignoreTrailingSlash: true,
    // No node:domain around every request (a third of the bot's throughput): our handlers are async,
    // so what they throw arrives as a rejection, which restify turns into a JSON 500 (errors.ts).
    // What escapes a callback is logged at process level (src/index.ts).
    handleUncaughtExceptions: false,
  });
  // `pre` runs before routing: 404 and 405 answers get the headers, refused bodies are never read.
  server.pre(securityHeadersEverywhere(deps.config.env === 'production'));
  // One catalogue of HTTP errors, worded by the knowledge, for every route.
  const errors = new HttpErrors(deps.orientation.knowledge.messages.httpErrors);
  server.pre(bodyPolicy(errors, [PILOTAGE_SESSION_PATH]));
  registerErrorHandler(server, logger, errors);
  trackInFlight(server);
  registerRoutes(server, deps, errors);
  return server;
}

/** Starts listening; resolves with the bound port (useful with port 0). */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, host, () => {
      server.server.off('error', reject);
      resolve(server.address().port);
    });
  });
}

/** Requests being answered, per server: what a shutdown would cut. */
const inFlight = new WeakMap<Server, Set<string>>();

/** Counts requests from their headers until their response is done (or their connection is gone). */
function trackInFlight(server: Server): void {
  const open = new Set<string>();
  let next = 0;
  inFlight.set(server, open);
  server.server.on('request', (req: { method?: string; url?: string }, res: NodeJS.EventEmitter) => {
    // Method and path only (no query string, it may carry what a person typed).
    const id = `${next++} ${req.method ?? '?'} ${(req.url ?? '').split('?')[0]}`;
    open.add(id);
    res.once('close', () => open.delete(id));
  });
}

/**
 * Stops accepting connections, lets in-flight requests finish for `graceMs`, then closes what is left.
 * Resolves with the requests that were cut (method and path), none after a clean stop.
 */
export function close(server: Server, graceMs = 5000): Promise<{ cut: string[] }> {
  return new Promise((resolve) => {
    const force = setTimeout(() => {
      const cut = [...(inFlight.get(server) ?? [])].map((id) => id.replace(/^\d+ /, ''));
      server.server.closeAllConnections();
      resolve({ cut });
    }, graceMs);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      resolve({ cut: [] });
    });
    server.server.closeIdleConnections();
  });
}
