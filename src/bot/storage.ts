import { MemoryStorage, type Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';

export type StorageOption = { kind: 'memory' } | { kind: 'blob'; connectionString: string; container: string };

/** Memory for development and tests; Azure Blob storage in production, so conversations survive a restart. */
export function createStorage(option: StorageOption): Storage {
  if (option.kind === 'memory') return new MemoryStorage();
  return new BlobsStorage(option.connectionString, option.container);
}
