/**
 * Service entry point (`npm start`) and the one composition root: it builds, in this order, the
 * configuration, logger, knowledge, orientation core, storage, state, dialogs, bot, adapter and
 * HTTP server, and injects each into the next. Nothing else constructs them.
 * A configuration or knowledge problem stops the process with a readable message and exit code 1.
 */
import { MainDialog } from '../dialogs/mainDialog.js';
import { AssistantBot, createBotServices, createStorage } from './bot/index.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { KnowledgeError } from './knowledge/errors.js';
import { loadKnowledgeReporting, type Knowledge } from './knowledge/load.js';
import { createLogger, type Logger } from './logging.js';
import { createOrientation, loadLanguageModel, loadOrientationModel, type LanguageModel, type OrientationModel } from './orientation/index.js';
import { createAdapter } from './server/adapter.js';
import { turnFailureHandler } from './bot/turnFailure.js';
import { close, createApp, listen } from './server/app.js';
import { createUsageStore } from './usage/index.js';

const SHUTDOWN_GRACE_MS = 5000;
/** Key read by /readyz: reading a missing key proves the storage answers without writing anything. */
const READINESS_KEY = 'readiness-probe';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
}

function readKnowledge(dir: string | undefined): { knowledge: Knowledge; key?: string } {
  try {
    return loadKnowledgeReporting(dir);
  } catch (err) {
    if (err instanceof KnowledgeError) fail(err.message);
    throw err;
  }
}

/** `stop` resolves with the requests it had to cut: then the exit code says the stop was not clean. */
function stopOnSignals(logger: Logger, stop: () => Promise<{ cut: string[] }>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1); // a second Ctrl+C does not wait
    stopping = true;
    logger.info({ signal }, 'shutting down');
    void stop().then(({ cut }) => {
      if (cut.length === 0) return process.exit(0);
      logger.error({ cut, count: cut.length }, 'shutdown: requests still running at the end of the grace period were cut');
      process.exit(1);
    });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

/**
 * Errors no request handler caught (restify no longer wraps requests in a domain, see server/app.ts):
 * logged, then the process stops so that the platform restarts it in a known state.
 */
function logUnhandledErrors(logger: Logger): void {
  process.on('uncaughtException', (err) => {
    logger.fatal({ err }, 'uncaught exception');
    process.exit(1);
  });
  process.on('unhandledRejection', (reason) => {
    logger.fatal({ err: reason }, 'unhandled promise rejection');
    process.exit(1);
  });
}

/**
 * The language model (eld's French and English database: a few ms from dist/, longer when derived) is loaded once the server
 * listens, so that /healthz answers at once; /readyz says not ready and every turn waits until it is
 * loaded, so no message is ever read without it.
 */
function languageModelLoadedAfterListen() {
  let loaded: LanguageModel | undefined;
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const model: LanguageModel = { scores: (text) => (loaded ? loaded.scores(text) : { fr: 0, en: 0, reliable: false }) };
  return {
    model,
    /** Resolves once the model is loaded; turns wait for it. */
    ready,
    loaded: () => loaded !== undefined,
    load: async () => {
      loaded = await loadLanguageModel();
      markReady();
    },
  };
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger({ level: config.logLevel });
  logUnhandledErrors(logger);
  const { knowledge, key } = readKnowledge(config.knowledgeDir);
  const language = languageModelLoadedAfterListen();
  // The indexes and trained classifier, as the build saved them for this knowledge (built and saved when stale).
  const model: OrientationModel | undefined = key
    ? loadOrientationModel(knowledge, { knowledgeKey: key, departement: config.defaultDepartement }).model
    : undefined;
  const orientation = createOrientation(knowledge, { languageModel: language.model, departement: config.defaultDepartement, model });
  const storage = createStorage(config.storage);
  const usage = await createUsageStore(config.usageStore, { salt: config.usageSalt, logger });
  const services = createBotServices({
    orientation,
    storage,
    usage,
    publicBaseUrl: config.publicBaseUrl,
    agentChannels: config.agentChannels,
    departement: config.defaultDepartement,
    logger,
  });
  const bot = new AssistantBot(services, new MainDialog(services));
  const turns = { run: async (context: Parameters<AssistantBot['run']>[0]) => (await language.ready, bot.run(context)) };
  const adapter = createAdapter(
    config,
    turnFailureHandler((context) => bot.apologyFor(context), logger),
  );
  const server = createApp({
    config,
    logger,
    adapter,
    bot: turns,
    orientation,
    usage,
    checkStorage: async () => void (await storage.read([READINESS_KEY])),
    checkStarted: language.loaded,
  });
  const port = await listen(server, config.port, config.host);
  logger.info(
    {
      port,
      host: config.host,
      url: `http://localhost:${port}`,
      publicBaseUrl: config.publicBaseUrl,
      storage: config.storage.kind,
      auth: config.bot.MicrosoftAppId !== '',
    },
    `Assistant France services à l'écoute sur http://localhost:${port} (bot : /api/messages)`,
  );
  stopOnSignals(logger, async () => {
    const stopped = await close(server, SHUTDOWN_GRACE_MS);
    await usage.flush();
    return stopped;
  });
  await language.load();
}

main().catch((err: unknown) => {
  process.stderr.write(`Démarrage impossible / cannot start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
