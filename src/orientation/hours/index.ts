/** Opening hours of France services sites, in Europe/Paris time. */
export { openingStatus } from './openingStatus.js';
export { formatOpening, formatWeeklyHours, formatIntervals, formatClock, frenchWeekdays } from './format.js';
export { parisMoment } from './parisClock.js';
export { dayHours, type DayHours, type PartOfDay } from './dayHours.js';
