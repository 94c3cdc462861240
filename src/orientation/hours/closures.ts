/** Recurring closures such as "closed the first Monday of each month". */
import type { Site } from '../../knowledge/schemas/site.js';
import { addDays, weekdayOf } from './parisClock.js';

type ClosureRule = Site['closures'][number];

/** 1 for the first such weekday of the month, 2 for the second… */
function rankInMonth(date: string): number {
  return Math.ceil(Number(date.slice(8, 10)) / 7);
}

function isLastInMonth(date: string): boolean {
  return addDays(date, 7).slice(5, 7) !== date.slice(5, 7);
}

export function matchesClosure(rule: ClosureRule, date: string): boolean {
  if (weekdayOf(date) !== rule.weekday) return false;
  return rule.nthInMonth === -1 ? isLastInMonth(date) : rankInMonth(date) === rule.nthInMonth;
}

/** The rule closing the site on that date, if any. */
export function closureOn(site: Pick<Site, 'closures'>, date: string): ClosureRule | undefined {
  return site.closures.find((rule) => matchesClosure(rule, date));
}
