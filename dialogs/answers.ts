/**
 * What the conversation shows: the answer for a procedure (card, text or desk answer), the nearest
 * France services, a detail of a procedure or of a site, the way to a person. Every other part of the
 * turn ends here.
 */
import type { Commune } from '../src/knowledge/schemas/commune.js';
import type { FollowUpTopic } from '../src/knowledge/schemas/conversation.js';
import type { Procedure } from '../src/knowledge/schemas/procedure.js';
import type { Partner } from '../src/knowledge/schemas/partner.js';
import type { Site } from '../src/knowledge/schemas/site.js';
import type { Weekday } from '../src/knowledge/schemas/common.js';
import { answerCard, answerText } from '../src/bot/render/answer.js';
import { deskAnswerText } from '../src/bot/render/deskAnswer.js';
import { answerView } from '../src/orientation/procedures/answerView.js';
import {
  costsText,
  documentsText,
  onlineText,
  siteAddressText,
  siteAppointmentText,
  siteDayText,
  siteMobileText,
  siteNearestText,
  sitePhoneText,
  siteWeekText,
} from '../src/bot/render/followUp.js';
import { sitesCard, sitesText } from '../src/bot/render/sites.js';
import { nearbyView } from '../src/orientation/location/siteView.js';
import { fill, frenchList } from '../src/bot/texts.js';
import { logAnswer, logHandover, logSites } from '../src/bot/usage.js';
import { isMsaFor } from '../src/orientation/conversation/regimeView.js';
import type { Turn } from './turn.js';

const SITES_SHOWN = 3;

/**
 * The answer for the procedure: for the situation when known; otherwise the short answer and the
 * situation question. Then the MSA question when the partner depends on it and we do not know.
 */
export async function answerProcedure(t: Turn, procedure: Procedure, options: { repeat?: boolean; general?: boolean; noQuestion?: boolean }): Promise<void> {
  // Agents at the desk get the short desk answer, without questions back.
  // Asked again about the fiche just given ("et si ça bouge pas ?"): every paper and note.
  if (t.agent) return deskAnswer(t, procedure, { full: options.repeat === true });
  // Not yet in English: one English sentence says so, then the French answer, marked French (its locale)
  // so that Web Chat does not mark its French texts lang="en".
  const inLanguage = t.inLanguage(procedure);
  if (!inLanguage) await t.say(t.m.language.notTranslated);
  const view = t.view(procedure);
  const msa = isMsaFor(procedure, t.state.regime);
  const partner = t.services.orientation.partner(t.partnerId(procedure), t.state.language);
  const situation = view.situations.find((s) => s.id === t.state.situation) ?? (view.situations.length === 1 ? (view.situations[0] ?? null) : null);
  const askSituation = !situation && !options.general && !options.noQuestion && view.situations.length > 1;
  const answer = answerView({ procedure: view, partner, msa, situation, printableUrl: t.printableUrl(procedure.id, situation?.id, msa) }, t.m);
  const documents = !askSituation;
  await t.services.responder.card(
    t.context,
    answerCard(answer, t.m.answer, t.m.figures, { documents, feedback: t.m.feedback }),
    answerText(answer, t.m.answer, t.m.figures, { documents, short: !t.services.responder.style(t.context).cards }),
    { language: inLanguage ? undefined : 'fr' },
  );
  logAnswer(t.context, t.services, {
    intent: 'procedure',
    procedure: procedure.id,
    partner: t.partnerId(procedure),
    unanswered: false,
    confidence: t.analysis?.confidence ?? null,
    commune: t.state.commune,
  });
  if (askSituation) {
    const choices = view.situations.map((s) => ({ id: s.id, label: s.label }));
    return t.ask({ kind: 'situation', choices, misses: 0 }, t.m.orientation.situationQuestion);
  }
  if (procedure.msaAlternative && t.state.regime === 'unknown' && !options.noQuestion) {
    const o = t.m.orientation;
    return t.ask(
      {
        kind: 'regime',
        choices: [
          { id: 'yes', label: o.yes },
          { id: 'no', label: o.no },
        ],
        misses: 0,
      },
      o.regimeQuestion,
    );
  }
  if (!options.repeat && !options.noQuestion && !t.services.responder.style(t.context).cards) await offerDetails(t);
}

/** Text channels: the rest of the answer by number ("Répondez 1 pour les papiers…"). */
async function offerDetails(t: Turn): Promise<void> {
  const c = t.m.conversation;
  const choices = [
    { id: 'cost', label: c.smsCosts },
    { id: 'online', label: c.smsOnline },
    { id: 'sites', label: c.smsSites },
  ];
  t.state.pending = { kind: 'detail', choices, misses: 0 };
  const list = choices.map((choice, i) => fill(c.smsChoice, { number: i + 1, label: choice.label }));
  await t.say(fill(c.smsDetails, { choices: frenchList(list, t.m.language.and) }));
}

/** The short desk answer for agents; the same fiche again ("et si ça bouge pas ?") gives every paper and note. */
export async function deskAnswer(t: Turn, procedure: Procedure, options: { full?: boolean; budget?: number } = {}): Promise<void> {
  await t.say(deskText(t, procedure, { ...options, full: options.full === true || t.procedureBefore === procedure.id }));
  logAnswer(t.context, t.services, { intent: 'desk', procedure: procedure.id, partner: t.partnerId(procedure), unanswered: false });
}

/**
 * Several needs at the desk, after the line that names them: each one's short desk answer when they all fit
 * in one short reply; otherwise the first one's and one line for each other (title, partner and line, the
 * command of its fiche); the first one a line too when even that is long.
 */
export async function deskNeeds(t: Turn, procedures: readonly Procedure[], room: number): Promise<void> {
  const [first, ...others] = procedures;
  if (!first) return;
  const answers = procedures.map((p) => deskText(t, p));
  const lines = procedures.map((p) => deskNeedText(t, p));
  const length = (texts: string[]) => texts.reduce((sum, text) => sum + text.length + 1, 0);
  const shown =
    length(answers) <= room ? answers : length([answers[0]!, ...lines.slice(1)]) <= room ? [answers[0]!, lines.slice(1).join('\n')] : [lines.join('\n')];
  for (const text of shown) await t.say(text);
  for (const p of [first, ...others]) logAnswer(t.context, t.services, { intent: 'desk', procedure: p.id, partner: t.partnerId(p), unanswered: false });
}

/** The desk answer's text: the situation the agent told ("et pour un mineur ?"), or the only one, gives its full papers. */
function deskText(t: Turn, procedure: Procedure, options: { full?: boolean; budget?: number } = {}): string {
  const view = t.view(procedure);
  const partner = t.services.orientation.partner(t.partnerId(procedure), t.state.language);
  const msa = isMsaFor(procedure, t.state.regime);
  const told = t.state.procedure === procedure.id ? view.situations.find((s) => s.id === t.state.situation) : undefined;
  const situation = told ?? (view.situations.length === 1 ? (view.situations[0] ?? null) : null);
  const answer = answerView(
    { procedure: view, partner, msa, regimeKnown: t.state.regime !== 'unknown', situation, printableUrl: t.printableUrl(procedure.id, situation?.id, msa) },
    t.m,
  );
  return deskAnswerText(answer, t.m.desk, options);
}

/** One need of several at the desk: its title, partner and line, the command of its fiche. */
function deskNeedText(t: Turn, procedure: Procedure): string {
  const partner = t.services.orientation.partner(t.partnerId(procedure), t.state.language);
  const phone = t.view(procedure).phone ?? partner?.phone;
  return fill(t.m.desk.needLine, {
    title: t.title(procedure),
    partner: `${partner?.shortName ?? procedure.partner}${phone ? ` – ${phone.number}` : ''}`,
    id: procedure.id,
  });
}

/** The nearest France services to the commune, remembered with the sites shown. */
export async function showSites(t: Turn, commune: Commune, options: { limit?: number } = {}): Promise<void> {
  t.state.commune = commune.insee;
  t.profile.commune = { insee: commune.insee, name: commune.name };
  const now = t.services.now();
  const nearby = t.services.orientation.nearbyServices({ lat: commune.lat, lon: commune.lon }, { limit: options.limit ?? SITES_SHOWN, now });
  const m = t.m.location;
  if (nearby.fixed.length === 0 && nearby.mobile.length === 0) return t.say(m.noSite);
  t.state.sites = [...nearby.fixed, ...nearby.mobile].map((n) => n.site.id);
  // No site singled out yet: a follow-up is about the nearest one, or about each one for a day's hours.
  t.state.site = null;
  const nearest = nearby.fixed[0]?.site ?? nearby.mobile[0]?.site;
  logSites(t.context, t.services, { procedure: t.state.procedure, commune: commune.insee, sites: t.state.sites });
  if (commune.departement !== nearest?.departement) {
    await t.say(fill(t.m.conversation.outsideOise, { commune: commune.name, departement: commune.departement }));
  }
  const view = nearbyView(commune.name, nearby, t.m, { now, language: t.state.language });
  await t.services.responder.card(t.context, sitesCard(view), sitesText(view));
}

/**
 * "elle habite Maignelay, c'est ouvert le lundi ?": the sites of the commune, then what the message asks
 * of them — a day's hours, the week's, whether to book — about the nearest one (and the buses shown, for
 * an appointment). The card already gives each site's phone, address and next opening.
 */
export async function showSitesAsked(t: Turn, commune: Commune): Promise<void> {
  await showSites(t, commune);
  const day = t.day();
  const topics = t.reader.topics(t.text);
  const topic = topics.includes('appointment') ? 'appointment' : day || topics.includes('hours') ? 'hours' : null;
  const shown = t.state.sites.map((id) => t.siteById(id)).filter((s): s is Site => !!s);
  const nearest = shown.find((s) => !s.mobile);
  if (!topic || !nearest) return;
  const c = t.m.conversation;
  if (topic === 'hours') return t.say(day ? dayText(t, nearest, day) : siteWeekText(nearest, c, t.m.hours));
  await t.say([nearest, ...shown.filter((s) => s.mobile)].map((s) => appointmentText(t, s)).join('\n'));
}

/** A day's hours at one site (the part of the day the message asks), remembered for "et demain ?". */
function dayText(t: Turn, site: Site, day: Weekday): string {
  t.state.hoursAsked = 'one';
  return siteDayText(site, day, t.reader.halfDay(t.text), t.m.conversation, t.m.hours, t.m.language.and);
}

/** "lequel est le plus proche ?": the nearest fixed site shown, how far and where; false when it cannot be told. */
export async function nearestShown(t: Turn): Promise<boolean> {
  const commune = t.commune();
  if (!commune) return false;
  const now = t.services.now();
  const nearby = t.services.orientation.nearbyServices({ lat: commune.lat, lon: commune.lon }, { limit: SITES_SHOWN, now });
  const view = nearbyView(commune.name, nearby, t.m, { now, language: t.state.language });
  const nearest = view.fixed.find((s) => t.state.sites.includes(s.id));
  const site = nearest ? t.siteById(nearest.id) : undefined;
  if (!nearest || !site) return false;
  t.state.site = site.id;
  await t.say(siteNearestText(site, nearest.distance, t.m.conversation));
  return true;
}

/** The sites of the commune, or the question of the commune. */
export async function sitesOrAsk(t: Turn, commune: Commune | null = t.commune()): Promise<void> {
  if (commune) return showSites(t, commune);
  await t.ask({ kind: 'commune', choices: [], misses: 0 }, t.m.location.ask);
}

/** The nearest France services (or the question of the commune), and the partner's line. */
export async function wayToPerson(t: Turn): Promise<void> {
  const commune = t.commune();
  if (commune) await showSites(t, commune);
  const procedure = t.procedure();
  logHandover(t.context, t.services, {
    procedure: procedure?.id ?? null,
    partner: procedure ? t.partnerId(procedure) : null,
    commune: t.state.commune,
    sites: commune ? t.state.sites : [],
  });
  await partnerLine(t);
  if (!commune) await t.ask({ kind: 'commune', choices: [], misses: 0 }, t.m.conversation.humanAskCommune);
}

/** "Non": noted, and who handles the file then, with its website. */
export async function regimeNoWithPartner(t: Turn, procedure: Procedure): Promise<void> {
  const partner = t.services.orientation.partner(procedure.partner, t.state.language);
  const lines = [t.m.conversation.regimeNo];
  if (partner) lines.push(fill(t.m.conversation.regimeNoPartner, { partner: partner.name, website: partner.website }));
  await t.say(lines.join('\n'));
}

/** "contact impôts ?", "le numéro de la cpam ?": how to reach each partner named, its phone line and its website. */
export async function partnerContact(t: Turn, partners: readonly string[]): Promise<void> {
  const c = t.m.conversation;
  const lines = partners
    .map((id) => t.services.orientation.partner(id, t.state.language))
    .filter((p): p is Partner => !!p)
    .map((p) =>
      p.phone
        ? fill(c.partnerContact, { partner: p.name, phone: p.phone.number, website: p.website })
        : fill(c.partnerContactOnline, { partner: p.name, website: p.website }),
    );
  if (lines.length > 0) await t.say(lines.join('\n'));
}

/**
 * The phone line of the partner of the current procedure; the partner the message names instead, when it
 * is another ("c'est pour la caf jsuis a Grandvilliers" after asking for a person).
 */
export async function partnerLine(t: Turn): Promise<void> {
  const procedure = t.procedure();
  const named = [...t.tools.partnersNamed(t.text)].filter((id) => !procedure || id !== t.partnerId(procedure));
  if (named.length > 0) return partnerContact(t, named);
  if (!procedure) return;
  const view = t.view(procedure);
  const partner = t.services.orientation.partner(t.partnerId(procedure), t.state.language);
  const phone = view.phone ?? partner?.phone;
  if (phone) await t.say(fill(t.m.conversation.phoneLine, { partner: partner?.name ?? procedure.partner, phone: phone.number }));
}

/** Help: the agent commands on the desk, the menu for residents. */
export async function help(t: Turn): Promise<void> {
  if (t.agent) {
    const c = t.m.conversation;
    const lines = [c.agentHelp, ...c.agentCommands.map((cmd) => `- ${cmd.name} : ${cmd.description} (« ${cmd.example} »)`)];
    await t.services.responder.say(t.context, lines.join('\n'));
    return;
  }
  await t.menu(t.m.replies.help);
}

/** The site's published note when it is about appointments ("De préférence sur rendez-vous"). */
export function appointmentNote(t: Turn, site: Site): string | undefined {
  const note = site.comment?.trim();
  return note && t.reader.topics(note).includes('appointment') ? note : undefined;
}

/** Whether a site takes appointments, with its note; a bus that takes none has its planning instead. */
export function appointmentText(t: Turn, site: Site): string {
  const note = appointmentNote(t, site);
  if (site.mobile && !site.appointment && !note) return siteMobileText(site, t.m.conversation);
  return siteAppointmentText(site, t.m.conversation, note);
}

/** One detail of a site: its hours (a day's or the week's), appointment, phone, address, or the next site. */
export async function siteTopic(t: Turn, site: Site, topic: FollowUpTopic): Promise<void> {
  const c = t.m.conversation;
  if (site.mobile && topic === 'hours') return t.say(siteMobileText(site, c));
  switch (topic) {
    case 'hours': {
      const day = t.day();
      return t.say(day ? dayText(t, site, day) : siteWeekText(site, c, t.m.hours));
    }
    case 'appointment':
      return t.say(appointmentText(t, site));
    case 'phone':
      return t.say(sitePhoneText(site, c));
    case 'address':
      return t.say(siteAddressText(site, c));
    default: {
      const index = t.state.sites.indexOf(site.id);
      const next = t.state.sites[index + 1];
      const nextSite = next ? t.siteById(next) : undefined;
      if (!nextSite) return t.say(c.noMoreSites);
      t.state.site = nextSite.id;
      return t.say(`${siteAddressText(nextSite, c)}\n${appointmentText(t, nextSite)}`);
    }
  }
}

/** One detail of a procedure: cost, online, for a child, delay, or what to bring. */
export async function procedureTopic(t: Turn, procedure: Procedure, topic: FollowUpTopic): Promise<void> {
  const c = t.m.conversation;
  const view = t.view(procedure);
  const situation = view.situations.find((s) => s.id === t.state.situation) ?? null;
  switch (topic) {
    case 'cost':
      await t.say(costsText(view, c, situation));
      break;
    case 'online':
      await t.say(onlineText(view, c));
      break;
    case 'child': {
      const minor = t.reader.situation('enfant', view.situations);
      if (minor) t.state.situation = minor;
      await answerProcedure(t, procedure, {});
      return;
    }
    case 'delay': {
      const said = t.reader.situation(t.text, view.situations) ?? t.services.orientation.situationOf(t.text, view.id);
      const chosen = view.situations.find((s) => s.id === said) ?? situation;
      const notes = chosen?.note ? [chosen.note] : view.situations.flatMap((s) => (s.note ? [`${s.label} : ${s.note}`] : []));
      await t.say([view.title, view.summary, ...notes].join('\n'));
      break;
    }
    default:
      await t.say(documentsText(view, situation, c));
  }
  logAnswer(t.context, t.services, { intent: `follow-up:${topic}`, procedure: procedure.id, partner: t.partnerId(procedure), unanswered: false });
}
