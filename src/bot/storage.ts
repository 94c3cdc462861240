import { createRequire } from 'node:module';
import { MemoryStorage, type Storage } from 'botbuilder';
import type { StorageConfig } from '../config.js';

const require = createRequire(import.meta.url);

/**
 * Memory for development and tests; Azure Blob storage in production, so conversations survive a restart.
 * The Azure SDK is loaded only when Blob storage is chosen: it is large and slows every local start.
 */
export function createStorage(option: StorageConfig): Storage {
  if (option.kind === 'memory') return new MemoryStorage();
  const { BlobsStorage } = require('botbuilder-azure-blobs') as typeof import('botbuilder-azure-blobs');
  return new BlobsStorage(option.connectionString, option.container);
}
