/**
 * Expected hours sentences, read from the knowledge's templates: the sentence of a site on a day up to the
 * day ("La France services de Noyon est ouverte le vendredi après-midi"), and an interval as a sentence
 * says it ("de 9 h à 12 h 30"). Whether the site is open then comes from its weekly hours.
 */
import type { Weekday } from '../../src/knowledge/schemas/common.js';
import type { Messages } from '../../src/knowledge/schemas/messages.js';
import type { Site } from '../../src/knowledge/schemas/site.js';
import { fill } from '../../src/knowledge/fill.js';
import { dayHours, formatClock, type PartOfDay } from '../../src/orientation/hours/index.js';

/** A template filled up to its {day}: what every sentence of that kind starts with. */
function upToDay(template: string, m: Messages, site: Site, day: Weekday, part: PartOfDay | null): string {
  const c = m.conversation;
  const name = m.hours.weekdays[day];
  const words = part ? fill(c.dayPart, { day: name, part: part === 'afternoon' ? c.afternoon : c.morning }) : name;
  return fill(template.slice(0, template.indexOf('{day}') + '{day}'.length), { site: fill(c.siteSubject, { site: site.name }), day: words });
}

export function openLead(m: Messages, site: Site, day: Weekday, part: PartOfDay | null = null): string {
  return upToDay(m.conversation.siteDayOpen, m, site, day, part);
}

export function closedLead(m: Messages, site: Site, day: Weekday, part: PartOfDay | null = null): string {
  return upToDay(m.conversation.siteDayClosed, m, site, day, part);
}

/** The lead the site's hours call for on that day: open or closed then. */
export function dayLead(m: Messages, site: Site, day: Weekday, part: PartOfDay | null = null): string {
  return dayHours(site.hours, day, part).open.length > 0 ? openLead(m, site, day, part) : closedLead(m, site, day, part);
}

/** "de 9 h à 12 h 30", one per interval. */
export function spanTexts(m: Messages, intervals: readonly (readonly [string, string])[]): string[] {
  return intervals.map(([start, end]) => fill(m.hours.span, { start: formatClock(start, m.hours), end: formatClock(end, m.hours) }));
}

/** The whole sentence of a site closed then, with its next weekly opening. */
export function closedNextSentence(m: Messages, site: Site, day: Weekday, part: PartOfDay | null = null): string {
  const next = dayHours(site.hours, day, part).next;
  if (!next) throw new Error(`${site.name} never opens`);
  const c = m.conversation;
  const name = m.hours.weekdays[day];
  const words = part ? fill(c.dayPart, { day: name, part: part === 'afternoon' ? c.afternoon : c.morning }) : name;
  return fill(c.siteDayClosedNext, {
    site: fill(c.siteSubject, { site: site.name }),
    day: words,
    next: m.hours.weekdays[next.day],
    time: formatClock(next.time, m.hours),
  });
}
