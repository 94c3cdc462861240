import { createRequire } from 'node:module';
import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { LRUCache } from 'lru-cache';
import type { StorageConfig } from '../config.js';

/** How long conversation state is kept (README, privacy notice in knowledge/messages.yaml, Blob lifecycle rule in main.bicep). */
export const STATE_RETENTION_DAYS = 30;
const RETENTION_MS = STATE_RETENTION_DAYS * 24 * 60 * 60 * 1000;

export interface StorageLimits {
  /** Memory storage: entries kept (one per conversation and per user); the least recently used go first. */
  maxMemoryEntries: number;
  /** Blob: one HTTP attempt gives up after this long (a storage that accepts connections and never answers). */
  tryTimeoutMs: number;
  /** Blob: attempts per call (the Azure SDK retries with a backoff). */
  maxTries: number;
  /** Any call: the turn gets its answer within this bound, whatever the SDK does. */
  deadlineMs: number;
}

export const defaultStorageLimits: StorageLimits = { maxMemoryEntries: 10_000, tryTimeoutMs: 2000, maxTries: 2, deadlineMs: 5000 };

/** The conversation storage did not answer, or answered with an error: the turn cannot be saved. */
export class StorageUnavailableError extends Error {
  constructor(
    operation: string,
    readonly reason: string,
  ) {
    super(`conversation storage ${operation} failed: ${reason}`);
    this.name = 'StorageUnavailableError';
  }
}

const require = createRequire(import.meta.url);

/**
 * Memory for development and tests, bounded; Azure Blob storage in production, so conversations
 * survive a restart, with timeouts and bounded retries. The Azure SDK is loaded only when Blob storage
 * is chosen: it is large and slows every local start.
 */
export function createStorage(option: StorageConfig, limits: StorageLimits = defaultStorageLimits): Storage {
  if (option.kind === 'memory') return boundedMemoryStorage(limits.maxMemoryEntries);
  const { BlobsStorage } = require('botbuilder-azure-blobs') as typeof import('botbuilder-azure-blobs');
  const pipeline = { retryOptions: { maxTries: limits.maxTries, tryTimeoutInMs: limits.tryTimeoutMs, retryDelayInMs: 200, maxRetryDelayInMs: 1000 } };
  return new DeadlineStorage(() => new BlobsStorage(option.connectionString, option.container, { storagePipelineOptions: pipeline }), limits.deadlineMs);
}

/**
 * botbuilder's MemoryStorage (its eTag checks) over an LRU map instead of a plain object: one client
 * opening conversations in a loop cannot grow the process without bound; entries also expire after the retention.
 */
function boundedMemoryStorage(max: number): MemoryStorage {
  const cache = new LRUCache<string, string>({ max, ttl: RETENTION_MS });
  const memory = new Proxy({} as Record<string, string>, {
    get: (_target, key) => (typeof key === 'string' ? cache.get(key) : undefined),
    set: (_target, key, value: string) => (typeof key === 'string' ? (cache.set(key, value), true) : false),
    deleteProperty: (_target, key) => (typeof key === 'string' ? (cache.delete(key), true) : false),
    has: (_target, key) => typeof key === 'string' && cache.has(key),
  });
  return new MemoryStorage(memory);
}

/**
 * Every Blob call answers within `deadlineMs` or fails with StorageUnavailableError. After a failure the
 * client is built again: BlobsStorage remembers a failed container check forever otherwise.
 */
class DeadlineStorage implements Storage {
  private inner: Storage;

  constructor(
    private readonly build: () => Storage,
    private readonly deadlineMs: number,
  ) {
    this.inner = build();
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.call('read', (storage) => storage.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.call('write', (storage) => storage.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.call('delete', (storage) => storage.delete(keys));
  }

  private async call<T>(operation: string, run: (storage: Storage) => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new StorageUnavailableError(operation, `no answer within ${this.deadlineMs} ms`)), this.deadlineMs);
    });
    try {
      return await Promise.race([run(this.inner), deadline]);
    } catch (err) {
      if (isConflict(err)) throw err;
      this.inner = this.build();
      if (err instanceof StorageUnavailableError) throw err;
      throw new StorageUnavailableError(operation, err instanceof Error ? `${err.name}: ${err.message.split('\n')[0]}` : String(err));
    } finally {
      clearTimeout(timer);
    }
  }
}

/** An eTag mismatch is an answer (someone wrote first), not an outage. */
function isConflict(err: unknown): boolean {
  const status = (err as { statusCode?: unknown } | null)?.statusCode;
  return status === 412 || (err instanceof Error && /eTag conflict/i.test(err.message));
}
