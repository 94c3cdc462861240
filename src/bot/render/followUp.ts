/**
 * Short answers to follow-up questions, as plain text: a site's hours on a day, its appointment rule,
 * address, phone; a procedure's costs, online services, documents. Wording from knowledge/messages.yaml.
 */
import type { Weekday } from '../../knowledge/schemas/common.js';
import type { Messages } from '../../knowledge/schemas/messages.js';
import type { Situation } from '../../knowledge/schemas/procedure.js';
import type { ProcedureView } from '../../orientation/procedures/view.js';
import type { Site } from '../../knowledge/schemas/site.js';
import { dayHours, formatClock, formatWeeklyHours, type DayHours, type PartOfDay } from '../../orientation/hours/index.js';
import { siteAddress } from '../../orientation/location/siteView.js';
import { fill, frenchList } from '../texts.js';

type C = Messages['conversation'];

/** "vendredi" or "vendredi matin" / "Friday morning". */
function dayWords(day: Weekday, part: PartOfDay | null, m: C, t: Messages['hours']): string {
  const name = t.weekdays[day];
  return part ? fill(m.dayPart, { day: name, part: part === 'afternoon' ? m.afternoon : m.morning }) : name;
}

/** "de 9 h à 12 h et de 14 h à 17 h" / "from 9:00 to 12:00 and from 14:00 to 17:00". */
function spans(intervals: DayHours['open'], t: Messages['hours'], and: string): string {
  return frenchList(
    intervals.map(([start, end]) => fill(t.span, { start: formatClock(start, t), end: formatClock(end, t) })),
    and,
  );
}

/** One sentence: open then, with the hours, or closed then, with the next opening. */
function daySentence(site: Site, view: DayHours, m: C, t: Messages['hours'], and: string): string {
  const subject = fill(m.siteSubject, { site: site.name });
  const day = dayWords(view.day, view.part, m, t);
  if (view.open.length > 0) return fill(m.siteDayOpen, { site: subject, day, hours: spans(view.open, t, and) });
  if (!view.next) return fill(m.siteDayClosed, { site: subject, day });
  return fill(m.siteDayClosedNext, { site: subject, day, next: t.weekdays[view.next.day], time: formatClock(view.next.time, t) });
}

/**
 * "La France services de Noyon est ouverte le vendredi de 9 h à 12 h 30." or "… est fermée le vendredi
 * après-midi ; la prochaine ouverture est le lundi à 9 h.", then where the service is held that day and
 * the closures of that weekday.
 */
export function siteDayText(site: Site, day: Weekday, halfDay: PartOfDay | null, m: C, t: Messages['hours'], and: string): string {
  const view = dayHours(site.hours, day, halfDay);
  const lines = [daySentence(site, view, m, t, and)];
  // Closed that morning or afternoon but open another part of the day: that day's hours too.
  const wholeDay = halfDay && view.open.length === 0 ? dayHours(site.hours, day).open : [];
  if (wholeDay.length > 0) lines.push(fill(m.siteDayOtherPart, { day: t.weekdays[day], hours: spans(wholeDay, t, and) }));
  const place = site.weekdayPlaces.find((p) => p.weekday === day)?.place;
  if (place && view.open.length > 0) lines.push(fill(m.siteDayPlace, { day: t.weekdays[day], place }));
  for (const closure of site.closures.filter((c) => c.weekday === day)) lines.push(closure.reason);
  return lines.join('\n');
}

/**
 * "laquelle est ouverte vendredi matin ?": every site shown, those open then first (with their hours),
 * then those closed then (with their next opening); none open is said first.
 */
export function sitesDayText(sites: readonly Site[], day: Weekday, halfDay: PartOfDay | null, m: C, t: Messages['hours'], and: string): string {
  const open = sites.filter((s) => dayHours(s.hours, day, halfDay).open.length > 0);
  const closed = sites.filter((s) => !open.includes(s));
  const lead = open.length === 0 ? [fill(m.sitesNoneOpen, { day: dayWords(day, halfDay, m, t) })] : [];
  return [...lead, ...[...open, ...closed].map((s) => siteDayText(s, day, halfDay, m, t, and))].join('\n');
}

/** "La plus proche est la France services …, à 0,8 km (environ 7 min en voiture) : 28 rue …". */
export function siteNearestText(site: Site, distance: { kmText: string; minutes: number }, m: C): string {
  return fill(m.siteNearest, { site: site.name, km: distance.kmText, minutes: distance.minutes, address: siteAddress(site) });
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
