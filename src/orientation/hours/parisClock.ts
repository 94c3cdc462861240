/**
 * Europe/Paris wall-clock time, whatever the machine's time zone: Intl applies the official
 * time-zone database, so daylight-saving changes need no hand-written rule.
 */
import { weekdays, type Weekday } from '../../knowledge/schemas/common.js';

export interface ParisMoment {
  /** YYYY-MM-DD in Paris. */
  date: string;
  weekday: Weekday;
  /** Minutes since midnight in Paris. */
  minutes: number;
}

/** Made on first use: a formatter with a time zone loads ICU's zone data (some 15 ms at start). */
let parisParts: Intl.DateTimeFormat | undefined;
const parisFormat = () =>
  (parisParts ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }));

const MINUTE_MS = 60_000;

/**
 * One-entry cache by minute: a listing asks the same instant for every site, and every turn of the same
 * minute has the same Paris date, weekday and minutes (time-zone offsets are whole minutes).
 */
let last: { minute: number; moment: ParisMoment } | undefined;

export function parisMoment(now: Date): ParisMoment {
  const minute = Math.floor(now.getTime() / MINUTE_MS);
  if (last?.minute === minute) return last.moment;
  const moment = computeParisMoment(new Date(minute * MINUTE_MS));
  last = { minute, moment };
  return moment;
}

function computeParisMoment(now: Date): ParisMoment {
  const parts: Record<string, string> = {};
  for (const part of parisFormat().formatToParts(now)) parts[part.type] = part.value;
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return { date, weekday: weekdayOf(date), minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** Calendar arithmetic on a YYYY-MM-DD date (UTC noon avoids any time-zone drift). */
export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

export function weekdayOf(date: string): Weekday {
  const sundayFirst = new Date(`${date}T12:00:00Z`).getUTCDay();
  return weekdays[(sundayFirst + 6) % 7]!;
}

/** "09:30" → 570. */
export function toMinutes(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}
