import { CardFactory, type Activity, type TurnContext } from 'botbuilder';
import { locales, type Language } from '../knowledge/schemas/languages.js';
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

/**
 * Sends what the bot says in the form each channel shows best, in the conversation's language: its own
 * texts (menu, number hint) in that language, and every activity with that `locale`, so that Web Chat
 * marks an English answer `lang="en"` on a French page and screen readers switch voice.
 */
export class Responder {
  constructor(
    private readonly texts: (language: Language) => Messages,
    /** The conversation's language at the time of sending (French when unknown). */
    private readonly languageOf: (context: TurnContext) => Promise<Language> = async () => 'fr',
  ) {}

  style(context: TurnContext) {
    return channelStyle(context.activity.channelId);
  }

  /** `language`: the language of the activity's content when it is not the conversation's (a French answer in an English conversation). */
  private async send(context: TurnContext, activity: Partial<Activity>, language?: Language): Promise<void> {
    await context.sendActivity({ ...activity, locale: locales[language ?? (await this.languageOf(context))] });
  }

  async say(context: TurnContext, text: string, options: { language?: Language } = {}): Promise<void> {
    const parts = this.style(context).cards ? [text] : splitMessage(text);
    for (const part of parts) await this.send(context, plainActivity(part), options.language);
  }

  /** A question with choices: buttons, suggested actions or a numbered list, as the channel shows best. */
  async ask(context: TurnContext, question: string, choices: readonly string[]): Promise<void> {
    const m = this.texts(await this.languageOf(context));
    await this.send(context, questionActivity(this.style(context), question, choices, m.input.numberHint));
  }

  /** A card where cards are shown, otherwise the same content as plain text; `language` as for `send`. */
  async card(context: TurnContext, card: AdaptiveCardJson, asText: string, options: { language?: Language } = {}): Promise<void> {
    if (this.style(context).cards) await this.send(context, { attachments: [CardFactory.adaptiveCard(card)] }, options.language);
    else await this.say(context, asText, options);
  }

  /** Optional lead sentence followed by the menu of common needs. */
  async menu(context: TurnContext, lead?: string): Promise<void> {
    const m = this.texts(await this.languageOf(context));
    await this.ask(context, lead ? `${lead}\n\n${m.welcome.prompt}` : m.welcome.prompt, m.menu);
  }
}
