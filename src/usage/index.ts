/** Builds the usage store chosen in the configuration; the Azure Table client loads only when used. */
import type { UsageStoreConfig } from '../config.js';
import { FileUsageBackend } from './fileBackend.js';
import { UsageStore, type UsageBackend, type UsageStoreOptions } from './store.js';

export { UsageStore } from './store.js';

export async function createUsageBackend(config: UsageStoreConfig): Promise<UsageBackend & { purgeBefore(month: string): Promise<number> }> {
  if (config.kind === 'file') return new FileUsageBackend(config.dir);
  const { TableUsageBackend } = await import('./tableBackend.js');
  return new TableUsageBackend(config.connectionString, config.table);
}

export async function createUsageStore(config: UsageStoreConfig, options: UsageStoreOptions = {}): Promise<UsageStore> {
  return new UsageStore(await createUsageBackend(config), options);
}
