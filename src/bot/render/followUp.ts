/**
 * Short answers to follow-up questions, as plain text: a site's hours on a day, its appointment rule,
 * address, phone; a procedure's costs, online services, documents. Wording from knowledge/messages.yaml.
 */
import type { Weekday } from '../../knowledge/schemas/common.js';
import type { Messages } from '../../knowledge/schemas/messages.js';
import type { Situation } from '../../knowledge/schemas/procedure.js';
import type { ProcedureView } from '../../orientation/procedures/view.js';
import type { Site } from '../../knowledge/schemas/site.js';
import { formatIntervals, formatWeeklyHours } from '../../orientation/hours/index.js';
import { siteAddress } from '../../orientation/location/siteView.js';
import type { HalfDay } from '../../orientation/conversation/reader.js';
import { fill } from '../texts.js';

type C = Messages['conversation'];
const NOON = '12:00';

/** "France services de Noyon, le lundi : 9 h – 12 h" and where the service is held that day. */
export function siteDayText(site: Site, day: Weekday, halfDay: HalfDay | null, m: C, t: Messages['hours']): string {
  const name = t.weekdays[day];
  const intervals = site.hours[day];
  const lines: string[] = [];
  if (intervals.length === 0) lines.push(fill(m.siteDayClosed, { site: site.name, day: name }));
  else {
    const hours = formatIntervals(intervals, t);
    lines.push(fill(m.siteDay, { site: site.name, day: name, hours }));
    const inHalf =
      halfDay === 'afternoon' ? intervals.filter(([, end]) => end > NOON) : halfDay === 'morning' ? intervals.filter(([start]) => start < NOON) : intervals;
    if (inHalf.length === 0 && halfDay)
      lines.push(fill(m.siteHalfDayClosed, { site: site.name, day: name, halfDay: halfDay === 'afternoon' ? m.afternoon : m.morning }));
  }
  const place = site.weekdayPlaces.find((p) => p.weekday === day)?.place;
  if (place && intervals.length > 0) lines.push(fill(m.siteDayPlace, { day: name, place }));
  for (const closure of site.closures.filter((c) => c.weekday === day)) lines.push(closure.reason);
  return lines.join('\n');
}

export function siteWeekText(site: Site, m: C, hours: Messages['hours']): string {
  return [fill(m.siteWeek, { site: site.name }), ...formatWeeklyHours(site.hours, hours, site.weekdayPlaces), ...site.closures.map((c) => c.reason)].join('\n');
}

/**
 * Whether the site receives on appointment, and, when its published note is about appointments (`note`:
 * "De préférence sur rendez-vous", "sur rendez-vous 03 44 82 97 82"), that note and the number to book.
 */
export function siteAppointmentText(site: Site, m: C, note?: string): string {
  if (!site.appointment && !note) return fill(m.siteNoAppointment, { site: site.name });
  if (!site.appointment && note) {
    const lines = [fill(m.siteNoAppointmentNote, { site: site.name, note })];
    if (site.phone) lines.push(fill(m.siteAppointmentCall, { phone: site.phone }));
    return lines.join('\n');
  }
  const lines = [site.phone ? fill(m.siteAppointment, { site: site.name, phone: site.phone }) : fill(m.siteAppointmentNoPhone, { site: site.name })];
  if (note) lines.push(fill(m.siteAppointmentNote, { site: site.name, note }));
  return lines.join('\n');
}

export function siteAddressText(site: Site, m: C): string {
  const lines = [fill(m.siteAddress, { site: site.name, address: siteAddress(site) })];
  if (site.mobile) lines.push(m.siteBusAddress);
  if (site.phone) lines.push(fill(m.sitePhone, { site: site.name, phone: site.phone }));
  return lines.join('\n');
}

export function sitePhoneText(site: Site, m: C): string {
  return site.phone ? fill(m.sitePhone, { site: site.name, phone: site.phone }) : fill(m.siteNoPhone, { site: site.name });
}

export function siteMobileText(site: Site, m: C): string {
  return fill(m.siteMobile, { site: site.name, phone: site.phone ?? '' });
}

/** The costs, and the papers of the situation that carry an amount (the stamp to buy, for instance). */
export function costsText(procedure: ProcedureView, m: C, situation: Situation | null = null): string {
  const paid = (situation?.documents ?? []).filter((d) => /\d\s?€/.test(d)).map((d) => `- ${d}`);
  if (procedure.costs.length === 0 && paid.length === 0) return `${fill(m.costs, { title: procedure.title })}\n${m.free}`;
  return [fill(m.costs, { title: procedure.title }), ...procedure.costs.map((c) => `- ${c.label} : ${c.amount}`), ...paid].join('\n');
}

export function onlineText(procedure: ProcedureView, m: C): string {
  const lines = procedure.online.length
    ? [fill(m.online, { title: procedure.title }), ...procedure.online.map((o) => `- ${o.label} : ${o.url}`)]
    : [m.notOnline];
  if (procedure.elsewhere.length) lines.push(m.elsewhere, ...procedure.elsewhere.map((e) => `- ${e}`));
  return lines.join('\n');
}

export function documentsText(procedure: ProcedureView, situation: Situation | null, m: C): string {
  if (situation)
    return [fill(m.documents, { situation: situation.label }), ...situation.documents.map((d) => `- ${d}`), ...(situation.note ? [situation.note] : [])].join(
      '\n',
    );
  return [m.documentsAll, ...procedure.situations.map((s) => `- ${s.label} : ${s.documents.join(' ; ')}`)].join('\n');
}
