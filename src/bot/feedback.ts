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

/** Appends anonymous events, one JSON line each, one file per month (Europe/Paris). */
export class FeedbackLog {
  constructor(
    readonly folder: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(event: NewFeedbackEvent): Promise<FeedbackEvent> {
    const at = parisMoment(this.now()).date.slice(0, 7);
    const keepText = event.text !== undefined && (event.unanswered || event.helpful === false);
    const line: FeedbackEvent = { ...event, month: at, text: keepText ? cleanText(event.text ?? '') : undefined };
    await mkdir(this.folder, { recursive: true });
    await appendFile(join(this.folder, `${at}.jsonl`), `${JSON.stringify(line)}\n`, 'utf8');
    return line;
  }

  /** Events of the months in [from, to] (YYYY-MM, inclusive); broken lines are counted, not fatal. */
  async read(range: { from?: string; to?: string } = {}): Promise<{ events: FeedbackEvent[]; invalidLines: number }> {
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
