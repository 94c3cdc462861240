/** Short French texts about opening hours, for users (plain language, no jargon). */
import type { Weekday } from '../../knowledge/schemas/common.js';
import { weekdays } from '../../knowledge/schemas/common.js';
import type { Site, WeeklyHours } from '../../knowledge/schemas/site.js';
import type { OpeningStatus } from '../types.js';
import { LOOKAHEAD_DAYS } from './openingStatus.js';
import { addDays, parisMoment } from './parisClock.js';

export const frenchWeekdays: Record<Weekday, string> = {
  monday: 'lundi',
  tuesday: 'mardi',
  wednesday: 'mercredi',
  thursday: 'jeudi',
  friday: 'vendredi',
  saturday: 'samedi',
  sunday: 'dimanche',
};

const frenchMonths = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** "09:00" → "9 h", "13:30" → "13 h 30". */
export function formatClock(clock: string): string {
  const [hours, minutes] = clock.split(':');
  return minutes === '00' ? `${Number(hours)} h` : `${Number(hours)} h ${minutes}`;
}

/** "2026-12-01" → "1er décembre". */
function formatDayOfMonth(date: string): string {
  const day = Number(date.slice(8, 10));
  return `${day === 1 ? '1er' : day} ${frenchMonths[Number(date.slice(5, 7)) - 1]}`;
}

function whenNext(next: NonNullable<OpeningStatus['nextOpening']>, today: string): string {
  const day =
    next.date === today ? "aujourd'hui"
    : next.date === addDays(today, 1) ? 'demain'
    : `${frenchWeekdays[next.weekday]} ${formatDayOfMonth(next.date)}`;
  const place = next.place ? ` (ce jour-là : ${next.place})` : '';
  return `Ouvre ${day} à ${formatClock(next.time)}${place}`;
}

/** "Ouvert maintenant, jusqu'à 17 h" / "Fermé. Ouvre demain à 9 h" / "Fermé (jour férié). Ouvre lundi 1er décembre à 9 h 30". */
export function formatOpening(status: OpeningStatus, now: Date): string {
  if (status.openNow && status.closesAt) return `Ouvert maintenant, jusqu'à ${formatClock(status.closesAt)}`;
  const closed = status.holidayToday ? 'Fermé (jour férié).' : 'Fermé.';
  if (!status.nextOpening) return `${closed} Pas d'ouverture prévue dans les ${LOOKAHEAD_DAYS} prochains jours`;
  return `${closed} ${whenNext(status.nextOpening, parisMoment(now).date)}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One line per weekday: "Lundi : 9 h – 12 h, 13 h 30 – 17 h", "Mardi : fermé".
 * Sunday is listed only when open. A weekday held elsewhere says where.
 */
export function formatWeeklyHours(hours: WeeklyHours, places: Site['weekdayPlaces'] = []): string[] {
  return weekdays
    .filter((day) => day !== 'sunday' || hours.sunday.length > 0)
    .map((day) => {
      const intervals = hours[day].map(([start, end]) => `${formatClock(start)} – ${formatClock(end)}`);
      const place = places.find((p) => p.weekday === day)?.place;
      const text = intervals.length === 0 ? 'fermé' : intervals.join(', ') + (place ? ` (à : ${place})` : '');
      return `${capitalize(frenchWeekdays[day])} : ${text}`;
    });
}
