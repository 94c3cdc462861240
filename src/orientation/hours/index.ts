/** Opening hours of France services sites, in Europe/Paris time. */
export { openingStatus, intervalsOn, LOOKAHEAD_DAYS } from './openingStatus.js';
export { formatOpening, formatWeeklyHours, formatIntervals, formatClock, frenchWeekdays, type HoursTexts } from './format.js';
export { isPublicHoliday } from './holidays.js';
export { parisMoment } from './parisClock.js';
