/**
 * Usage events as JSON Lines, one file per month (data/usage/2026-11.jsonl): the local default.
 * One append per month and per flush, never per event. Lines of the first format (feedback log,
 * `month` instead of `day`) are read as events of the first day of their month.
 */
import { appendFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { inRange, monthOf, type UsageEvent, type UsageRange } from './events.js';
import { parseStored, type UsageBackend } from './store.js';

const MONTH_FILE = /^(\d{4}-\d{2})\.jsonl$/;

export class FileUsageBackend implements UsageBackend {
  constructor(readonly folder: string) {}

  get description(): string {
    return `fichiers ${this.folder}`;
  }

  async write(events: readonly UsageEvent[]): Promise<void> {
    const byMonth = new Map<string, string[]>();
    for (const event of events) {
      const lines = byMonth.get(monthOf(event)) ?? [];
      lines.push(JSON.stringify(event));
      byMonth.set(monthOf(event), lines);
    }
    await mkdir(this.folder, { recursive: true });
    for (const [month, lines] of byMonth) await appendFile(join(this.folder, `${month}.jsonl`), `${lines.join('\n')}\n`, 'utf8');
  }

  async read(range: UsageRange): Promise<{ events: UsageEvent[]; invalid: number }> {
    const months = (await this.months()).filter((m) => inRange(m, range));
    const items: unknown[] = [];
    for (const month of months) {
      const text = await readFile(join(this.folder, `${month}.jsonl`), 'utf8');
      for (const line of text.split('\n')) if (line.trim()) items.push(upgrade(safeJson(line)));
    }
    return parseStored(items);
  }

  /** Deletes the months before `month` (YYYY-MM); returns how many files went. */
  async purgeBefore(month: string): Promise<number> {
    const old = (await this.months()).filter((m) => m < month);
    for (const m of old) await rm(join(this.folder, `${m}.jsonl`));
    return old.length;
  }

  private async months(): Promise<string[]> {
    const files = await readdir(this.folder).catch(() => [] as string[]);
    return files
      .map((f) => MONTH_FILE.exec(f)?.[1])
      .filter((m): m is string => !!m)
      .sort();
  }
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/** A line of the first format (`month`, intent, unanswered) as a version 2 event. */
function upgrade(item: unknown): unknown {
  if (!item || typeof item !== 'object' || 'v' in item) return item;
  const old = item as {
    kind?: string;
    month?: string;
    channel?: string;
    intent?: string;
    procedure?: string | null;
    partner?: string | null;
    helpful?: boolean | null;
    unanswered?: boolean;
    text?: string;
  };
  const outOfScope = old.kind === 'answer' && old.unanswered === true;
  return {
    v: 2,
    kind: old.kind === 'feedback' ? 'feedback' : outOfScope ? 'out_of_scope' : 'answer',
    day: `${old.month}-01`,
    channel: old.channel,
    procedure: old.procedure ?? null,
    partner: old.partner ?? null,
    confidence: null,
    commune: null,
    sites: [],
    helpful: old.helpful ?? null,
    ...(old.text ? { text: old.text } : {}),
    conversation: null,
  };
}
