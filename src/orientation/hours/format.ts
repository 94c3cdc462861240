/** Short texts about opening hours, in the language of the texts given (knowledge/messages.yaml or messages.en.yaml, `hours`). */
import { fill } from '../../knowledge/fill.js';
import type { Weekday } from '../../knowledge/schemas/common.js';
import { weekdays } from '../../knowledge/schemas/common.js';
import { locales, type Language } from '../../knowledge/schemas/languages.js';
import type { Messages } from '../../knowledge/schemas/messages.js';
import type { Site, WeeklyHours } from '../../knowledge/schemas/site.js';
import type { OpeningStatus } from '../types.js';
import { LOOKAHEAD_DAYS } from './openingStatus.js';
import { addDays, parisMoment } from './parisClock.js';

export type HoursTexts = Messages['hours'];

const weekdayName = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', timeZone: 'UTC' });
const dayAndMonth = Object.fromEntries(
  Object.entries(locales).map(([language, locale]) => [
    language,
    new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }),
  ]),
) as Record<Language, Intl.DateTimeFormat>;

/** 2024-01-01 was a Monday: the seven following days give the names in `weekdays` order. */
export const frenchWeekdays = Object.fromEntries(weekdays.map((day, i) => [day, weekdayName.format(new Date(Date.UTC(2024, 0, 1 + i)))])) as Record<
  Weekday,
  string
>;

/** The way the texts write a time: "09:00" → "9 h", "13:30" → "13 h 30" in French; "9:00", "13:30" in English. */
export type ClockTexts = Pick<HoursTexts, 'clock' | 'clockOnTheHour'>;
const frenchClock: ClockTexts = { clock: '{hours} h {minutes}', clockOnTheHour: '{hours} h' };

export function formatClock(clock: string, t: ClockTexts = frenchClock): string {
  const [hours, minutes] = clock.split(':');
  return minutes === '00' ? fill(t.clockOnTheHour, { hours: Number(hours) }) : fill(t.clock, { hours: Number(hours), minutes: minutes ?? '' });
}

/** "2026-12-01" → "mardi 1er décembre" (French writes the first day of a month "1er"), "Tuesday 1 December" in English. */
function formatDayOfMonth(date: string, language: Language): string {
  return dayAndMonth[language]
    .formatToParts(new Date(`${date}T00:00:00Z`))
    .map((part) => (language === 'fr' && part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

function whenNext(next: NonNullable<OpeningStatus['nextOpening']>, today: string, t: HoursTexts, language: Language): string {
  const when = next.date === today ? t.today : next.date === addDays(today, 1) ? t.tomorrow : formatDayOfMonth(next.date, language);
  const place = next.place ? ` ${fill(t.placeThatDay, { place: next.place })}` : '';
  return fill(t.opens, { when, time: formatClock(next.time, t) }) + place;
}

/** "Ouvert maintenant, jusqu'à 17 h" / "Fermé. Ouvre demain à 9 h" / "Fermé (jour férié). Ouvre lundi 1er décembre à 9 h 30". */
export function formatOpening(status: OpeningStatus, now: Date, t: HoursTexts, language: Language = 'fr'): string {
  if (status.openNow && status.closesAt) return fill(t.openUntil, { time: formatClock(status.closesAt, t) });
  const closed = status.holidayToday ? t.closedHoliday : t.closed;
  if (!status.nextOpening) return `${closed} ${fill(t.noOpening, { days: LOOKAHEAD_DAYS })}`;
  return `${closed} ${whenNext(status.nextOpening, parisMoment(now).date, t, language)}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "9 h – 12 h, 13 h 30 – 17 h": a day's opening intervals. */
export function formatIntervals(intervals: WeeklyHours[Weekday], t: ClockTexts = frenchClock): string {
  return intervals.map(([start, end]) => `${formatClock(start, t)} – ${formatClock(end, t)}`).join(', ');
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
      const text = hours[day].length === 0 ? t.closedDay : formatIntervals(hours[day], t) + (place ? ` ${fill(t.placeOnDay, { place })}` : '');
      return fill(t.dayLine, { day: capitalize(t.weekdays[day]), hours: text });
    });
}
