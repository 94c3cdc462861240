/** French public holidays (jours fériés), from the date-holidays library. */
import Holidays from 'date-holidays';

const france = new Holidays('FR', { types: ['public'] });
const byYear = new Map<number, Set<string>>();

function holidaysOf(year: number): Set<string> {
  let dates = byYear.get(year);
  if (!dates) {
    // `date` is the local start date, "YYYY-MM-DD 00:00:00".
    dates = new Set(
      france
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    byYear.set(year, dates);
  }
  return dates;
}

/** True when the YYYY-MM-DD date is a public holiday in metropolitan France. */
export function isPublicHoliday(date: string): boolean {
  return holidaysOf(Number(date.slice(0, 4))).has(date);
}
