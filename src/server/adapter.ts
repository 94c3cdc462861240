/**
 * The Bot Framework adapter, authenticated from the configuration (no app id = local Emulator mode).
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import {
  ConnectorFactory,
  JwtTokenValidation,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import { LRUCache } from 'lru-cache';
import type { Config } from '../config.js';
import type { TurnFailureHandler } from '../bot/turnFailure.js';

/** Service URLs (channels, regions) and app ids in use at once: a few; the bound only caps what a caller can make us keep. */
const MAX_CLIENTS = 256;

/**
 * CloudAdapter builds a ConnectorClient and a UserTokenClient (and their credentials) for every turn, to
 * be used or not. They hold no state of the turn (tokens are fetched and cached by the credentials), so
 * one of each per app id, service URL and audience serves every turn: built on first use, kept in a
 * bounded map (the service URL comes with the activity). A client whose creation failed is not kept.
 */
class ReusedClientsAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new LRUCache<string, Promise<ConnectorClient>>({ max: MAX_CLIENTS });
  private readonly factories = new LRUCache<string, ConnectorFactory>({ max: MAX_CLIENTS });
  private readonly tokenClients = new LRUCache<string, Promise<UserTokenClient>>({ max: MAX_CLIENTS });

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.reuseClients(await super.authenticateRequest(activity, authHeader));
  }

  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.reuseClients(await super.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const appId = appIdOf(claimsIdentity);
    let factory = this.factories.get(appId);
    if (!factory) {
      factory = this.reusingFactory(appId, super.createConnectorFactory(claimsIdentity));
      this.factories.set(appId, factory);
    }
    return factory;
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.remembered(this.tokenClients, appIdOf(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }

  private reuseClients(result: AuthenticateRequestResult): AuthenticateRequestResult {
    return result.connectorFactory ? { ...result, connectorFactory: this.createConnectorFactory(result.claimsIdentity) } : result;
  }

  private reusingFactory(appId: string, inner: ConnectorFactory): ConnectorFactory {
    const create = (serviceUrl: string, audience?: string) =>
      this.remembered(this.connectors, JSON.stringify([appId, serviceUrl, audience ?? null]), () => inner.create(serviceUrl, audience));
    return new (class extends ConnectorFactory {
      create = create;
    })();
  }

  private remembered<T>(cache: LRUCache<string, Promise<T>>, key: string, build: () => Promise<T>): Promise<T> {
    const known = cache.get(key);
    if (known) return known;
    const built = build();
    cache.set(key, built);
    built.catch(() => cache.delete(key));
    return built;
  }
}

const appIdOf = (identity: ClaimsIdentity) => JwtTokenValidation.getAppIdFromClaims(identity.claims) ?? '';

/**
 * CloudAdapter whose request handling we call ourselves: its own `process` prints multi-line stacks to
 * stderr and answers 500 to any failure, an identity service that cannot be reached included.
 */
export class BotAdapter extends CloudAdapter {
  /** Authenticates the activity, then runs the turn; rejects (AuthenticationError included) before the turn. */
  handle(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

/** `onTurnError` is the one handler of failed turns (src/bot/turnFailure.ts): it logs and apologises once. */
export function createAdapter(config: Pick<Config, 'bot'>, onTurnError: TurnFailureHandler): BotAdapter {
  const auth = new ReusedClientsAuthentication({ ...config.bot });
  const adapter = new BotAdapter(auth);
  adapter.onTurnError = onTurnError;
  return adapter;
}
