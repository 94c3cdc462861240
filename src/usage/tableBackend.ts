/**
 * Usage events in Azure Table Storage: one partition per month, one entity per event, written
 * in transactions of up to 100 entities. Every instance of the service writes to the same table,
 * and a redeploy loses nothing.
 */
import { randomBytes } from 'node:crypto';
import { odata, TableClient, type TableEntity, type TransactionAction } from '@azure/data-tables';
import { inRange, monthOf, type UsageEvent, type UsageRange } from './events.js';
import { parseStored, type UsageBackend } from './store.js';

/** Azure's limit for one entity group transaction. */
const BATCH = 100;
/** Bound on each call, so that an unreachable service never holds a write for minutes. */
const CALL_TIMEOUT_MS = 10_000;

type StoredEntity = Omit<UsageEvent, 'sites'> & { sites: string };

export class TableUsageBackend implements UsageBackend {
  private readonly client: TableClient;
  private ready: Promise<void> | undefined;
  private sequence = 0;

  constructor(
    connectionString: string,
    readonly table: string,
  ) {
    const local = /UseDevelopmentStorage=true|https?:\/\/(127\.0\.0\.1|localhost)/i.test(connectionString);
    this.client = TableClient.fromConnectionString(connectionString, table, {
      allowInsecureConnection: local,
      retryOptions: { maxRetries: 2, maxRetryDelayInMs: 2000 },
    });
  }

  get description(): string {
    return `table ${this.table}`;
  }

  async write(events: readonly UsageEvent[]): Promise<void> {
    await this.ensureTable();
    const byMonth = new Map<string, TransactionAction[]>();
    for (const event of events) {
      const month = monthOf(event);
      const actions = byMonth.get(month) ?? [];
      actions.push(['create', this.entity(month, event)]);
      byMonth.set(month, actions);
    }
    for (const actions of byMonth.values()) {
      for (let i = 0; i < actions.length; i += BATCH) {
        await this.client.submitTransaction(actions.slice(i, i + BATCH), { abortSignal: AbortSignal.timeout(CALL_TIMEOUT_MS) });
      }
    }
  }

  async read(range: UsageRange): Promise<{ events: UsageEvent[]; invalid: number }> {
    await this.ensureTable();
    const filters = [range.from ? odata`PartitionKey ge ${range.from}` : '', range.to ? odata`PartitionKey le ${range.to}` : ''].filter(Boolean);
    const items: unknown[] = [];
    const entities = this.client.listEntities<StoredEntity>({ queryOptions: filters.length ? { filter: filters.join(' and ') } : {} });
    for await (const entity of entities) {
      if (!inRange(entity.partitionKey ?? '', range)) continue;
      items.push(fromEntity(entity));
    }
    return parseStored(items);
  }

  /** Deletes the months before `month` (YYYY-MM); returns how many events went. */
  async purgeBefore(month: string): Promise<number> {
    await this.ensureTable();
    let count = 0;
    const old = this.client.listEntities({ queryOptions: { filter: odata`PartitionKey lt ${month}`, select: ['PartitionKey', 'RowKey'] } });
    for await (const entity of old) {
      await this.client.deleteEntity(entity.partitionKey ?? '', entity.rowKey ?? '');
      count++;
    }
    return count;
  }

  private ensureTable(): Promise<void> {
    this.ready ??= this.client.createTable({ abortSignal: AbortSignal.timeout(CALL_TIMEOUT_MS) }).catch((err: unknown) => {
      this.ready = undefined;
      throw err;
    });
    return this.ready;
  }

  /** Row keys sort by day, then by arrival; the random part keeps instances from colliding. */
  private entity(month: string, event: UsageEvent): TableEntity<StoredEntity> {
    this.sequence = (this.sequence + 1) % 1_000_000;
    const rowKey = `${event.day}_${Date.now().toString(36)}_${String(this.sequence).padStart(6, '0')}_${randomBytes(4).toString('hex')}`;
    return { partitionKey: month, rowKey, ...event, sites: JSON.stringify(event.sites) };
  }
}

function fromEntity(entity: Partial<TableEntity<StoredEntity>> & { timestamp?: string; etag?: string }): unknown {
  const { partitionKey: _p, rowKey: _r, timestamp: _t, etag: _e, ...rest } = entity;
  let sites: unknown = [];
  try {
    sites = JSON.parse(rest.sites ?? '[]');
  } catch {
    sites = undefined;
  }
  // Azure Tables does not store null properties: a missing one was null.
  const orNull = <T>(value: T | undefined) => value ?? null;
  return {
    ...rest,
    procedure: orNull(rest.procedure),
    partner: orNull(rest.partner),
    confidence: orNull(rest.confidence),
    commune: orNull(rest.commune),
    helpful: orNull(rest.helpful),
    conversation: orNull(rest.conversation),
    sites,
    text: rest.text ?? undefined,
  };
}
