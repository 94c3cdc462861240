/** Is a site open now, until when, and when does it open next (Europe/Paris wall-clock time). */
import { weekdays, type Weekday } from '../../knowledge/schemas/common.js';
import type { Site } from '../../knowledge/schemas/site.js';
import type { OpeningStatus } from '../types.js';
import { closureOn } from './closures.js';
import { isPublicHoliday } from './holidays.js';
import { addDays, parisMoment, toMinutes, weekdayOf } from './parisClock.js';

/** How far ahead the next opening is searched. */
export const LOOKAHEAD_DAYS = 14;

type Interval = [start: number, end: number];

/** Each site's weekly intervals in minutes, sorted and touching ones merged: worked out once per site. */
const weeks = new WeakMap<Site, Map<Weekday, readonly Interval[]>>();

function weekOf(site: Site): Map<Weekday, readonly Interval[]> {
  let week = weeks.get(site);
  if (!week) {
    week = new Map();
    for (const weekday of weekdays) {
      const intervals = site.hours[weekday].map(([start, end]): Interval => [toMinutes(start), toMinutes(end)]).sort((a, b) => a[0] - b[0]);
      const merged: Interval[] = [];
      for (const interval of intervals) {
        const last = merged.at(-1);
        if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
        else merged.push([...interval]);
      }
      week.set(weekday, merged);
    }
    weeks.set(site, week);
  }
  return week;
}

/** Opening intervals of one date in minutes, touching intervals merged; none on holidays and closures. */
export function intervalsOn(site: Site, date: string): readonly Interval[] {
  if (isPublicHoliday(date) || closureOn(site, date)) return [];
  return weekOf(site).get(weekdayOf(date)) ?? [];
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function nextOpening(site: Site, today: string, nowMinutes: number): OpeningStatus['nextOpening'] {
  for (let offset = 0; offset <= LOOKAHEAD_DAYS; offset++) {
    const date = addDays(today, offset);
    const start = intervalsOn(site, date).find(([begin]) => offset > 0 || begin > nowMinutes)?.[0];
    if (start === undefined) continue;
    const weekday = weekdayOf(date);
    const place = site.weekdayPlaces.find((p) => p.weekday === weekday)?.place;
    return { date, weekday, time: clock(start), ...(place ? { place } : {}) };
  }
  return null;
}

export function openingStatus(site: Site, now: Date): OpeningStatus {
  const { date, minutes } = parisMoment(now);
  const current = intervalsOn(site, date).find(([start, end]) => start <= minutes && minutes < end);
  return {
    openNow: current !== undefined,
    closesAt: current ? clock(current[1]) : null,
    nextOpening: nextOpening(site, date, minutes),
    holidayToday: isPublicHoliday(date),
  };
}
