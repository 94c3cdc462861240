import type { TurnContext } from 'botbuilder';
import type { Commune } from '../src/knowledge/schemas/commune.js';
import type { ConversationStateData } from '../src/bot/conversationState.js';
import type { BotServices } from '../src/bot/services.js';
import type { UserProfile } from '../src/bot/state.js';
import { answerProcedure, showSites } from './answers.js';
import { command } from './commands.js';
import { followUp, SITE_TOPICS } from './followUps.js';
import { newRequest } from './newRequest.js';
import { answerNumber, answerPending } from './pending.js';
import { Turn, type ConversationTools } from './turn.js';

/**
 * One turn of the conversation, read in this order: commands (commands.ts); an answer to the pending
 * question — free words, yes/no, a commune, a number (pending.ts); a follow-up on what was just shown
 * (followUps.ts); a new request (newRequest.ts). What the message says about the regime or the commune
 * is remembered whatever else it says. What is shown is in answers.ts; the shared state of the turn in
 * turn.ts.
 */
export class Conversation {
  private readonly t: Turn;

  constructor(services: BotServices, tools: ConversationTools, context: TurnContext, state: ConversationStateData, profile: UserProfile) {
    this.t = new Turn(services, tools, context, state, profile);
  }

  async read(raw: string): Promise<void> {
    const { t } = this;
    const text = raw.trim();
    t.text = text;
    if (await command(t, text)) return;
    // A digit answers the pending numbered question; out of range, the choices again.
    if (await answerNumber(t, text)) return;
    // No regime context: `analysis.regime` then says what this message itself tells (the partner is chosen here).
    const alone = t.services.orientation.analyze(text);
    t.setMessageAnalysis(alone);
    t.analysis = t.inContext(alone);
    t.regimeChanged = this.rememberRegime();
    const commune = t.rememberCommune(t.communeOfMessage()) ?? this.placeInQuestion();
    const pending = t.state.pending;
    if (t.regimeChanged && pending?.kind !== 'regime') await t.say(this.regimeText());
    // "il ne respire plus" while a question is open: the emergency numbers first, not an answer to the question.
    if (t.reader.emergency(text)) {
      t.state.pending = null;
      return newRequest(t, commune);
    }
    // "et les impôts aussi ?" after a job loss: what the event calls for there, even while a question is open.
    const related = t.relatedProcedure(alone);
    if (related) {
      t.state.pending = null;
      await this.feeling();
      t.setProcedure(related.procedure, { event: related.event });
      t.state.situation = related.situation;
      await answerProcedure(t, related.procedure, {});
      if (commune) await showSites(t, commune);
      return;
    }
    if (pending && (await answerPending(t, pending, commune))) return;
    await this.feeling();
    const current = t.procedure();
    if (t.regimeChanged && current && !t.newProcedure()) {
      await answerProcedure(t, current, { repeat: true });
      if (commune) await showSites(t, commune);
      return;
    }
    if (await followUp(t, commune)) return;
    await newRequest(t, commune);
  }

  /**
   * "oui je suis exploitant agricole", "jsuis agriculteur", "non je suis pas agricultrice": what the core
   * read of the person (a negation elsewhere, "j'arrive pas à payer", does not deny the job).
   */
  private rememberRegime(): boolean {
    const { t } = this;
    if (t.analysis.regime !== 'msa' && !t.analysis.regimeDenied) return false;
    const next = t.analysis.regime === 'msa' ? 'msa' : 'no';
    if (next === t.state.regime) return false;
    t.setRegime(next);
    return true;
  }

  /** What the regime just read is, said to the person; at the desk, of the usager's file, without "vous" (it is not the agent's). */
  private regimeText(): string {
    const { t } = this;
    const c = t.m.conversation;
    if (t.agent) return t.state.regime === 'msa' ? c.regimeNotedDesk : c.regimeNoDesk;
    return t.state.regime === 'msa' ? c.regimeNoted : c.regimeNo;
  }

  /** "je cherche une france services à beauvai", "horaires pont ste max": a place the core did not see. */
  private placeInQuestion(): Commune | null {
    const { t } = this;
    const topics = t.reader.topics(t.text);
    const asksPlace =
      t.state.pending?.kind === 'commune' ||
      topics.includes('sites') ||
      topics.includes('human') ||
      (t.site() === null && topics.some((x) => SITE_TOPICS.includes(x)));
    // "il habite a bretueil": a commune right after a place cue, cut short or with a typo.
    const found = asksPlace ? t.findCommune(t.text, { place: true }) : t.findCommune(t.text, { cued: true });
    return found ? t.rememberCommune({ status: 'found', commune: found }) : null;
  }

  private async feeling(): Promise<void> {
    const { t } = this;
    const feeling = t.reader.feeling(t.text);
    // Nothing to help with ("il va pleuvoir demain ?"): no "Voici ce qu'il faut faire" before a refusal.
    const nothingAsked = t.analysis.intent !== 'procedure' && t.reader.topics(t.text).length === 0;
    if (feeling && !t.agent && !nothingAsked) await t.say(t.m.conversation.feelings[feeling]);
  }
}
