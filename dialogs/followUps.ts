/**
 * (b) A follow-up on what was just shown: a detail of a site (hours, appointment, phone, address, the
 * next one), a person to talk to, the situation by age, a detail of the procedure just answered, or the
 * same question about another procedure ("et pour la carte vitale ?").
 */
import type { Commune } from '../src/knowledge/schemas/commune.js';
import type { FollowUpTopic } from '../src/knowledge/schemas/conversation.js';
import type { Procedure } from '../src/knowledge/schemas/procedure.js';
import type { Site } from '../src/knowledge/schemas/site.js';
import type { Weekday } from '../src/knowledge/schemas/common.js';
import { siteAddressText, siteDayText, sitesDayText, siteWeekText } from '../src/bot/render/followUp.js';
import { linesAbout } from '../src/orientation/conversation/inProcedure.js';
import { sitesInCommune } from '../src/orientation/location/index.js';
import {
  answerProcedure,
  appointmentText,
  nearestShown,
  partnerContact,
  partnerLine,
  procedureTopic,
  showSites,
  showSitesAsked,
  sitesOrAsk,
  siteTopic,
  wayToPerson,
} from './answers.js';
import type { Turn } from './turn.js';

/** Up to this many words, a message naming another procedure with a follow-up word asks that about it. */
export const SHORT_MESSAGE = 8;
/** A message naming a commune and at most this many other words is only a place (as in newRequest.ts). */
const PLACE_ONLY_REST = 1;
/** Up to this many words, an unsure message about the current procedure is looked for in its texts. */
const DETAIL_QUESTION = 14;
/** Below this confidence, the core is not sure the message names a procedure. */
const SURE_PROCEDURE = 0.5;
/** The procedures a clarifying question would offer (as in newRequest.ts). */
const CLARIFY_SHOWN = 4;
export const SITE_TOPICS: readonly FollowUpTopic[] = ['hours', 'appointment', 'phone', 'address', 'next'];
const PROCEDURE_TOPICS: readonly FollowUpTopic[] = ['cost', 'online', 'documents', 'delay', 'child'];

export async function followUp(t: Turn, commune: Commune | null): Promise<boolean> {
  if (commune && ownTopic(t)) return false;
  const topics = t.reader.topics(t.text);
  const elliptic = t.reader.elliptic(t.text);
  const switched = t.newProcedure();
  const named = namedSite(t);
  // "usager dispo que le lundi : France services de Noyon ou La Poste de Montataire ?": that day (or the week) at each site named.
  // (The sites named are looked for only when a day or the hours are asked: each part's commune search is costly.)
  const weekday = t.reader.weekday(t.text);
  const compared = weekday || topics.includes('hours') ? comparedSites(t) : [];
  if (compared.length >= 2) {
    const c = t.m.conversation;
    await t.say(
      compared
        .map((s) => (weekday ? siteDayText(s, weekday, t.reader.halfDay(t.text), c, t.m.hours, t.m.language.and) : siteWeekText(s, c, t.m.hours)))
        .join('\n'),
    );
    return true;
  }
  // "contact impôts ?", "et le numéro de la cpam ?": the contact of the partner named, whatever is discussed.
  const partners = [...t.tools.partnersNamed(t.text)];
  if (topics.includes('phone') && partners.length > 0 && !named && !commune && t.reader.length(t.text) <= SHORT_MESSAGE) {
    await partnerContact(t, partners);
    return true;
  }
  // "je peux appeler qui ?" with no site shown: the partner's line for the procedure discussed.
  if (topics.includes('phone') && t.state.sites.length === 0 && t.procedure() && !switched) {
    await partnerLine(t);
    return true;
  }
  // "le samedi ?", "et demain ?" after sites: that day's hours.
  const day = t.day();
  const siteTopicAsked = topics.find((x) => SITE_TOPICS.includes(x)) ?? (day && !switched ? 'hours' : undefined);
  const wantsSites = topics.includes('sites');
  const wantsPerson = topics.includes('human');

  // About a site: hours, appointment, phone, address, the next one. A long message clearly asking for a
  // procedure ("changer l'adresse sur la carte grise, …") is a new request, unless it names a site shown.
  const short = t.reader.length(t.text) <= SHORT_MESSAGE;
  const shown = named !== null && t.state.sites.includes(named.id);
  // (Also when the core hesitates between procedures the message names in its own words: "installé à Noyon :
  // changement d'adresse carte grise, suivi courrier, listes électorales" asks for them, not for an address.)
  const asksProcedure = !short && t.analysis.intent === 'procedure' && ((!t.analysis.clarify && t.analysis.confidence >= SURE_PROCEDURE) || namesOwn(t));
  const aboutSites = (named !== null || commune !== null || (t.site() !== null && (short || !switched))) && (shown || !asksProcedure);
  if (siteTopicAsked && aboutSites) {
    // A commune given with the question: its sites first, unless the question names a site already shown.
    if (commune && !(named && t.state.sites.includes(named.id))) await showSites(t, commune);
    const site = named ?? t.site();
    if (!site) return false;
    // "laquelle est ouverte vendredi matin ?", "elles sont ouvertes le lundi ?" after several sites, none
    // singled out, and then "et demain ?": that day at each of them, those open first (closures, other
    // places). Otherwise the day at the site in question (the one singled out, else the nearest).
    const fixed = t.state.sites.map((id) => t.siteById(id)).filter((s): s is Site => !!s && !s.mobile);
    const each = t.reader.plural(t.text) || t.reader.which(t.text) || (t.hoursBefore === 'each' && !commune);
    const everySite = each && !named && !t.state.site && fixed.length > 1;
    if (siteTopicAsked === 'hours' && day && everySite && !topics.includes('next')) {
      t.state.hoursAsked = 'each';
      await t.say(sitesDayText(fixed, day, t.reader.halfDay(t.text), t.m.conversation, t.m.hours, t.m.language.and));
      return true;
    }
    // A day at the site in question: the closures of the other sites shown that day are worth knowing too.
    if (siteTopicAsked === 'hours' && day && !named && !t.state.site && !topics.includes('next')) {
      const closures = fixed.filter((s) => s.id !== site.id).flatMap((s) => s.closures.filter((c) => c.weekday === day).map((c) => c.reason));
      if (closures.length > 0) {
        t.state.hoursAsked = 'one';
        await t.say([siteDayText(site, day, t.reader.halfDay(t.text), t.m.conversation, t.m.hours, t.m.language.and), ...new Set(closures)].join('\n'));
        return true;
      }
    }
    // "faut rdv ?" with none singled out: the site in question, and the buses shown, which book by phone.
    const buses = t.state.sites.map((id) => t.siteById(id)).filter((s): s is Site => !!s?.mobile && s.id !== site.id);
    if (siteTopicAsked === 'appointment' && !named && !t.state.site && !topics.includes('next') && buses.length > 0) {
      await t.say([site, ...buses].map((s) => appointmentText(t, s)).join('\n'));
      return true;
    }
    t.state.site = site.id;
    // "y en a une autre ouverte le lundi ?": the next site shown (open that day), and the question about it.
    if (topics.includes('next')) {
      const next = nextShown(t, site, day);
      if (!next) return t.say(t.m.conversation.noMoreSites).then(() => true);
      t.state.site = next.id;
      const about = topics.find((x) => x !== 'next' && SITE_TOPICS.includes(x)) ?? (day ? 'hours' : undefined);
      if (about) await siteTopic(t, next, about);
      else await t.say(`${siteAddressText(next, t.m.conversation)}\n${appointmentText(t, next)}`);
      return true;
    }
    await siteTopic(t, site, siteTopicAsked);
    // "c'est ouvert lundi ?" at a site closed that day: when it is open, never only "closed".
    if (siteTopicAsked === 'hours' && day && !site.mobile && site.hours[day].length === 0) await t.say(siteWeekText(site, t.m.conversation, t.m.hours));
    return true;
  }
  // "et celle de Formerie ?": a site among those shown. A commune alone is not a follow-up: its sites are shown.
  if (named && shown && !switched && (topics.length > 0 || t.text.split(/\s+/).length <= 4)) {
    t.state.site = named.id;
    await t.say(siteAddressText(named, t.m.conversation));
    return true;
  }
  // "lequel est le plus proche ?" after several sites: the nearest of them.
  if (wantsSites && t.reader.which(t.text) && !commune && !switched && t.state.sites.length > 1 && (await nearestShown(t))) return true;
  // "y en a une là-bas ?" after a commune was named or asked about: its France services, or the nearest ones.
  const there = commune ?? t.commune();
  if (t.reader.there(t.text) && there && !switched && t.reader.length(t.text) <= SHORT_MESSAGE) {
    await showSitesAsked(t, there);
    return true;
  }
  // "on peut le déposer à la France services de Noyon ?" after a passport: where the procedure is done and what
  // France services does for it (its texts), then the site named (or the sites near the commune).
  const current = t.procedure();
  if (current && !switched && t.reader.doneThere(t.text) && (wantsSites || named || commune || t.reader.network(t.text))) {
    await whereDone(t, current);
    if (named) {
      t.state.site = named.id;
      await t.say(`${siteAddressText(named, t.m.conversation)}\n${appointmentText(t, named)}`);
    } else if (commune) await showSites(t, commune);
    else await sitesOrAsk(t);
    return true;
  }
  // A person to talk to, or help nearby.
  if ((wantsPerson || wantsSites) && !switched) {
    // "j'habite à Pont Ste Maxence, je peux le faire où ?": where the procedure is done (a mairie, an
    // agency), then the France services near the commune.
    // "Is there a France services office near me?" asks for France services, not where else the procedure is done.
    const elsewhere = wantsSites && current && !t.reader.network(t.text) ? t.view(current).elsewhere : [];
    if (commune) {
      if (elsewhere.length > 0) await t.say([t.m.conversation.elsewhere, ...elsewhere.map((e) => `- ${e}`)].join('\n'));
      await showSitesAsked(t, commune);
      if (wantsPerson) await partnerLine(t);
      return true;
    }
    if (wantsPerson) {
      await t.say(t.m.conversation.human);
      await wayToPerson(t);
      return true;
    }
    // "je peux la déposer chez vous ?": what is done elsewhere for the procedure, then where to go.
    const procedure = t.procedure();
    if (procedure && t.view(procedure).elsewhere.length > 0)
      await t.say([t.m.conversation.elsewhere, ...t.view(procedure).elsewhere.map((e) => `- ${e}`)].join('\n'));
    if (procedure) await partnerLine(t);
    await sitesOrAsk(t);
    return true;
  }
  // "il a 9 ans": the situation of the procedure just answered, by age.
  const age = t.reader.age(t.text);
  if (current && !switched && age !== null && t.reader.length(t.text) <= SHORT_MESSAGE) {
    const byAge = t.reader.situation(t.text, current.situations);
    if (byAge) {
      t.state.situation = byAge;
      await answerProcedure(t, current, { repeat: true });
      return true;
    }
  }
  // "et pour moi ?" after a child's passport: the same procedure for the situation the message names.
  if (current && !switched && elliptic && !topics.some((x) => PROCEDURE_TOPICS.includes(x))) {
    const fits = t.reader.situations(t.text, current.situations).filter((id) => id !== t.state.situation);
    if (fits.length === 1) {
      t.state.situation = fits[0] ?? null;
      await answerProcedure(t, current, { repeat: true });
      return true;
    }
    if (fits.length > 1) {
      t.state.situation = null;
      const choices = current.situations.filter((s) => fits.includes(s.id)).map((s) => ({ id: s.id, label: s.label }));
      await t.ask({ kind: 'situation', choices, misses: 0 }, t.m.orientation.situationQuestion);
      return true;
    }
  }
  // "j'ai 58 ans", "je gagne 1300 par mois": a fact about the person for the procedure just answered, so
  // its answer again (its conditions), for the situation when known.
  if (current && !switched && t.analysis.intent !== 'procedure' && t.reader.figure(t.text) && t.reader.length(t.text) <= SHORT_MESSAGE) {
    await answerProcedure(t, current, { repeat: true, general: !t.state.situation });
    return true;
  }
  // "comment payer ?" after a fine: the procedure's own situation of paying (the ways to pay), else its costs below.
  if (current && !switched && topics.includes('pay')) {
    const paying = t.reader.situations(t.text, current.situations);
    if (paying.length === 1) {
      t.state.situation = paying[0] ?? null;
      t.state.topic = 'pay';
      await answerProcedure(t, current, { repeat: true });
      return true;
    }
  }
  // About the procedure just answered, or "et pour <another one> ?" with the same question.
  // A long message naming another procedure is a new request, answered in full.
  const asked =
    topics.find((x) => PROCEDURE_TOPICS.includes(x)) ??
    (elliptic && t.state.topic && PROCEDURE_TOPICS.includes(t.state.topic as FollowUpTopic) ? (t.state.topic as FollowUpTopic) : undefined);
  const target = switched ?? current;
  const followsUp = t.state.procedure !== null && (!switched || elliptic || t.reader.length(t.text) <= SHORT_MESSAGE);
  if (asked && target && followsUp) {
    if (switched) t.setProcedure(switched);
    t.state.topic = asked;
    await procedureTopic(t, target, asked);
    // "c'est payant ? et il faut quoi comme papiers": each detail asked, in vocabulary order.
    for (const also of topics.filter((x) => x !== asked && x !== 'child' && PROCEDURE_TOPICS.includes(x))) await procedureTopic(t, target, also);
    if (commune) await showSites(t, commune);
    return true;
  }
  // A detail of the procedure just answered ("et le volet pour mon patron ?"), found in its own texts.
  const unsure = t.analysis.intent !== 'procedure' || t.analysis.clarify || t.analysis.confidence < SURE_PROCEDURE;
  // "je suis à Clermont de l'Oise": only a place, whose sites are shown (a new request), not a detail.
  const onlyPlace = commune !== null && t.reader.besidesPlace(t.text, commune.name).length <= PLACE_ONLY_REST;
  // "ok jfais comment alors": a vague follow-up stays on the procedure just answered.
  if (current && !switched && t.analysis.intent !== 'procedure' && !onlyPlace && t.reader.vague(t.text) && t.reader.length(t.text) <= DETAIL_QUESTION) {
    await answerProcedure(t, current, { repeat: true });
    return true;
  }
  if (current && !switched && unsure && !onlyPlace && t.reader.length(t.text) <= DETAIL_QUESTION) {
    // The town named is where, not what ("un billet de train de Beauvais à Paris" is no detail of the CPAM's Beauvais desk).
    const place = new Set(commune ? t.reader.simple(commune.name).split(' ') : []);
    const words = t.reader
      .simple(t.text)
      .split(' ')
      .filter((w) => !place.has(w));
    const lines = linesAbout(words, t.view(current), t.reader.simple, t.reader.stopword);
    if (lines.length > 0) {
      await t.say([t.view(current).title, ...lines].join('\n'));
      return true;
    }
  }
  return false;
}

/**
 * "horaire du bus de Compiègne à Noyon", "un taxi de Senlis à Chantilly demain matin": a message naming towns and a
 * topic no public service handles (knowledge/intents.yaml) is a request of its own, its towns where, not France
 * services to ask about; unless it speaks of the network, of a person to talk to, or of a site shown ("le bus passe
 * quand ?" after a France services bus).
 */
function ownTopic(t: Turn): boolean {
  if (t.analysis.intent !== 'out_of_scope' || !t.analysis.outOfScopeTopic || t.reader.network(t.text)) return false;
  if (t.reader.topics(t.text).includes('human')) return false;
  const shown = t.state.sites.map((id) => t.siteById(id)).filter((s): s is Site => !!s);
  if (t.reader.mobileSite(t.text) && shown.some((s) => s.mobile)) return false;
  return shownByOwnWord(t) === null;
}

/** Where the procedure is done (what is done elsewhere) and what an agent France services does with the person. */
async function whereDone(t: Turn, procedure: Procedure): Promise<void> {
  const view = t.view(procedure);
  const a = t.m.answer;
  const lines = [view.title];
  if (view.elsewhere.length > 0) lines.push(`${a.elsewhere} :`, ...view.elsewhere.map((e) => `- ${e}`));
  if (view.agentCan.length > 0) lines.push(`${a.agentCan} :`, ...view.agentCan.map((e) => `- ${e}`));
  await t.say(lines.join('\n'));
}

/** The message names, in its own words, one of the procedures the core reads in it (its best, or those it hesitates between). */
function namesOwn(t: Turn): boolean {
  const { analysis } = t;
  const read = analysis.clarify ? analysis.alternatives.slice(0, CLARIFY_SHOWN) : analysis.procedure ? [analysis.procedure] : [];
  return read.some((p) => t.tools.evidence(t.text, p.id));
}

/** The site shown after this one, the first open on `day` when a day is asked. */
function nextShown(t: Turn, from: Site, day: Weekday | null): Site | undefined {
  const after = t.state.sites.slice(t.state.sites.indexOf(from.id) + 1).map((id) => t.siteById(id));
  return after.find((s): s is Site => !!s && (!day || (!s.mobile && s.hours[day].length > 0)));
}

/** The site a message names: one shown, or a France services of the commune it names. */
function namedSite(t: Turn): Site | null {
  const sites = t.services.orientation.knowledge.sites.sites;
  const location = t.analysis.location;
  if (t.reader.mobileSite(t.text)) {
    const bus = t.state.sites.map((id) => t.siteById(id)).find((s) => s?.mobile);
    if (bus) return bus;
  }
  if (location?.status !== 'found') return shownByOwnWord(t);
  const insee = location.commune.insee;
  const inCommune = sitesInCommune(sites, insee).filter((s) => !s.mobile);
  if (inCommune.length === 0) return null;
  const words = t.reader
    .simple(t.text)
    .split(' ')
    .filter((w) => w.length > 3);
  const named = inCommune.find((s) =>
    words.some((w) => t.reader.simple(s.name).split(' ').includes(w) && !t.reader.simple(location.commune.name).split(' ').includes(w)),
  );
  return named ?? inCommune.find((s) => t.state.sites.includes(s.id)) ?? inCommune[0] ?? null;
}

/**
 * The France services a message names one after the other, by their communes ("France services de Noyon ou
 * France services La Poste de Montataire ?"): for each part, the fixed site of the commune it names (the one
 * whose own name words it uses); in the message's order, each once.
 */
function comparedSites(t: Turn): Site[] {
  const parts = t.reader.listParts(t.text);
  if (parts.length < 2) return [];
  const sites = t.services.orientation.knowledge.sites.sites;
  const found: Site[] = [];
  for (const part of parts) {
    const commune = t.findCommune(part);
    if (!commune || commune.departement !== t.services.departement) continue;
    const inCommune = sitesInCommune(sites, commune.insee).filter((s) => !s.mobile);
    const words = new Set(t.reader.simple(part).split(' '));
    const site =
      inCommune.find((s) =>
        t.reader
          .simple(s.name)
          .split(' ')
          .some((w) => w.length > 3 && words.has(w)),
      ) ?? inCommune[0];
    if (site && !found.includes(site)) found.push(site);
  }
  return found;
}

/** Site names share words ("France services", "La Poste"): a word in this many names or more names none. */
const COMMON_IN_NAMES = 3;

/**
 * "malice lundi matin ?" after the sites of Beauvais: the one site shown whose name has a word of the
 * message that is its own (not its commune's, not a word many site names share).
 */
function shownByOwnWord(t: Turn): Site | null {
  const counts = nameWordCounts(t);
  const said = new Set(
    t.reader
      .simple(t.text)
      .split(' ')
      .filter((w) => w.length > 3),
  );
  const shown = t.state.sites.map((id) => t.siteById(id)).filter((s): s is Site => !!s);
  const fits = shown.filter((s) => {
    const communeWords = new Set(t.reader.simple(s.commune ?? '').split(' '));
    return t.reader
      .simple(s.name)
      .split(' ')
      .some((w) => said.has(w) && !communeWords.has(w) && (counts.get(w) ?? 0) < COMMON_IN_NAMES);
  });
  return fits.length === 1 ? (fits[0] ?? null) : null;
}

const wordCounts = new WeakMap<readonly Site[], Map<string, number>>();

/** In how many site names each word occurs (computed once per knowledge). */
function nameWordCounts(t: Turn): Map<string, number> {
  const all = t.services.orientation.knowledge.sites.sites;
  let counts = wordCounts.get(all);
  if (!counts) {
    counts = new Map();
    for (const s of all) for (const w of new Set(t.reader.simple(s.name).split(' '))) counts.set(w, (counts.get(w) ?? 0) + 1);
    wordCounts.set(all, counts);
  }
  return counts;
}
