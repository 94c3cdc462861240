/**
 * (c) A new request: small talk, out of scope and emergencies, only a place, several needs, a choice
 * between close procedures, or one procedure answered for the situation the message tells.
 */
import type { Commune } from '../src/knowledge/schemas/commune.js';
import type { Procedure } from '../src/knowledge/schemas/procedure.js';
import type { Analysis } from '../src/orientation/types.js';
import { fill, frenchList, isOneOf } from '../src/bot/texts.js';
import { logAnswer, logClarification } from '../src/bot/usage.js';
import { orderParts, splitAlternatives, splitNeeds } from '../src/orientation/conversation/needs.js';
import { answerProcedure, deskAnswer, deskNeeds, help, showSites, sitesOrAsk } from './answers.js';
import { DESK_MAX } from '../src/bot/render/deskAnswer.js';
import type { Turn } from './turn.js';

/** At the desk, a need with a commune shows this many sites ("sites <commune>" gives the full list)… */
const DESK_SITES = 2;
/** …which take about this much of the reply (two sites, a bus and the source line). */
const SITES_ROOM = 1000;

/** A message naming a commune and at most this many other words is only a place. */
/** Needs listed at most (as in src/orientation/conversation/needs.ts). */
const MAX_NEEDS = 4;
/** A life event the core ranks this high behind another reading still tells the message's event. */
const EVENT_SCORE = 0.3;
const PLACE_ONLY_REST = 1;

export async function newRequest(t: Turn, commune: Commune | null): Promise<void> {
  const m = t.m;
  // "I can't breathe", "ma mère est tombée, elle répond plus, il faut sa carte vitale ?": 15 / 112 first, then
  // the need the rest of the message names, if any; never a refusal nor a list to choose from. At the desk too.
  // Right after them, the emergency told again with a need ("les pompiers sont là, il faudra quelqu'un pour
  // l'aider à la maison"): the need, without the numbers again.
  if (t.reader.emergency(t.text)) {
    const need = besideEmergency(t);
    if (!need || !t.emergencyBefore) await t.say(m.conversation.emergency);
    t.state.emergency = true;
    if (!need) {
      logAnswer(t.context, t.services, { intent: 'out_of_scope', procedure: null, partner: null, unanswered: true, text: t.text });
      return t.agent ? undefined : t.menu(m.conversation.emergencyNext);
    }
    t.analysis = need;
  } else if (t.reader.medical(t.text) && t.analysis.intent !== 'procedure') {
    // After 15 / 112, the person's state told with a need: the need.
    const need = t.emergencyBefore ? clauseRequest(t) : null;
    if (need) t.analysis = need;
    else {
      logAnswer(t.context, t.services, { intent: 'out_of_scope', procedure: null, partner: null, unanswered: true, text: t.text });
      return t.menu(`${m.conversation.medical}\n\n${m.replies.outOfScope}`);
    }
  }
  if (isOneOf(t.text, m.commands.findSite) || (commune && onlyPlace(t, commune))) return sitesOrAsk(t, commune ?? t.commune());
  // "mon fils est mort dans un accident, il avait un appartement, un CDI, une voiture, par où commencer ?"
  const event = eventNeeds(t);
  if (event && event.length >= 2) return severalNeeds(t, event, commune);
  if (event?.[0]) t.analysis = readAs(t.analysis, event[0]);
  switch (t.analysis.intent) {
    case 'greeting':
      return t.menu(m.replies.greeting);
    case 'thanks':
      return t.say(m.replies.thanks);
    case 'help':
      return help(t);
    case 'out_of_scope': {
      // A commune in a conversation under way ("ah non c pour mon pere il habite chaumont en vexin"): its sites,
      // when the message is only that place; a request of its own ("un billet de train de Beauvais à Paris") gets
      // the refusal, the commune remembered.
      if (commune && t.underWay && t.onlyPlace(commune)) return showSites(t, commune);
      // "j'ai changé de banque, voici mon RIB [masqué], pouvez-vous le transmettre à ma caisse de retraite ?":
      // one clause of the message asks for a procedure; the rest of it is context.
      const clause = clauseRequest(t);
      if (clause) {
        t.analysis = clause;
        break;
      }
      // Out of scope with a commune ("il va pleuvoir demain ? j'habite Méru"): the commune is remembered, the refusal stays.
      logAnswer(t.context, t.services, { intent: t.analysis.intent, procedure: null, partner: null, unanswered: true, text: t.text });
      if (t.agent) return help(t).then(() => t.say(m.replies.outOfScope));
      return t.menu(m.replies.outOfScope);
    }
    default:
      break;
  }
  const needs = t.readInContext || event ? [] : eventFamily(t, inMessageOrder(t, splitNeeds(t.text, t.parts, t.analysis)));
  if (needs.length >= 2) return severalNeeds(t, needs, commune);
  const either = splitAlternatives(t.text, t.parts);
  if (either.length >= 2 && !t.agent) return clarify(t, either);
  if (t.analysis.clarify && !t.agent) return clarify(t);
  const procedure = t.procedureOf(t.analysis);
  if (!procedure) {
    if (commune) return showSites(t, commune);
    logAnswer(t.context, t.services, { intent: t.analysis.intent, procedure: null, partner: null, unanswered: true, text: t.text });
    return t.say(m.replies.notUnderstood);
  }
  t.setProcedure(procedure);
  // The conversation's own reading first (it knows ages and foreign papers), then the core's.
  t.state.situation =
    t.reader.situation(t.text, procedure.situations, { labels: false }) ??
    (t.analysis.procedure?.id === procedure.id ? t.analysis.situation : t.services.orientation.situationOf(t.text, procedure.id));
  if (t.agent) {
    await deskAnswer(t, procedure, commune ? { budget: DESK_MAX - SITES_ROOM } : {});
    if (commune) await showSites(t, commune, { limit: DESK_SITES });
    return;
  }
  await answerProcedure(t, procedure, {});
  if (commune) await showSites(t, commune);
}

/**
 * A message telling a life event through a feeling (grief: a death) that the core reads as nothing sure
 * (out of scope, a doubt between procedures, several needs): what the deceased had ("un appartement, un
 * CDI, une voiture") is context, not requests. The event's procedure (knowledge/conversation.yaml
 * `feelingEvents`), with the needs the message still names in its own words (of a doubt, only the event's
 * related procedures), in the core's order; null when no event applies or the core is sure of one procedure.
 */
function eventNeeds(t: Turn): Procedure[] | null {
  const feeling = t.reader.feeling(t.text);
  const { knowledge } = t.services.orientation;
  const eventId = feeling ? knowledge.conversation.feelingEvents[feeling] : undefined;
  const event = eventId ? t.services.orientation.procedure(eventId) : undefined;
  if (!event || t.readInContext) return null;
  const a = t.analysis;
  const listed = a.intent === 'procedure' ? splitNeeds(t.text, t.parts, a).map((p) => p.id) : [];
  if (a.intent === 'procedure' && !a.clarify && listed.length < 2) return null;
  if (a.intent !== 'procedure' && a.intent !== 'out_of_scope') return null;
  const family = new Set([event.id, ...(knowledge.conversation.related[event.id] ?? []).map((e) => e.split('#')[0] ?? '')]);
  const read = listed.length >= 2 ? listed : a.alternatives.map((x) => x.id);
  // What the deceased had is context; the words that tell the event ("décédée") name no related procedure.
  const rest = t.reader
    .withoutBelongings(t.text)
    .split(/\s+/)
    .filter((w) => !t.tools.evidence(w, event.id))
    .join(' ');
  // What the event calls for, read first and named in the message's own words ("la pension de ma femme qui est
  // décédée": the survivor's pension), is the need, not the event's procedure.
  const best = a.intent === 'procedure' ? a.procedure?.id : undefined;
  const named =
    best && best !== event.id && family.has(best) && listed.length < 2 && t.tools.evidence(rest, best) ? t.services.orientation.procedure(best) : undefined;
  if (named) return [named];
  // A need of its own, asked in the message's own words ("mettre la taxe foncière à son nom"), stays; a doubt keeps only the event's family.
  const kept = read.filter((id) => id === event.id || ((family.has(id) || listed.length >= 2) && t.tools.evidence(rest, id)));
  const ids = kept.includes(event.id) ? kept : [event.id, ...kept];
  return ids.map((id) => t.services.orientation.procedure(id)).filter((p): p is Procedure => !!p);
}

/**
 * The need an emergency message also names: the whole message's reading when it is sure of a procedure it
 * names, else the reading of its clauses that tell no emergency nor health ("il faut sa carte vitale ?"),
 * which then stand for the message; null when nothing else is asked.
 */
function besideEmergency(t: Turn): Analysis | null {
  const a = t.analysis;
  if (a.intent === 'procedure' && a.procedure && !a.clarify && t.tools.evidence(t.text, a.procedure.id)) return a;
  const rest = t.text
    .split(/[.;!?,]+/)
    .map((c) => c.trim())
    .filter((c) => c && !t.reader.medical(c))
    .join(', ');
  if (!rest) return null;
  const read = t.services.orientation.analyze(rest);
  if (read.intent !== 'procedure' || !read.procedure) return null;
  // Named in its own words, or asked for ("il faudra quelqu'un pour l'aider à la maison, c'est qui ?").
  const asked = t.reader.asks(t.text) && read.confidence >= CLAUSE_CONFIDENCE;
  if (!asked && !t.tools.evidence(rest, read.procedure.id)) return null;
  t.text = rest;
  const { intent, procedure, partner, confidence, clarify, alternatives, situation, needs } = read;
  return { ...a, intent, procedure, partner, confidence, clarify, alternatives, situation, needs };
}

/**
 * A life event told with the partners it concerns ("on se sépare… la CAF, les impôts, et surtout la garde
 * des enfants et la pension"): the event's procedure first, then what it calls for at each partner named
 * (knowledge/conversation.yaml `related`: the CAF's change of situation, the tax rate), in the order known;
 * a need the parts were read as at such a partner gives way to it (the impôts of a separation are not the
 * taxe foncière), one at another partner stays when the message names it in its own words (moving). The
 * needs unchanged when the message tells no event with related procedures.
 */
function eventFamily(t: Turn, needs: Procedure[]): Procedure[] {
  const best = t.procedureOf(t.analysis);
  const related = t.services.orientation.knowledge.conversation.related;
  // The event read first, or among the needs, or close behind ("on se sépare… comment on fixe une pension alimentaire").
  const close = t.analysis.alternatives.filter((a) => a.score >= EVENT_SCORE).map((a) => t.services.orientation.procedure(a.id));
  const event = [best, ...needs, ...close].find((p): p is Procedure => !!p && !!related[p.id]);
  if (!event) return needs;
  const named = t.tools.partnersNamed(t.text);
  const family = (related[event.id] ?? [])
    .map((entry) => t.services.orientation.procedure(entry.split('#')[0] ?? ''))
    .filter((p): p is Procedure => !!p && p.partner !== event.partner);
  const called = family.filter((p, i) => named.has(p.partner) && family.findIndex((q) => q.partner === p.partner) === i);
  if (called.length === 0) return needs;
  const covered = new Set(called.map((p) => p.partner));
  // Named in its own words, not by a partner's name nor by a word of the event's own ("la pension" of a
  // separation is the alimony the judge sets, no survivor's pension).
  const own = new Set(t.reader.simple([event.title, ...event.keywords].join(' ')).split(' '));
  const words = t.text
    .split(/\s+/)
    .filter(
      (w) =>
        t.tools.partnersNamed(w).size === 0 &&
        !t.reader
          .simple(w)
          .split(' ')
          .some((x) => own.has(x)),
    )
    .join(' ');
  const others = needs.filter((p) => p.id !== event.id && !called.includes(p) && !covered.has(p.partner) && t.tools.evidence(words, p.id));
  const kept = family.filter((p) => needs.includes(p) && !called.includes(p));
  return [event, ...called, ...kept, ...others].slice(0, MAX_NEEDS);
}

/**
 * The needs in the order the message names them ("changer l'adresse de ma carte grise, faire suivre mon courrier
 * et m'inscrire sur les listes": the carte grise first), each at the first part that names it in its own words;
 * a need no part names keeps its place after them.
 */
function inMessageOrder(t: Turn, needs: Procedure[]): Procedure[] {
  if (needs.length < 2) return needs;
  const parts = orderParts(t.text);
  const at = (p: Procedure) => {
    const i = parts.findIndex((part) => t.tools.evidence(part, p.id));
    return i < 0 ? parts.length : i;
  };
  return needs
    .map((p, i) => ({ p, i, at: at(p) }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map((x) => x.p);
}

/** The analysis as a sure reading of this procedure (the context settled it). */
function readAs(analysis: Analysis, procedure: Procedure): Analysis {
  const { id, title, partner } = procedure;
  return { ...analysis, intent: 'procedure', procedure: { id, title, partner }, partner, clarify: false, needs: undefined };
}

/** A clause of an out-of-scope message is read alone when it has at least this many words… */
const CLAUSE_WORDS = 3;
/** …and names a procedure this surely. */
const CLAUSE_CONFIDENCE = 0.5;

/**
 * The request one clause of an out-of-scope message makes (clauses cut at sentence ends, commas and
 * semicolons), the surest; null when none names a procedure surely. What the whole message says of the
 * place and the person stays. Only out-of-scope messages of several clauses cost these engine calls.
 */
function clauseRequest(t: Turn): Analysis | null {
  const clauses = t.text
    .split(/[.;!?,]+/)
    .map((c) => c.trim())
    .filter((c) => t.reader.length(c) >= CLAUSE_WORDS);
  if (clauses.length < 2) return null;
  // The clause must name its procedure in its own words ("j'habite Clermont" names none, whatever the classifier falls to).
  const read = clauses
    .map((c) => ({ clause: c, analysis: t.services.orientation.analyze(c) }))
    .filter(
      ({ clause, analysis: a }) => a.intent === 'procedure' && a.procedure && a.confidence >= CLAUSE_CONFIDENCE && t.tools.evidence(clause, a.procedure.id),
    )
    .map(({ analysis: a }) => a)
    .sort((a, b) => b.confidence - a.confidence)[0];
  if (!read) return null;
  const { intent, procedure, partner, confidence, clarify, alternatives, situation } = read;
  return { ...t.analysis, intent, procedure, partner, confidence, clarify, alternatives, situation };
}

/** "j'habite à Songeons", "60400", "France services près de Clermont": only a place. */
function onlyPlace(t: Turn, commune: Commune): boolean {
  const topics = t.reader.topics(t.text);
  if (topics.includes('sites')) return t.analysis.intent !== 'procedure' || t.analysis.confidence < 0.5;
  return t.reader.besidesPlace(t.text, commune.name).length <= PLACE_ONLY_REST;
}

/** Several procedures are close (or named on each side of "ou"): the user picks one. */
async function clarify(t: Turn, first: readonly Procedure[] = []): Promise<void> {
  const ranked = t.analysis.alternatives.map((a) => t.services.orientation.procedure(a.id)).filter((p): p is Procedure => !!p);
  // The procedures the message names in its own words first ("m'actualiser" among France Travail's), then the classifier's order.
  const named = ranked.filter((p) => t.tools.evidence(t.text, p.id) && !first.includes(p));
  const offered = [...first, ...named, ...ranked.filter((p) => !first.includes(p) && !named.includes(p))];
  const procedures = offered.slice(0, Math.max(first.length, 4));
  const other = t.m.commands.other[0] ?? '';
  const best = t.analysis.procedure;
  logClarification(t.context, t.services, {
    procedure: best?.id ?? null,
    partner: best ? t.partnerId(t.procedureOf(t.analysis)!) : null,
    confidence: t.analysis.confidence,
  });
  const label = (p: Procedure) => `${t.title(p)} (${t.services.orientation.partner(t.partnerId(p), t.state.language)?.shortName ?? p.partner})`;
  await t.ask(
    { kind: 'procedure', choices: [...procedures.map((p) => ({ id: p.id, label: label(p) })), { id: 'other', label: other }], misses: 0 },
    t.m.orientation.clarify,
  );
}

async function severalNeeds(t: Turn, needs: Procedure[], commune: Commune | null): Promise<void> {
  const [first, ...others] = needs;
  if (!first) return;
  const names = needs.map((p) => `${t.title(p)} (${t.services.orientation.partner(t.partnerId(p), t.state.language)?.shortName ?? p.partner})`);
  const intro = fill(t.m.conversation.needs, { list: frenchList(names, t.m.language.and), first: t.title(first) });
  await t.say(intro);
  t.setProcedure(first);
  t.state.situation = t.services.orientation.situationOf(t.text, first.id);
  t.state.needs = others.map((p) => p.id);
  if (t.agent) {
    // One short reply at the desk: what the needs' answers may take besides the line naming them and the sites.
    await deskNeeds(t, needs, DESK_MAX - intro.length - (commune ? SITES_ROOM : 0));
    if (commune) await showSites(t, commune, { limit: DESK_SITES });
    return;
  }
  await answerProcedure(t, first, { noQuestion: true });
  if (commune) await showSites(t, commune);
  await t.ask({ kind: 'need', choices: others.map((p) => ({ id: p.id, label: t.title(p) })), misses: 0 }, t.m.conversation.nextNeeds);
}
