/**
 * A site's weekly hours on one weekday, or on one part of it ("vendredi matin"): the intervals open then,
 * and, when it is closed then, the next weekly opening after it. Weekly hours only: a weekday asked
 * about is any such day, not a date (closures and holidays are said by the caller).
 */
import { weekdays, type Weekday } from '../../knowledge/schemas/common.js';
import type { WeeklyHours } from '../../knowledge/schemas/site.js';

export type PartOfDay = 'morning' | 'afternoon';
type Interval = WeeklyHours[Weekday][number];

/** Mornings end at noon: an interval starting before it is open in the morning… */
const NOON = '12:00';
/** …and one ending after this is open in the afternoon (a morning that runs until 12:30 or 13:30 is no afternoon). */
const AFTERNOON_ENDS_AFTER = '13:30';

export interface DayHours {
  day: Weekday;
  part: PartOfDay | null;
  /** The intervals open on that day (that part of it), in order; empty when closed then. */
  open: Interval[];
  /** When closed then: the next opening after it, that day's afternoon or a following weekday. */
  next: { day: Weekday; time: string } | null;
}

function inPart(intervals: readonly Interval[], part: PartOfDay | null): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0].localeCompare(b[0]));
  if (part === 'morning') return sorted.filter(([start]) => start < NOON);
  if (part === 'afternoon') return sorted.filter(([, end]) => end > AFTERNOON_ENDS_AFTER);
  return sorted;
}

export function dayHours(hours: WeeklyHours, day: Weekday, part: PartOfDay | null = null): DayHours {
  const open = inPart(hours[day], part);
  if (open.length > 0) return { day, part, open, next: null };
  // Closed that morning: the same day's afternoon first; otherwise the following days, a week round.
  const later = part === 'morning' ? inPart(hours[day], null).find(([start]) => start >= NOON) : undefined;
  if (later) return { day, part, open, next: { day, time: later[0] } };
  const index = weekdays.indexOf(day);
  for (let offset = 1; offset <= weekdays.length; offset++) {
    const next = weekdays[(index + offset) % weekdays.length]!;
    const first = inPart(hours[next], null)[0];
    if (first) return { day, part, open, next: { day: next, time: first[0] } };
  }
  return { day, part, open, next: null };
}
