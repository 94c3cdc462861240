import { ActivityTypes, CardFactory, MessageFactory, type Activity } from 'botbuilder';
import { actionSet, adaptiveCard, submit, text } from './card.js';
import type { ChannelStyle } from './channel.js';

/**
 * A message with choices, shown the way the channel can: card buttons on Teams, suggested actions
 * where supported, a numbered list on text-only channels. Every choice answers with its label as text.
 */
export function questionActivity(style: ChannelStyle, question: string, choices: readonly string[], numberHint: string): Partial<Activity> {
  if (choices.length === 0) return plainActivity(question);
  if (style.cardButtons) {
    const card = adaptiveCard([text(question), actionSet(choices.map(submit))]);
    return { type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(card)] };
  }
  const body = style.numbered ? `${question}\n\n${numberedList(choices)}\n\n${numberHint}` : question;
  const activity = style.suggestedActions ? MessageFactory.suggestedActions([...choices], body) : MessageFactory.text(body);
  activity.textFormat = 'plain';
  return activity;
}

export function numberedList(items: readonly string[]): string {
  return items.map((item, i) => `${i + 1}. ${item}`).join('\n');
}

/** Plain text (never read as markdown). */
export function plainActivity(content: string): Partial<Activity> {
  const activity = MessageFactory.text(content);
  activity.textFormat = 'plain';
  return activity;
}
