/**
 * Commands, read before anything else: reset, help, and the desk commands of the agents (`fiche
 * <démarche>`, `sites <commune>`, `horaires <commune>`), whose list lives in knowledge/conversation.yaml.
 */
import { siteWeekText } from '../src/bot/render/followUp.js';
import { fill, isOneOf, simplify } from '../src/bot/texts.js';
import { logAnswer } from '../src/bot/usage.js';
import { createCommandMatcher } from '../src/orientation/conversation/commandWord.js';
import { deskAnswer, help, showSites } from './answers.js';
import type { Turn } from './turn.js';

const matchers = new Map<string, (word: string) => string | null>();
/** The command matcher for these names (one per list of names, built once). */
function commandWord(names: readonly string[]): (word: string) => string | null {
  const key = names.join('|');
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = createCommandMatcher(names);
    matchers.set(key, matcher);
  }
  return matcher;
}

/** Runs the command the message is, if it is one. */
export async function command(t: Turn, text: string): Promise<boolean> {
  const { commands } = t.m;
  if (isOneOf(text, commands.reset)) {
    await t.services.state.resetConversation(t.context);
    const fresh = await t.services.state.getConversation(t.context);
    fresh.welcomed = true;
    fresh.language = t.state.language;
    await t.menu(t.m.replies.reset, fresh);
    return true;
  }
  if (isOneOf(text, commands.help)) {
    await help(t);
    return true;
  }
  const simple = simplify(text);
  const [typed = '', ...rest] = simple.replace(/^\//, '').split(' ');
  const query = rest.join(' ').trim();
  const names = t.m.conversation.agentCommands.map((c) => c.name);
  // At the desk (or after "/"), a command word with a typo still counts ("horaire noyon", "site creil").
  const word = t.agent || simple.startsWith('/') ? (commandWord(names)(typed) ?? typed) : typed;
  const known = names.includes(word);
  const deskPrefix = simplify(commands.desk).replace(/^\//, '');
  if (simple.startsWith('/') || (known && (t.agent || query))) {
    if (word === deskPrefix || word === 'fiche') return deskCommand(t, query).then(() => true);
    if (word === 'sites' || word === 'horaires') return sitesCommand(t, query, word === 'horaires');
  }
  return false;
}

async function deskCommand(t: Turn, query: string): Promise<void> {
  const { orientation } = t.services;
  if (!query) return t.services.responder.say(t.context, fill(t.m.conversation.agentUsage, { example: example(t, 'fiche') }));
  const procedure = orientation.procedure(simplify(query).replace(/\s+/g, '-')) ?? t.procedureOf(orientation.analyze(query));
  if (!procedure) {
    logAnswer(t.context, t.services, { intent: 'desk', procedure: null, partner: null, unanswered: true, text: query });
    return t.services.responder.say(t.context, `${fill(t.m.desk.notFound, { query })}\n${fill(t.m.conversation.agentUsage, { example: example(t, 'fiche') })}`);
  }
  t.setProcedure(procedure);
  t.state.situation = null;
  await deskAnswer(t, procedure);
}

async function sitesCommand(t: Turn, query: string, hours: boolean): Promise<boolean> {
  if (!query) {
    await t.services.responder.say(t.context, fill(t.m.conversation.agentUsage, { example: example(t, hours ? 'horaires' : 'sites') }));
    return true;
  }
  // "horaire du bus de Compiègne à Noyon": a topic no public service handles, no command about France services.
  const read = t.services.orientation.analyze(t.text);
  if (read.intent === 'out_of_scope' && read.outOfScopeTopic) return false;
  const found = t.findCommune(query, { alone: true });
  if (!found) {
    // "horaires du vendredi ?": not a commune, so a follow-up on the sites shown, read as any message.
    if (t.reader.weekday(query) || t.reader.halfDay(query) || t.reader.topics(query).length > 0) return false;
    await t.say(`${t.m.conversation.communeAgain}\n${fill(t.m.conversation.agentUsage, { example: example(t, hours ? 'horaires' : 'sites') })}`);
    return true;
  }
  await showSites(t, found);
  const first = t.site();
  if (hours && first) await t.say(siteWeekText(first, t.m.conversation, t.m.hours));
  return true;
}

function example(t: Turn, name: string): string {
  return t.m.conversation.agentCommands.find((c) => c.name === name)?.example ?? name;
}
