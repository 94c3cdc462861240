/** Short French texts about opening hours; the wording comes from knowledge/messages.yaml (`hours`). */
import { fill } from '../../knowledge/fill.js';
import type { Weekday } from '../../knowledge/schemas/common.js';
import { weekdays } from '../../knowledge/schemas/common.js';
import type { Messages } from '../../knowledge/schemas/messages.js';
import type { Site, WeeklyHours } from '../../knowledge/schemas/site.js';
import type { OpeningStatus } from '../types.js';
import { LOOKAHEAD_DAYS } from './openingStatus.js';
import { addDays, parisMoment } from './parisClock.js';

export type HoursTexts = Messages['hours'];

const weekdayName = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', timeZone: 'UTC' });
const dayAndMonth = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/** 2024-01-01 was a Monday: the seven following days give the names in `weekdays` order. */
export const frenchWeekdays = Object.fromEntries(weekdays.map((day, i) => [day, weekdayName.format(new Date(Date.UTC(2024, 0, 1 + i)))])) as Record<
  Weekday,
  string
>;

/** "09:00" → "9 h", "13:30" → "13 h 30". */
export function formatClock(clock: string): string {
  const [hours, minutes] = clock.split(':');
  return minutes === '00' ? `${Number(hours)} h` : `${Number(hours)} h ${minutes}`;
}

/** "2026-12-01" → "mardi 1er décembre" (French writes the first day of a month "1er"). */
function formatDayOfMonth(date: string): string {
  return dayAndMonth
    .formatToParts(new Date(`${date}T00:00:00Z`))
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

function whenNext(next: NonNullable<OpeningStatus['nextOpening']>, today: string, t: HoursTexts): string {
  const when = next.date === today ? t.today : next.date === addDays(today, 1) ? t.tomorrow : formatDayOfMonth(next.date);
  const place = next.place ? ` ${fill(t.placeThatDay, { place: next.place })}` : '';
  return fill(t.opens, { when, time: formatClock(next.time) }) + place;
}

/** "Ouvert maintenant, jusqu'à 17 h" / "Fermé. Ouvre demain à 9 h" / "Fermé (jour férié). Ouvre lundi 1er décembre à 9 h 30". */
export function formatOpening(status: OpeningStatus, now: Date, t: HoursTexts): string {
  if (status.openNow && status.closesAt) return fill(t.openUntil, { time: formatClock(status.closesAt) });
  const closed = status.holidayToday ? t.closedHoliday : t.closed;
  if (!status.nextOpening) return `${closed} ${fill(t.noOpening, { days: LOOKAHEAD_DAYS })}`;
  return `${closed} ${whenNext(status.nextOpening, parisMoment(now).date, t)}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "9 h – 12 h, 13 h 30 – 17 h": a day's opening intervals. */
export function formatIntervals(intervals: WeeklyHours[Weekday]): string {
  return intervals.map(([start, end]) => `${formatClock(start)} – ${formatClock(end)}`).join(', ');
}

/**
 * One line per weekday: "Lundi : 9 h – 12 h, 13 h 30 – 17 h", "Mardi : fermé".
 * Sunday is listed only when open. A weekday held elsewhere says where.
 */
export function formatWeeklyHours(hours: WeeklyHours, t: HoursTexts, places: Site['weekdayPlaces'] = []): string[] {
  return weekdays
    .filter((day) => day !== 'sunday' || hours.sunday.length > 0)
    .map((day) => {
      const place = places.find((p) => p.weekday === day)?.place;
      const text = hours[day].length === 0 ? t.closedDay : formatIntervals(hours[day]) + (place ? ` ${fill(t.placeOnDay, { place })}` : '');
      return `${capitalize(frenchWeekdays[day])} : ${text}`;
    });
}
