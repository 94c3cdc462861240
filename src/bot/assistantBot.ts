import {
  ActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type InvokeResponse,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { Language } from '../knowledge/schemas/languages.js';
import { partnerFor } from '../orientation/msa.js';
import { readFeedbackValue } from './feedbackValue.js';
import { readInput, MAX_INPUT_CHARS } from './input.js';
import { StorageUnavailableError } from './storage.js';
import type { BotServices } from './services.js';
import { fill, frenchList } from './texts.js';
import { logFeedback } from './usage.js';

const WEBCHAT_JOIN = 'webchat/join';
const TURN_LANGUAGE = Symbol('turn language');

/** The dialog that answers each cleaned message (dialogs/mainDialog.ts, injected by src/index.ts). */
export interface RootDialog {
  run(context: TurnContext, accessor: StatePropertyAccessor<DialogState>): Promise<void>;
}

/** Welcomes once per conversation, cleans each message, runs the main dialog, saves state after every turn. */
export class AssistantBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(
    private readonly services: BotServices,
    private readonly mainDialog: RootDialog,
  ) {
    super();
    this.dialogState = services.state.conversationState.createProperty<DialogState>('dialogState');

    this.onMembersAdded(async (context, next) => {
      const humans = (context.activity.membersAdded ?? []).filter((m) => m.id !== context.activity.recipient?.id);
      if (humans.length > 0) await this.welcomeOnce(context);
      await next();
    });
    // Web Chat sends no conversationUpdate with the user until they type; it sends this event instead.
    this.onEvent(async (context, next) => {
      if (context.activity.name === WEBCHAT_JOIN) await this.welcomeOnce(context);
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
  }

  /**
   * A failed turn is handled once, by the adapter's turn-failure handler (src/bot/turnFailure.ts: one log
   * line, one apology); here the conversation only starts afresh, so the person is never stuck in a broken
   * question. A state that cannot be saved fails the turn the same way.
   */
  override async run(context: TurnContext): Promise<void> {
    try {
      await super.run(context);
    } catch (err) {
      // A storage that did not answer a read will not answer a write either.
      if (!(err instanceof StorageUnavailableError)) await this.startAfresh(context);
      throw err;
    }
    await this.services.state.save(context);
  }

  private async startAfresh(context: TurnContext): Promise<void> {
    const language = this.turnLanguage(context);
    try {
      await this.services.state.resetConversation(context);
      const fresh = await this.services.state.getConversation(context);
      fresh.welcomed = true;
      // Starting afresh keeps the language the user reads.
      fresh.language = language;
      await this.services.state.save(context);
    } catch (err) {
      this.services.logger?.error({ err }, 'conversation state not saved');
    }
  }

  /** The apology for a failed turn, in the turn's language (said by the turn-failure handler, src/bot/turnFailure.ts). */
  apologyFor(context: TurnContext): string {
    return this.services.texts(this.turnLanguage(context)).replies.error;
  }

  /** The language of this turn's answers, known once the message was read (French before that): no storage access. */
  private turnLanguage(context: TurnContext): Language {
    return (context.turnState.get(TURN_LANGUAGE) as Language | undefined) ?? 'fr';
  }

  /** Bot Framework's health probe (Teams, Azure Bot Service) gets a health result, not "not implemented". */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name === 'healthCheck') return { status: 200, body: { healthResults: { success: true, messages: ['Health check succeeded'] } } };
    return super.onInvokeActivity(context);
  }

  /** A card button sent as a Teams Universal Action (Action.Execute) reads like the same button sent as a message. */
  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const text = (invokeValue.action.data as { text?: unknown } | undefined)?.text;
    if (typeof text !== 'string' || !text.trim()) {
      return { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'Action sans texte.' } };
    }
    context.activity.text = text;
    context.activity.value = undefined;
    await this.handleMessage(context);
    return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: {} };
  }

  private async welcomeOnce(context: TurnContext): Promise<void> {
    const conversation = await this.services.state.getConversation(context);
    if (conversation.welcomed) return;
    conversation.welcomed = true;
    const w = this.services.messages.welcome;
    conversation.pending = { kind: 'menu', choices: this.services.messages.menu.map((label) => ({ id: label, label })), misses: 0 };
    await this.services.responder.menu(context, [w.intro, w.canDo, w.limits, w.privacy].join('\n\n'));
  }

  /** A 👍 / 👎 button under an answer: counted for the pilotage (no text kept), thanked, nothing else. */
  private async opinion(context: TurnContext): Promise<boolean> {
    const value = readFeedbackValue(context.activity.value);
    const procedure = value ? this.services.orientation.procedure(value.procedure) : undefined;
    if (!value || !procedure) return false;
    const conversation = await this.services.state.getConversation(context);
    const helpful = value.feedback === 'yes';
    logFeedback(context, this.services, { procedure: procedure.id, partner: partnerFor(procedure, conversation.regime === 'msa'), text: '' }, helpful);
    const m = this.services.texts(conversation.language).feedback;
    await this.services.responder.say(context, helpful ? m.thanksYes : m.thanksNo);
    return true;
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const conversation = await this.services.state.getConversation(context);
    const input = readInput(context.activity);
    // The language of the answer: asked for ("in English please"), or the message's own when it is clear.
    const choice = input.kind === 'text' ? this.services.orientation.language(input.text, conversation.language) : null;
    if (choice) conversation.language = choice.language;
    context.turnState.set(TURN_LANGUAGE, conversation.language);
    const { responder } = this.services;
    const messages = this.services.texts(conversation.language);
    // A user who writes before any welcome still learns who answers, before the answer.
    if (!conversation.welcomed) {
      conversation.welcomed = true;
      const w = messages.welcome;
      await responder.say(context, [w.intro, w.limits, w.privacy].join('\n\n'));
    }
    if (await this.opinion(context)) return;
    if (input.kind === 'empty') return responder.say(context, messages.input.empty);
    if (input.kind === 'attachment') return responder.say(context, messages.input.attachmentOnly);
    if (input.kind === 'unknownValue') return responder.menu(context, messages.input.unknownChoice);

    if (input.personalData.length > 0) {
      const found = frenchList(
        input.personalData.map((kind) => messages.privacy.kinds[kind]),
        messages.language.and,
      );
      await responder.say(context, fill(messages.privacy.warning, { found }));
    }
    if (input.truncated) await responder.say(context, fill(messages.input.truncated, { max: MAX_INPUT_CHARS }));
    // From here on, only the cleaned text exists: dialogs, state and logs never see the original.
    context.activity.text = input.text;
    context.activity.value = undefined;
    if (input.nothingLeft) return responder.menu(context);
    // "en français svp" alone: said, and the menu in that language.
    if (choice?.alone) return responder.menu(context, messages.language.switched);
    await this.mainDialog.run(context, this.dialogState);
  }
}
