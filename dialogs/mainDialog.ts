import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, WaterfallDialog, type DialogState, type WaterfallStepContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Analysis } from '../src/orientation/types.js';
import { deskText } from '../src/bot/render/desk.js';
import type { BotServices } from '../src/bot/services.js';
import { fill, isOneOf, simplify } from '../src/bot/texts.js';
import { logAnswer, logFeedback } from '../src/bot/usage.js';
import { createWhereOnly } from '../src/bot/whereOnly.js';
import { InterruptibleDialog } from './interruptibleDialog.js';
import { LocationDialog, LOCATION_DIALOG } from './locationDialog.js';
import { OrientationDialog, ORIENTATION_DIALOG, type OrientationOptions } from './orientationDialog.js';
import { isRedirect } from './prompts.js';

export const MAIN_DIALOG = 'mainDialog';
const MAIN_WATERFALL = 'mainWaterfall';
/** Below this confidence, what remains of "France services près de …" is not a procedure question. */
const SURE_PROCEDURE = 0.5;

/** Routes each message: commands, feedback, small talk, agent desk answers, or an orientation. */
export class MainDialog extends InterruptibleDialog {
  /** "j'habite à Songeons": the message only says where the user lives. */
  private readonly whereOnly: ReturnType<typeof createWhereOnly>;

  constructor(services: BotServices) {
    super(MAIN_DIALOG, services);
    this.whereOnly = createWhereOnly(services.orientation.knowledge);
    this.addDialog(new OrientationDialog(services));
    this.addDialog(new LocationDialog(services));
    this.addDialog(new WaterfallDialog(MAIN_WATERFALL, [this.routeStep.bind(this), this.finalStep.bind(this)]));
    this.initialDialogId = MAIN_WATERFALL;
  }

  /** Continues the current question, or starts routing a new message. */
  async run(context: TurnContext, accessor: StatePropertyAccessor<DialogState>): Promise<void> {
    const dialogSet = new DialogSet(accessor);
    dialogSet.add(this);
    const dc = await dialogSet.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  /** Decides what the message is and answers it, or starts the dialog that will. */
  private async routeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { context } = step;
    const text = context.activity.text ?? '';
    const { commands, replies } = this.services.messages;
    const { responder, state } = this.services;
    const conversation = await state.getConversation(context);
    const pending = conversation.pendingFeedback;
    conversation.pendingFeedback = undefined;

    if (isOneOf(text, commands.reset)) {
      await state.resetConversation(context);
      // Fresh conversation, but the user already knows who answers.
      (await state.getConversation(context)).welcomed = true;
      await responder.menu(context, replies.reset);
      return step.endDialog();
    }
    if (isOneOf(text, commands.help)) return this.help(step);
    if (simplify(text).startsWith(simplify(commands.desk))) return this.desk(step, text.trim().slice(commands.desk.length).trim());
    if (pending && isOneOf(text, [...commands.feedbackYes, ...commands.feedbackNo])) {
      const helpful = isOneOf(text, commands.feedbackYes);
      await logFeedback(context, this.services, pending, helpful);
      await responder.say(context, helpful ? this.services.messages.feedback.thanksYes : this.services.messages.feedback.thanksNo);
      return step.endDialog();
    }
    const last = conversation.lastAnswer;
    if (last && isOneOf(text, commands.otherSituation)) {
      const options: OrientationOptions = { analysis: null, text: last.text, otherThan: { procedure: last.procedure, situation: last.situation } };
      return step.beginDialog(ORIENTATION_DIALOG, options);
    }
    if (isOneOf(text, commands.other)) {
      await responder.say(context, replies.otherThing);
      return step.endDialog();
    }
    return this.understand(step, text);
  }

  /** Asks the core what the message means, remembering the regime and commune it mentions. */
  private async understand(step: WaterfallStepContext, text: string): Promise<DialogTurnResult> {
    const { context } = step;
    const { orientation, responder, messages, state } = this.services;
    const profile = await state.getProfile(context);
    const analysis = orientation.analyze(text, { regime: profile.regime });
    if (analysis.regime === 'msa') profile.regime = 'msa';

    if (isOneOf(text, messages.commands.findSite) || this.asksForSite(text) || this.whereOnly(text, analysis.location)) {
      return step.beginDialog(LOCATION_DIALOG, { lookup: analysis.location ?? undefined });
    }
    switch (analysis.intent) {
      case 'greeting':
        await responder.menu(context, messages.replies.greeting);
        return step.endDialog();
      case 'thanks':
        await responder.say(context, messages.replies.thanks);
        return step.endDialog();
      case 'help':
        return this.help(step);
      case 'out_of_scope':
        await logAnswer(context, this.services, { intent: analysis.intent, procedure: null, partner: null, unanswered: true, text });
        await responder.menu(context, messages.replies.outOfScope);
        return step.endDialog();
      default:
        return this.orient(step, analysis, text);
    }
  }

  /** "France services près de Clermont": once "France services" is removed, no procedure is left. */
  private asksForSite(text: string): boolean {
    const simple = simplify(text);
    if (!simple.includes('france services')) return false;
    const rest = simple.replace(/france services?/g, ' ');
    const analysis = this.services.orientation.analyze(rest);
    return analysis.procedure === null || analysis.confidence < SURE_PROCEDURE;
  }

  private async orient(step: WaterfallStepContext, analysis: Analysis, text: string): Promise<DialogTurnResult> {
    const { context } = step;
    if (!analysis.procedure) {
      await logAnswer(context, this.services, { intent: analysis.intent, procedure: null, partner: null, unanswered: true, text });
      await this.services.responder.say(context, this.services.messages.replies.notUnderstood);
      return step.endDialog();
    }
    // Agents at the desk want a short answer, without questions back.
    if (this.services.agentChannels.includes(context.activity.channelId)) return this.deskAnswer(step, analysis.procedure.id, analysis, 'procedure');
    return step.beginDialog(ORIENTATION_DIALOG, { analysis, text } satisfies OrientationOptions);
  }

  /** "/fiche <id or words>": a desk answer for an agent. */
  private async desk(step: WaterfallStepContext, query: string): Promise<DialogTurnResult> {
    const { orientation, responder, messages } = this.services;
    if (!query) {
      await responder.say(step.context, messages.desk.usage);
      return step.endDialog();
    }
    const byId = orientation.procedure(simplify(query).replace(/\s+/g, '-'));
    if (byId) return this.deskAnswer(step, byId.id, null, 'desk');
    const analysis = orientation.analyze(query);
    if (analysis.procedure) return this.deskAnswer(step, analysis.procedure.id, analysis, 'desk');
    await logAnswer(step.context, this.services, { intent: 'desk', procedure: null, partner: null, unanswered: true, text: query });
    await responder.say(step.context, `${fill(messages.desk.notFound, { query })}\n${messages.desk.usage}`);
    return step.endDialog();
  }

  private async deskAnswer(step: WaterfallStepContext, id: string, analysis: Analysis | null, intent: string): Promise<DialogTurnResult> {
    const { orientation, messages, responder } = this.services;
    const procedure = orientation.procedureView(id);
    if (!procedure) return step.endDialog();
    const partner = orientation.partner(procedure.partner);
    const others = analysis?.clarify ? analysis.alternatives.filter((a) => a.id !== id).map((a) => `/fiche ${a.id}`) : [];
    const also = others.length ? `\n${fill(messages.desk.alsoSee, { ids: others.join(', ') })}` : '';
    await responder.say(step.context, deskText(procedure, partner, messages.desk, messages.answer.free) + also);
    await logAnswer(step.context, this.services, { intent, procedure: procedure.id, partner: procedure.partner, unanswered: false });
    return step.endDialog();
  }

  private async help(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.services.responder.menu(step.context, this.services.messages.replies.help);
    return step.endDialog();
  }

  /** A question answered with something else: that text is a new message, routed from the start. */
  private async finalStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (isRedirect(step.result)) return step.replaceDialog(MAIN_WATERFALL);
    return step.endDialog();
  }
}
