import { CardFactory, type Activity, type TurnContext } from 'botbuilder';
import type { Messages } from '../knowledge/schemas/messages.js';
import type { AdaptiveCardJson } from './render/card.js';
import { channelStyle } from './render/channel.js';
import { plainActivity, questionActivity } from './render/question.js';
import type { BotState } from './state.js';

/** Sends what the bot says in the form each channel shows best, and remembers the choices offered. */
export class Responder {
  constructor(
    private readonly messages: Messages,
    private readonly state: BotState,
  ) {}

  style(context: TurnContext) {
    return channelStyle(context.activity.channelId);
  }

  async say(context: TurnContext, text: string): Promise<void> {
    await context.sendActivity(plainActivity(text));
  }

  /** A question with choices; the choices are remembered so that a number answers it. */
  async ask(context: TurnContext, question: string, choices: readonly string[]): Promise<void> {
    await context.sendActivity(await this.question(context, question, choices));
  }

  /** The question activity, for prompts that send it themselves. */
  async question(context: TurnContext, question: string, choices: readonly string[]): Promise<Partial<Activity>> {
    const data = await this.state.getConversation(context);
    data.offered = [...choices];
    return questionActivity(this.style(context), question, choices, this.messages.input.numberHint);
  }

  /** A card where cards are shown, otherwise the same content as plain text. */
  async card(context: TurnContext, card: AdaptiveCardJson, asText: string): Promise<void> {
    const activity = this.style(context).cards ? { attachments: [CardFactory.adaptiveCard(card)] } : plainActivity(asText);
    await context.sendActivity(activity);
  }

  /** Optional lead sentence followed by the menu of common needs. */
  async menu(context: TurnContext, lead?: string): Promise<void> {
    const prompt = this.messages.welcome.prompt;
    await this.ask(context, lead ? `${lead}\n\n${prompt}` : prompt, this.messages.menu);
  }
}
