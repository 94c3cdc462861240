/**
 * (c) A new request: small talk, out of scope and emergencies, only a place, several needs, a choice
 * between close procedures, or one procedure answered for the situation the message tells.
 */
import type { Commune } from '../src/knowledge/schemas/commune.js';
import type { Procedure } from '../src/knowledge/schemas/procedure.js';
import { fill, frenchList, isOneOf } from '../src/bot/texts.js';
import { logAnswer, logClarification } from '../src/bot/usage.js';
import { splitAlternatives, splitNeeds } from '../src/orientation/conversation/needs.js';
import { answerProcedure, deskAnswer, help, showSites, sitesOrAsk } from './answers.js';
import type { Turn } from './turn.js';

/** A message naming a commune and at most this many other words is only a place. */
const PLACE_ONLY_REST = 1;

export async function newRequest(t: Turn, commune: Commune | null): Promise<void> {
  const { analysis } = t;
  const m = t.m;
  if (t.reader.medical(t.text) && analysis.intent !== 'procedure') {
    logAnswer(t.context, t.services, { intent: 'out_of_scope', procedure: null, partner: null, unanswered: true, text: t.text });
    return t.menu(`${m.conversation.medical}\n\n${m.replies.outOfScope}`);
  }
  if (isOneOf(t.text, m.commands.findSite) || (commune && onlyPlace(t, commune))) return sitesOrAsk(t, commune ?? t.commune());
  switch (analysis.intent) {
    case 'greeting':
      return t.menu(m.replies.greeting);
    case 'thanks':
      return t.say(m.replies.thanks);
    case 'help':
      return help(t);
    case 'out_of_scope':
      // A commune in a conversation under way ("ah non c pour mon pere il habite chaumont en vexin"): its sites.
      if (commune && t.underWay) return showSites(t, commune);
      // Out of scope with a commune ("il va pleuvoir demain ? j'habite Méru"): the commune is remembered, the refusal stays.
      logAnswer(t.context, t.services, { intent: analysis.intent, procedure: null, partner: null, unanswered: true, text: t.text });
      if (t.agent) return help(t).then(() => t.say(m.replies.outOfScope));
      return t.menu(m.replies.outOfScope);
    default:
      break;
  }
  const needs = t.readInContext ? [] : splitNeeds(t.text, t.services.orientation, analysis);
  if (needs.length >= 2) return severalNeeds(t, needs, commune);
  const either = splitAlternatives(t.text, t.services.orientation);
  if (either.length >= 2 && !t.agent) return clarify(t, either);
  if (analysis.clarify && !t.agent) return clarify(t);
  const procedure = t.procedureOf(analysis);
  if (!procedure) {
    if (commune) return showSites(t, commune);
    logAnswer(t.context, t.services, { intent: analysis.intent, procedure: null, partner: null, unanswered: true, text: t.text });
    return t.say(m.replies.notUnderstood);
  }
  t.setProcedure(procedure);
  // The conversation's own reading first (it knows ages and foreign papers), then the core's.
  t.state.situation =
    t.reader.situation(t.text, procedure.situations, { labels: false }) ??
    (analysis.procedure?.id === procedure.id ? analysis.situation : t.services.orientation.situationOf(t.text, procedure.id));
  if (t.agent) {
    await deskAnswer(t, procedure);
    if (commune) await showSites(t, commune);
    return;
  }
  await answerProcedure(t, procedure, {});
  if (commune) await showSites(t, commune);
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
  const procedures = [...first, ...ranked.filter((p) => !first.includes(p))].slice(0, Math.max(first.length, 4));
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
  await t.say(fill(t.m.conversation.needs, { list: frenchList(names, t.m.language.and), first: t.title(first) }));
  t.setProcedure(first);
  t.state.situation = t.services.orientation.situationOf(t.text, first.id);
  t.state.needs = others.map((p) => p.id);
  if (t.agent) await deskAnswer(t, first);
  else await answerProcedure(t, first, { noQuestion: true });
  if (commune) await showSites(t, commune);
  if (t.agent) {
    for (const other of others) await deskAnswer(t, other);
    return;
  }
  await t.ask({ kind: 'need', choices: others.map((p) => ({ id: p.id, label: t.title(p) })), misses: 0 }, t.m.conversation.nextNeeds);
}
