/**
 * The usage store: events are accepted at once and written in the background, so that a slow
 * disk or a storage outage never delays or breaks a turn. Two back-ends behind one interface:
 * JSON Lines files (local default) and Azure Table Storage (production, several instances).
 */
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { parisMoment } from '../orientation/hours/index.js';
import { detectPersonalData } from '../orientation/privacy.js';
import { isUsageEvent, usageEventSchema, type NewUsageEvent, type UsageEvent, type UsageRange } from './events.js';

/** Where events are written and read back. */
export interface UsageBackend {
  readonly description: string;
  write(events: readonly UsageEvent[]): Promise<void>;
  read(range: UsageRange): Promise<{ events: UsageEvent[]; invalid: number }>;
}

export interface UsageStoreOptions {
  /** Secret mixed into the conversation hash; without it, conversations are not counted. */
  salt?: string;
  now?: () => Date;
  logger?: Pick<Logger, 'warn'>;
  /** Most events waiting for the back-end; older ones are dropped (and counted) beyond it. */
  maxPending?: number;
  /** Milliseconds between background writes. */
  flushEveryMs?: number;
}

/** Longest question kept: enough to understand it, not a whole story. */
const MAX_TEXT = 300;
const DEFAULT_MAX_PENDING = 10_000;
const DEFAULT_FLUSH_MS = 1000;

export class UsageStore {
  private pending: UsageEvent[] = [];
  private writing: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  /** Events lost because the back-end failed or the queue was full: reported in the logs. */
  dropped = 0;

  constructor(
    readonly backend: UsageBackend,
    private readonly options: UsageStoreOptions = {},
  ) {}

  /** Accepts an event without waiting; it is masked, hashed and queued for the next write. */
  record(event: NewUsageEvent): UsageEvent {
    const line = this.toEvent(event);
    this.pending.push(line);
    const max = this.options.maxPending ?? DEFAULT_MAX_PENDING;
    if (this.pending.length > max) {
      this.dropped += this.pending.length - max;
      this.pending.splice(0, this.pending.length - max);
    }
    this.schedule();
    return line;
  }

  /** Writes what is queued; resolves when it is on the back-end (or dropped after a failure). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = [];
    this.writing = this.writing.then(async () => {
      if (batch.length === 0) return;
      try {
        await this.backend.write(batch);
      } catch (err) {
        this.dropped += batch.length;
        this.options.logger?.warn({ err, lost: batch.length, store: this.backend.description }, 'usage events not written');
      }
    });
    return this.writing;
  }

  /** Events of the months in range, including those still queued (written first). */
  async read(range: UsageRange = {}): Promise<{ events: UsageEvent[]; invalid: number }> {
    await this.flush();
    return this.backend.read(range);
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => void this.flush(), this.options.flushEveryMs ?? DEFAULT_FLUSH_MS);
    this.timer.unref();
  }

  private toEvent(event: NewUsageEvent): UsageEvent {
    const now = (this.options.now ?? (() => new Date()))();
    const text = event.text === undefined ? undefined : cleanText(event.text);
    const line = {
      v: 2,
      kind: event.kind,
      day: parisMoment(now).date,
      channel: (event.channel || 'unknown').slice(0, 80),
      procedure: event.procedure ?? null,
      partner: event.partner ?? null,
      confidence: event.confidence ?? null,
      commune: event.commune ?? null,
      sites: [...(event.sites ?? [])].slice(0, 10),
      helpful: event.helpful ?? null,
      ...(text ? { text } : {}),
      conversation: event.conversationId && this.options.salt ? hashId(event.conversationId, this.options.salt) : null,
    };
    // Checked without zod on every turn; zod tells what is wrong with an event that does not pass.
    return isUsageEvent(line) ? line : usageEventSchema.parse(line);
  }
}

/** A salted SHA-256, cut to 16 hex digits: enough to count, useless to find the person. */
export function hashId(id: string, salt: string): string {
  return createHash('sha256').update(salt).update('\u0000').update(id).digest('hex').slice(0, 16);
}

/** Masks personal data again (defence in depth), folds white space and shortens. */
function cleanText(text: string): string | undefined {
  const redacted = detectPersonalData(text).redacted.replace(/\s+/g, ' ').trim();
  if (!redacted) return undefined;
  return redacted.length > MAX_TEXT ? `${redacted.slice(0, MAX_TEXT)}…` : redacted;
}

/** Parses stored lines or entities; what does not validate is counted, never fatal. */
export function parseStored(items: Iterable<unknown>): { events: UsageEvent[]; invalid: number } {
  const events: UsageEvent[] = [];
  let invalid = 0;
  for (const item of items) {
    const parsed = usageEventSchema.safeParse(item);
    if (parsed.success) events.push(parsed.data);
    else invalid++;
  }
  return { events, invalid };
}
