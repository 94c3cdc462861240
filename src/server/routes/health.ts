/**
 * GET /healthz (the process answers; what it knows) and GET /readyz (it can serve a conversation).
 */
import type { Request, Response, Server } from 'restify';
import type { Knowledge } from '../../knowledge/load.js';
import type { Logger } from '../../logging.js';

export interface HealthDeps {
  version: string;
  knowledge: Knowledge;
  /** Resolves when the conversation storage answers; rejects otherwise. */
  checkStorage: () => Promise<void>;
  /** False while the service is still loading what it loads after listening (the language model). */
  checkStarted?: () => boolean;
  logger: Logger;
}

const STORAGE_TIMEOUT_MS = 3000;

function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

export function knowledgeSummary(knowledge: Knowledge) {
  return {
    procedures: knowledge.procedures.length,
    partners: knowledge.partners.length,
    sites: knowledge.sites.sites.length,
    sitesSourceDate: knowledge.sites.source.date,
  };
}

export function registerHealthRoutes(server: Server, deps: HealthDeps): void {
  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok', version: deps.version, knowledge: knowledgeSummary(deps.knowledge) });
  });

  server.get('/readyz', async (_req: Request, res: Response) => {
    const knowledge = deps.knowledge.procedures.length > 0 && deps.knowledge.sites.sites.length > 0;
    let storage = true;
    try {
      await withTimeout(deps.checkStorage(), STORAGE_TIMEOUT_MS);
    } catch (err) {
      storage = false;
      deps.logger.warn({ err }, 'storage not reachable');
    }
    const started = deps.checkStarted?.() ?? true;
    const ready = knowledge && storage && started;
    const checks = { knowledge, storage, ...(deps.checkStarted ? { languageModel: started } : {}) };
    res.send(ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable', checks });
  });
}
