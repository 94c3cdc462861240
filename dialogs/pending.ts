/**
 * (a) An answer to the pending question, in free words, by its label or by its number: a situation,
 * yes or no to the MSA question, a commune, a choice among procedures, needs or details. An answer that
 * does not answer gets the question once more in other words, then the general answer and a person.
 */
import type { Commune } from '../src/knowledge/schemas/commune.js';
import type { FollowUpTopic } from '../src/knowledge/schemas/conversation.js';
import type { Situation } from '../src/knowledge/schemas/procedure.js';
import type { PendingQuestion } from '../src/bot/conversationState.js';
import { fill } from '../src/bot/texts.js';
import { answerProcedure, partnerLine, procedureTopic, regimeNoWithPartner, showSites, showSitesAsked, sitesOrAsk, wayToPerson } from './answers.js';
import { linesAbout } from '../src/orientation/conversation/inProcedure.js';
import { newRequest } from './newRequest.js';
import { SWITCH_CONFIDENCE, type Turn } from './turn.js';

/** An answer naming a procedure not offered this surely is a new request. */
const SURE_OTHER = 0.5;
/** An offered procedure fits an answer whose reading scores it this much. */
const MIN_FIT = 0.05;
/** What a question about the procedure asks (its costs, papers, delays, what is online), rather than an answer. */
const DETAIL_TOPICS: readonly FollowUpTopic[] = ['cost', 'documents', 'delay', 'online'];
/** Unreadable answers to one question before the general answer and the way to a person. */
const MAX_MISSES = 2;

/** A digit answering the pending numbered question; out of range, the valid numbers and the choices again. */
export async function answerNumber(t: Turn, text: string): Promise<boolean> {
  const digit = /^(\d{1,2})\s*[.)]?$/.exec(text);
  const pending = t.state.pending;
  if (!digit || !pending || pending.choices.length === 0) return false;
  const choice = pending.choices[Number(digit[1]) - 1];
  if (!choice) await repeatChoices(t, pending);
  else await choose(t, pending, choice);
  return true;
}

export async function answerPending(t: Turn, pending: PendingQuestion, commune: Commune | null): Promise<boolean> {
  const byLabel = t.reader.choice(
    t.text,
    pending.choices.map((c) => c.label),
  );
  if (pending.kind === 'situation') {
    const procedure = t.procedure();
    if (!procedure) return false;
    const offered = pending.choices.map((c) => procedure.situations.find((s) => s.id === c.id)).filter((s): s is Situation => !!s);
    // Also the label as shown, in the conversation's language ("I only have a student visa": "Student").
    const shownLabel = t.reader.choice(
      t.text,
      pending.choices.map((c) => c.label),
      { loose: true },
    );
    const named = t.reader.situation(t.text, offered);
    // "c'est combien le timbre fiscal ?" while the situation is asked: a question about the procedure (its costs,
    // papers, delays), not an answer, unless it names the situation ("et le timbre pour un enfant ?": that one's).
    const detail = t.reader.question(t.text) ? t.reader.topics(t.text).find((x) => DETAIL_TOPICS.includes(x)) : undefined;
    if (detail && !named) {
      t.state.pending = null;
      return false;
    }
    const id = named ?? (byLabel !== null ? pending.choices[byLabel]?.id : null) ?? (shownLabel !== null ? pending.choices[shownLabel]?.id : null);
    if (id) {
      t.state.pending = null;
      t.state.situation = id;
      if (detail) {
        t.state.topic = detail;
        await procedureTopic(t, procedure, detail);
        return true;
      }
      await answerProcedure(t, procedure, {});
      if (commune) await showSites(t, commune);
      return true;
    }
    const yesNo = t.reader.yesNo(t.text);
    if (yesNo && procedure.msaAlternative && t.state.regime === 'unknown') {
      // "non, salarié normal": the answer to the MSA question the user expected.
      t.setRegime(yesNo === 'yes' ? 'msa' : 'no');
      t.state.pending = null;
      await t.say(yesNo === 'yes' ? t.m.conversation.regimeNoted : t.m.conversation.regimeNo);
      await answerProcedure(t, procedure, { repeat: true });
      return true;
    }
    // "j'étais maçon toute ma vie dans le bâtiment", "nan jsuis pas agriculteur jsuis au chomage": the person,
    // not one of the situations offered; the answer for every situation (with the regime said), never the question again.
    if (t.answersAboutSelf() && !commune) {
      t.state.pending = null;
      await answerProcedure(t, procedure, { general: true });
      return true;
    }
    if (t.regimeChanged && !t.newProcedure()) {
      t.state.pending = null;
      await answerProcedure(t, procedure, { repeat: true });
      return true;
    }
    return missed(t, pending, commune);
  }
  if (pending.kind === 'regime') {
    const procedure = t.procedure();
    const said = t.analysis.regime === 'msa' ? 'msa' : t.analysis.regimeDenied ? 'no' : t.reader.yesNo(t.text);
    if (said && procedure) {
      t.state.pending = null;
      const regime = said === 'yes' || said === 'msa' ? 'msa' : 'no';
      t.setRegime(regime);
      if (regime === 'msa') {
        await t.say(t.m.orientation.regimeMsa);
        await answerProcedure(t, procedure, { repeat: true });
      } else await regimeNoWithPartner(t, procedure);
      if (commune) await showSites(t, commune);
      return true;
    }
    return missed(t, pending, commune);
  }
  if (pending.kind === 'commune') {
    const found = commune ?? lookupAnswer(t);
    if (found) {
      t.state.pending = null;
      await showSitesAsked(t, found);
      await partnerLine(t);
      return true;
    }
    return missed(t, pending, commune);
  }
  if (byLabel !== null) {
    const choice = pending.choices[byLabel];
    if (choice) {
      await choose(t, pending, choice);
      return true;
    }
  }
  // "je vois mes remboursements ou alors ?" to "which procedure?": the offered one the answer fits best,
  // unless it clearly names one that was not offered.
  if (pending.kind === 'procedure' || pending.kind === 'need') {
    const fit = fittingChoice(t, pending);
    if (fit) {
      await choose(t, pending, fit);
      return true;
    }
  }
  // "ok je le fais comment alors" to "which procedure?": the first one offered (the one the message named
  // in its own words, else the classifier's best), rather than a refusal.
  const first = pending.choices[0];
  if (pending.kind === 'procedure' && first && t.analysis.intent !== 'procedure' && t.reader.vague(t.text)) {
    await choose(t, pending, first);
    return true;
  }
  // Menus, choices of procedures and details: anything else is a new message.
  t.state.pending = null;
  return false;
}

/** The offered procedure the message's reading ranks highest (ties: the order offered), if any fits. */
function fittingChoice(t: Turn, pending: PendingQuestion): PendingQuestion['choices'][number] | null {
  // Read alone: the choices offered are the context ("c'est pour compléter ma retraite à moi" to the ASPA offered
  // after a death's procedures is the ASPA, not the death's procedures the context would read it as).
  const analysis = t.alone ?? t.analysis;
  if (analysis.intent !== 'procedure') return null;
  const offered = pending.choices.filter((c) => t.services.orientation.procedure(c.id));
  const other = analysis.procedure && !offered.some((c) => c.id === analysis.procedure?.id);
  if (other && !analysis.clarify && analysis.confidence >= SURE_OTHER) return null;
  const scored = offered
    .map((choice) => ({ choice, score: analysis.alternatives.find((a) => a.id === choice.id)?.score ?? 0 }))
    .filter((x) => x.score >= MIN_FIT);
  const best = Math.max(0, ...scored.map((x) => x.score));
  return scored.find((x) => x.score === best)?.choice ?? null;
}

/** A short answer to "dans quelle commune ?": a name (with typos) or a postal code. */
function lookupAnswer(t: Turn): Commune | null {
  if (t.reader.length(t.text) > 6) return null;
  const found = t.findCommune(t.text, { alone: true });
  return found ? t.rememberCommune({ status: 'found', commune: found }) : null;
}

/**
 * An answer that does not answer: a new request or a follow-up is read as such (the question is
 * dropped); otherwise the question once more in other words, then the general answer and a person.
 */
async function missed(t: Turn, pending: PendingQuestion, commune: Commune | null): Promise<boolean> {
  // "je voudrais un billet de train de Beauvais à Paris": a request of its own that names a town, not the place asked.
  if (commune && t.analysis.intent === 'out_of_scope' && !t.onlyPlace(commune)) {
    t.state.pending = null;
    return false;
  }
  const newOne = t.analysis.intent !== 'procedure' ? t.analysis.intent !== 'out_of_scope' : t.newProcedure() !== null;
  const topics = t.reader.topics(t.text);
  if (newOne || topics.length > 0 || t.reader.elliptic(t.text) || t.reader.weekday(t.text) || t.reader.there(t.text)) {
    t.state.pending = null;
    return false;
  }
  // "comment je fais pour l'APL ?" while its situation is asked: the answer for every situation.
  const procedure = t.procedure();
  // (Named by the message itself, not only read in the context of the procedure: "jhabite resson sur matz".)
  const namesIt = t.analysis.procedure?.id === procedure?.id && !t.readInContext;
  if (pending.kind === 'situation' && procedure && namesIt && t.analysis.confidence >= SWITCH_CONFIDENCE) {
    t.state.pending = null;
    await answerProcedure(t, procedure, { general: true });
    return true;
  }
  // "et sa retraite il faut prévenir qui ?" while the situation is asked: a question, not an answer. The
  // procedure it names in the context of this one; else the lines of this one that answer it, else its
  // answer for every situation: never the same question again.
  // To the MSA question, the procedure's answer again, with the question in other words.
  // A vague one ("ok jfais comment alors") gets the answer for every situation.
  const vague = t.reader.vague(t.text);
  if ((pending.kind === 'situation' || pending.kind === 'regime') && procedure && !commune && (vague || t.reader.question(t.text))) {
    t.state.pending = null;
    const other = t.contextProcedure();
    if (other) {
      t.setProcedure(other);
      t.state.situation = t.reader.situation(t.text, other.situations, { labels: false });
      await answerProcedure(t, other, {});
      return true;
    }
    if (pending.kind === 'regime') {
      await answerProcedure(t, procedure, { repeat: true });
      return true;
    }
    const view = t.view(procedure);
    const lines = vague ? [] : linesAbout(t.reader.simple(t.text).split(' '), view, t.reader.simple, t.reader.stopword);
    if (lines.length > 0) await t.say([view.title, ...lines].join('\n'));
    else await answerProcedure(t, procedure, { general: true });
    return true;
  }
  // "je gagne 1300 par mois" to the situation question: a fact, not a situation; the answer for every situation.
  if (pending.kind === 'situation' && procedure && t.reader.figure(t.text) && !commune) {
    t.state.pending = null;
    await answerProcedure(t, procedure, { general: true });
    return true;
  }
  if (commune) {
    // A commune given while a question is open: the sites, and the question stays.
    await showSitesAsked(t, commune);
    if (pending.kind !== 'commune') return true;
  }
  const misses = pending.misses + 1;
  if (misses >= MAX_MISSES) {
    t.state.pending = null;
    if (procedure && pending.kind === 'situation') {
      t.state.situation = null;
      await t.say(t.m.conversation.giveUp);
      await answerProcedure(t, procedure, { general: true });
    } else await t.say(t.m.conversation.human);
    await wayToPerson(t);
    return true;
  }
  await t.ask({ ...pending, misses }, t.againText(pending.kind));
  return true;
}

async function repeatChoices(t: Turn, pending: PendingQuestion): Promise<void> {
  await t.ask(pending, fill(t.m.conversation.outOfRange, { max: pending.choices.length }), { reworded: true });
}

/** A choice picked by its number or its label. */
async function choose(t: Turn, pending: PendingQuestion, choice: { id: string; label: string }): Promise<void> {
  t.state.pending = null;
  const procedure = t.procedure();
  switch (pending.kind) {
    case 'situation':
      t.state.situation = choice.id;
      if (procedure) await answerProcedure(t, procedure, {});
      return;
    case 'regime':
      t.analysis = t.services.orientation.analyze(choice.label);
      t.setRegime(choice.id === 'yes' ? 'msa' : 'no');
      if (choice.id === 'yes' && procedure) {
        await t.say(t.m.orientation.regimeMsa);
        await answerProcedure(t, procedure, { repeat: true });
      } else if (procedure) await regimeNoWithPartner(t, procedure);
      return;
    case 'procedure':
    case 'need': {
      const picked = t.services.orientation.procedure(choice.id);
      if (!picked) {
        await t.say(t.m.replies.otherThing);
        return;
      }
      t.state.needs = t.state.needs.filter((n) => n !== picked.id);
      t.setProcedure(picked);
      t.analysis = t.services.orientation.analyze(choice.label);
      await answerProcedure(t, picked, {});
      return;
    }
    case 'detail':
      if (choice.id === 'sites') await sitesOrAsk(t);
      else if (procedure) await procedureTopic(t, procedure, choice.id as FollowUpTopic);
      return;
    default:
      t.text = choice.label;
      t.analysis = t.services.orientation.analyze(choice.label);
      await newRequest(t, t.commune());
  }
}
