import { CardFactory, type Activity, type TurnContext } from 'botbuilder';
import type { Messages } from '../knowledge/schemas/messages.js';
import type { AdaptiveCardJson } from './render/card.js';
import { channelStyle } from './render/channel.js';
import { plainActivity, questionActivity } from './render/question.js';

/** Longest plain-text message sent (SMS and other text channels): longer texts go out in several messages. */
export const MAX_MESSAGE_CHARS = 1000;

/** Cuts a text at paragraph, then line, then word boundaries into parts of at most `max` characters. */
export function splitMessage(text: string, max = MAX_MESSAGE_CHARS): string[] {
  if (text.length <= max) return [text];
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const cut = Math.max(window.lastIndexOf('\n\n'), window.lastIndexOf('\n'));
    const at = cut > max / 3 ? cut : Math.max(window.lastIndexOf(' '), 1);
    parts.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) parts.push(rest);
  return parts;
}

/** Sends what the bot says in the form each channel shows best. */
export class Responder {
  constructor(private readonly messages: Messages) {}

  style(context: TurnContext) {
    return channelStyle(context.activity.channelId);
  }

  async say(context: TurnContext, text: string): Promise<void> {
    const parts = this.style(context).cards ? [text] : splitMessage(text);
    for (const part of parts) await context.sendActivity(plainActivity(part));
  }

  /** A question with choices: buttons, suggested actions or a numbered list, as the channel shows best. */
  async ask(context: TurnContext, question: string, choices: readonly string[]): Promise<void> {
    await context.sendActivity(this.question(context, question, choices));
  }

  question(context: TurnContext, question: string, choices: readonly string[]): Partial<Activity> {
    return questionActivity(this.style(context), question, choices, this.messages.input.numberHint);
  }

  /** A card where cards are shown, otherwise the same content as plain text. */
  async card(context: TurnContext, card: AdaptiveCardJson, asText: string): Promise<void> {
    if (this.style(context).cards) await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
    else await this.say(context, asText);
  }

  /** Optional lead sentence followed by the menu of common needs. */
  async menu(context: TurnContext, lead?: string): Promise<void> {
    const prompt = this.messages.welcome.prompt;
    await this.ask(context, lead ? `${lead}\n\n${prompt}` : prompt, this.messages.menu);
  }
}
