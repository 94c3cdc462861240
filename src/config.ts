/**
 * Runtime configuration: the only module that reads process.env.
 * Local mode works with no variable at all; production refuses to start without its secrets.
 */
import { z } from 'zod';
import { describeIssues } from './knowledge/errors.js';
import { DEFAULT_DEPARTEMENT } from './orientation/location/resolve.js';

export const appTypes = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;
export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

// `VAR=` in a .env file means "not set".
const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalText = z.preprocess(blankAsUnset, z.string().trim().optional());
const withDefault = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsUnset, schema);

const envSchema = z.object({
  NODE_ENV: withDefault(z.enum(['development', 'production', 'test']).default('development')),
  PORT: withDefault(z.coerce.number().int().min(0).max(65535).default(3978)),
  HOST: optionalText,
  TRUST_PROXY: withDefault(z.coerce.number().int().min(0).max(5).default(0)),
  PUBLIC_BASE_URL: z.preprocess(blankAsUnset, z.url({ protocol: /^https?$/ }).optional()),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: withDefault(z.enum(appTypes).default('MultiTenant')),
  MicrosoftAppTenantId: optionalText,
  STORAGE: z.preprocess(blankAsUnset, z.enum(['memory', 'blob']).optional()),
  BLOB_CONNECTION_STRING: optionalText,
  BLOB_CONTAINER: withDefault(
    z
      .string()
      .regex(/^[a-z0-9](?:[a-z0-9-]{1,61})[a-z0-9]$/, 'nom de conteneur Azure invalide / invalid Azure container name')
      .optional(),
  ),
  DIRECTLINE_SECRET: optionalText,
  DIRECTLINE_ENDPOINT: withDefault(z.url({ protocol: /^https$/ }).default('https://directline.botframework.com/v3/directline')),
  WIDGET_FRAME_ANCESTORS: withDefault(
    z
      .string()
      .regex(/^\s*https:\/\/[^\s,]+(\s*,\s*https:\/\/[^\s,]+)*\s*$/, "liste d'origines https séparées par des virgules / comma-separated https origins")
      .default('https://www.oise.gouv.fr'),
  ),
  LOG_LEVEL: withDefault(z.enum(logLevels).default('info')),
  DEFAULT_DEPARTEMENT: withDefault(
    z
      .string()
      .regex(/^(\d{2,3}|2A|2B)$/)
      .default(DEFAULT_DEPARTEMENT),
  ),
  AGENT_CHANNELS: withDefault(z.string().default('msteams')),
  FEEDBACK_DIR: withDefault(z.string().default('data/feedback')),
  USAGE_STORE: z.preprocess(blankAsUnset, z.enum(['file', 'table']).optional()),
  USAGE_TABLE_CONNECTION_STRING: optionalText,
  USAGE_TABLE_NAME: withDefault(
    z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9]{2,62}$/, 'nom de table Azure invalide / invalid Azure table name')
      .default('usage'),
  ),
  USAGE_SALT: withDefault(z.string().min(16, 'au moins 16 caractères / at least 16 characters').optional()),
  PILOTAGE_AUTH: z.preprocess(blankAsUnset, z.enum(['token', 'appservice']).optional()),
  PILOTAGE_TOKEN: withDefault(z.string().min(16, 'au moins 16 caractères / at least 16 characters').optional()),
  KNOWLEDGE_DIR: optionalText,
  MAX_BODY_BYTES: withDefault(
    z.coerce
      .number()
      .int()
      .min(1024)
      .max(10 * 1024 * 1024)
      .default(256 * 1024),
  ),
});

type Env = z.infer<typeof envSchema>;

export type StorageConfig = { kind: 'memory' } | { kind: 'blob'; connectionString: string; container: string };

/** Where usage events (answers, clarifications, feedback, hand-overs) are kept for the pilotage. */
export type UsageStoreConfig = { kind: 'file'; dir: string } | { kind: 'table'; connectionString: string; table: string };

/**
 * Who may open /pilotage: holders of a token (local, tests), or users signed in by App Service
 * authentication with Entra ID (production), whose identity App Service passes in a header.
 */
export type PilotageAuthConfig = { kind: 'token'; token: string | undefined } | { kind: 'appservice' };

export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  /** 127.0.0.1 in local mode (no app id: nothing authenticates callers), every interface otherwise. */
  host: string;
  /**
   * Proxies in front of the service that append to X-Forwarded-For (App Service: 1, Front Door + App
   * Service: 2). 0: the header is ignored and the socket address is the client's.
   */
  trustProxyHops: number;
  publicBaseUrl: string;
  logLevel: Env['LOG_LEVEL'];
  /** Options for ConfigurationBotFrameworkAuthentication; an empty app id means local, unauthenticated mode. */
  bot: { MicrosoftAppId: string; MicrosoftAppPassword: string; MicrosoftAppType: Env['MicrosoftAppType']; MicrosoftAppTenantId: string };
  storage: StorageConfig;
  directLineSecret: string | undefined;
  /** Direct Line service base URL (global by default; the European one keeps traffic in the EU). */
  directLineEndpoint: string;
  /** Sites allowed to show /widget in an iframe, besides the service itself. */
  widgetFrameAncestors: string[];
  defaultDepartement: string;
  agentChannels: string[];
  feedbackDir: string;
  usageStore: UsageStoreConfig;
  /** Secret mixed into conversation hashes in usage events; conversations are not counted without it. */
  usageSalt: string | undefined;
  pilotageAuth: PilotageAuthConfig;
  /** Folder of the knowledge files; the project's knowledge/ when unset. */
  knowledgeDir: string | undefined;
  maxBodyBytes: number;
}

/** Configuration that cannot be used; one line per problem, in French and English. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration invalide / invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const missing = (name: string, why: string) => `${name} manquant / missing (${why})`;

/** Everything production needs that local mode can do without. */
function productionProblems(env: Env): string[] {
  const problems: string[] = [];
  const msi = env.MicrosoftAppType === 'UserAssignedMSI';
  if (!msi && !env.MicrosoftAppId) problems.push(missing('MicrosoftAppId', 'identifiant du bot Azure / Azure bot app id'));
  if (!msi && !env.MicrosoftAppPassword) problems.push(missing('MicrosoftAppPassword', 'secret du bot / bot client secret'));
  if (env.STORAGE === 'memory') problems.push('STORAGE=memory interdit en production / not allowed in production (utilisez / use STORAGE=blob)');
  else if (env.STORAGE !== 'blob' && !env.BLOB_CONNECTION_STRING)
    problems.push(missing('BLOB_CONNECTION_STRING', 'stockage des conversations / conversation storage'));
  if (!env.BLOB_CONTAINER) problems.push(missing('BLOB_CONTAINER', 'conteneur Azure Blob / Azure Blob container'));
  if (env.USAGE_STORE === 'file') problems.push('USAGE_STORE=file interdit en production / not allowed in production (utilisez / use USAGE_STORE=table)');
  else if (!env.USAGE_TABLE_CONNECTION_STRING && !env.BLOB_CONNECTION_STRING)
    problems.push(missing('USAGE_TABLE_CONNECTION_STRING', 'statistiques de pilotage / usage statistics'));
  if (!env.PUBLIC_BASE_URL) problems.push(missing('PUBLIC_BASE_URL', 'adresse publique https du service / public https address'));
  else if (!env.PUBLIC_BASE_URL.startsWith('https://'))
    problems.push('PUBLIC_BASE_URL doit commencer par https:// en production / must be https in production');
  return problems;
}

/** Combinations the Bot Framework SDK itself rejects, in any environment. */
function consistencyProblems(env: Env): string[] {
  const problems: string[] = [];
  const type = env.MicrosoftAppType;
  if (type === 'SingleTenant' && !env.MicrosoftAppTenantId) problems.push(missing('MicrosoftAppTenantId', 'requis pour / required for SingleTenant'));
  if (type === 'UserAssignedMSI') {
    if (!env.MicrosoftAppId) problems.push(missing('MicrosoftAppId', "client id de l'identité managée / managed identity client id"));
    if (!env.MicrosoftAppTenantId) problems.push(missing('MicrosoftAppTenantId', 'requis pour / required for UserAssignedMSI'));
    if (env.MicrosoftAppPassword) problems.push('MicrosoftAppPassword doit être vide avec / must be empty with UserAssignedMSI');
  }
  if (env.STORAGE === 'blob' && !env.BLOB_CONNECTION_STRING) problems.push(missing('BLOB_CONNECTION_STRING', 'STORAGE=blob'));
  if (env.USAGE_STORE === 'table' && !env.USAGE_TABLE_CONNECTION_STRING && !env.BLOB_CONNECTION_STRING) {
    problems.push(missing('USAGE_TABLE_CONNECTION_STRING', 'USAGE_STORE=table'));
  }
  return problems;
}

function toConfig(env: Env): Config {
  const production = env.NODE_ENV === 'production';
  const storageKind = env.STORAGE ?? (production ? 'blob' : 'memory');
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST ?? (env.MicrosoftAppId || env.MicrosoftAppType === 'UserAssignedMSI' ? '0.0.0.0' : '127.0.0.1'),
    trustProxyHops: env.TRUST_PROXY,
    publicBaseUrl: (env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    logLevel: env.LOG_LEVEL,
    bot: {
      MicrosoftAppId: env.MicrosoftAppId ?? '',
      MicrosoftAppPassword: env.MicrosoftAppPassword ?? '',
      MicrosoftAppType: env.MicrosoftAppType,
      MicrosoftAppTenantId: env.MicrosoftAppTenantId ?? '',
    },
    storage:
      storageKind === 'blob'
        ? { kind: 'blob', connectionString: env.BLOB_CONNECTION_STRING ?? '', container: env.BLOB_CONTAINER ?? 'conversations' }
        : { kind: 'memory' },
    directLineSecret: env.DIRECTLINE_SECRET,
    directLineEndpoint: env.DIRECTLINE_ENDPOINT.replace(/\/+$/, ''),
    widgetFrameAncestors: env.WIDGET_FRAME_ANCESTORS.split(',').map((o) => o.trim()),
    defaultDepartement: env.DEFAULT_DEPARTEMENT,
    agentChannels: env.AGENT_CHANNELS.split(',')
      .map((c) => c.trim())
      .filter(Boolean),
    feedbackDir: env.FEEDBACK_DIR,
    usageStore:
      (env.USAGE_STORE ?? (production ? 'table' : 'file')) === 'table'
        ? { kind: 'table', connectionString: env.USAGE_TABLE_CONNECTION_STRING ?? env.BLOB_CONNECTION_STRING ?? '', table: env.USAGE_TABLE_NAME }
        : { kind: 'file', dir: env.FEEDBACK_DIR },
    usageSalt: env.USAGE_SALT,
    pilotageAuth:
      (env.PILOTAGE_AUTH ?? (production ? 'appservice' : 'token')) === 'appservice' ? { kind: 'appservice' } : { kind: 'token', token: env.PILOTAGE_TOKEN },
    knowledgeDir: env.KNOWLEDGE_DIR,
    maxBodyBytes: env.MAX_BODY_BYTES,
  };
}

/** Reads and checks the configuration; throws a ConfigError listing every problem at once. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(describeIssues(parsed.error));
  }
  const env = parsed.data;
  const problems = [...consistencyProblems(env), ...(env.NODE_ENV === 'production' ? productionProblems(env) : [])];
  if (problems.length > 0) throw new ConfigError(problems);
  return toConfig(env);
}
