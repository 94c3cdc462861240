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
import { loadKnowledge, type Knowledge } from './knowledge/load.js';
import { createLogger, type Logger } from './logging.js';
import { createOrientation, loadLanguageModel } from './orientation/index.js';
import { createAdapter } from './server/adapter.js';
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

function readKnowledge(dir: string | undefined): Knowledge {
  try {
    return loadKnowledge(dir);
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

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger({ level: config.logLevel });
  logUnhandledErrors(logger);
  const knowledge = readKnowledge(config.knowledgeDir);
  const orientation = createOrientation(knowledge, { languageModel: await loadLanguageModel(), departement: config.defaultDepartement });
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
  const adapter = createAdapter(config, logger, knowledge.messages.replies.error);
  const server = createApp({
    config,
    logger,
    adapter,
    bot,
    orientation,
    usage,
    checkStorage: async () => void (await storage.read([READINESS_KEY])),
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
}

main().catch((err: unknown) => {
  process.stderr.write(`Démarrage impossible / cannot start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
