import { appendFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { parisMoment } from '../orientation/hours/index.js';
import { detectPersonalData } from '../orientation/privacy.js';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/**
 * One anonymous line of data/feedback/<YYYY-MM>.jsonl. Never a user id, never raw text:
 * `text` is a redacted question, kept only when it went unanswered or the answer did not help.
 */
export const feedbackEventSchema = z.object({
  /** "answer": the bot answered (or could not); "feedback": the user said whether it helped. */
  kind: z.enum(['answer', 'feedback']),
  month,
  channel: z.string(),
  intent: z.string(),
  procedure: z.string().nullable(),
  partner: z.string().nullable(),
  helpful: z.boolean().nullable(),
  unanswered: z.boolean(),
  text: z.string().optional(),
});

export type FeedbackEvent = z.infer<typeof feedbackEventSchema>;
export type NewFeedbackEvent = Omit<FeedbackEvent, 'month'>;

/** Longest question kept in the log: enough to understand it, not a whole story. */
const MAX_TEXT = 300;

/**
 * Where answer and feedback events go. `record` queues and returns at once: a turn never waits for
 * the disk (or, later, a table service); `flush` resolves when everything queued is stored.
 */
export interface FeedbackStore {
  record(event: NewFeedbackEvent): FeedbackEvent;
  flush(): Promise<void>;
  read(range?: { from?: string; to?: string }): Promise<{ events: FeedbackEvent[]; invalidLines: number }>;
}

/** Lines kept while the disk refuses them; beyond that, the oldest are dropped (and reported). */
const MAX_QUEUED_LINES = 10_000;

/**
 * Appends anonymous events, one JSON line each, one file per month (Europe/Paris). Lines queued in
 * the same moment are written together by one append; one write at a time, so lines keep their order.
 */
export class FeedbackLog implements FeedbackStore {
  private queue: Array<{ month: string; line: string }> = [];
  private writing: Promise<void> | undefined;
  private folderReady = false;

  constructor(
    readonly folder: string,
    private readonly now: () => Date = () => new Date(),
    /** Told when lines could not be written (they are retried with the next ones). */
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  record(event: NewFeedbackEvent): FeedbackEvent {
    const at = parisMoment(this.now()).date.slice(0, 7);
    const keepText = event.text !== undefined && (event.unanswered || event.helpful === false);
    const line: FeedbackEvent = { ...event, month: at, text: keepText ? cleanText(event.text ?? '') : undefined };
    this.queue.push({ month: at, line: `${JSON.stringify(line)}\n` });
    if (this.queue.length > MAX_QUEUED_LINES) {
      const dropped = this.queue.splice(0, this.queue.length - MAX_QUEUED_LINES).length;
      this.onError(new Error(`feedback log: ${dropped} line(s) dropped, the folder refuses writes`));
    }
    this.writing ??= this.writeQueued();
    return line;
  }

  async flush(): Promise<void> {
    while (this.writing) await this.writing;
  }

  /** Writes what is queued, month by month, until the queue is empty (or the disk refuses). */
  private async writeQueued(): Promise<void> {
    // Let the other events of this moment join the batch.
    await new Promise((resolve) => setImmediate(resolve));
    try {
      while (this.queue.length > 0) {
        const batch = this.queue;
        this.queue = [];
        try {
          await this.append(batch);
        } catch (err) {
          this.queue = [...batch, ...this.queue];
          this.onError(err);
          return;
        }
      }
    } finally {
      this.writing = undefined;
    }
  }

  private async append(batch: Array<{ month: string; line: string }>): Promise<void> {
    if (!this.folderReady) {
      await mkdir(this.folder, { recursive: true });
      this.folderReady = true;
    }
    const byMonth = new Map<string, string>();
    for (const { month, line } of batch) byMonth.set(month, (byMonth.get(month) ?? '') + line);
    for (const [month, text] of byMonth) await appendFile(join(this.folder, `${month}.jsonl`), text, 'utf8');
  }

  /** Events of the months in [from, to] (YYYY-MM, inclusive), queued ones included; broken lines are counted, not fatal. */
  async read(range: { from?: string; to?: string } = {}): Promise<{ events: FeedbackEvent[]; invalidLines: number }> {
    await this.flush();
    const files = await readdir(this.folder).catch(() => [] as string[]);
    const months = files
      .map((f) => /^(\d{4}-\d{2})\.jsonl$/.exec(f)?.[1])
      .filter((m): m is string => !!m && (!range.from || m >= range.from) && (!range.to || m <= range.to))
      .sort();
    const events: FeedbackEvent[] = [];
    let invalidLines = 0;
    for (const m of months) {
      const lines = (await readFile(join(this.folder, `${m}.jsonl`), 'utf8')).split('\n').filter((l) => l.trim());
      for (const line of lines) {
        const parsed = feedbackEventSchema.safeParse(safeJson(line));
        if (parsed.success) events.push(parsed.data);
        else invalidLines++;
      }
    }
    return { events, invalidLines };
  }
}

/** Masks personal data again (defence in depth) and shortens. */
function cleanText(text: string): string {
  const redacted = detectPersonalData(text).redacted.replace(/\s+/g, ' ').trim();
  return redacted.length > MAX_TEXT ? `${redacted.slice(0, MAX_TEXT)}…` : redacted;
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
