import { Channels, TurnContext, type Activity } from 'botbuilder';
import { detectPersonalData, REDACTED } from '../orientation/privacy.js';
import type { PersonalDataKind } from '../orientation/types.js';

/** Longest message read; longer ones are cut (analysis time and logs stay bounded). */
export const MAX_INPUT_CHARS = 1000;

export type Input =
  | { kind: 'text'; text: string; truncated: boolean; personalData: PersonalDataKind[]; nothingLeft: boolean }
  | { kind: 'empty' }
  | { kind: 'attachment' }
  | { kind: 'unknownValue' };

/**
 * Reads what the user sent, whatever the channel: typed text, a card button (activity.value),
 * a number answering a numbered list (read by the dialog). Personal data is masked here, before anything else sees it.
 */
export function readInput(activity: Activity): Input {
  if (activity.channelId === Channels.Msteams) TurnContext.removeRecipientMention(activity);
  let text = typeof activity.text === 'string' ? activity.text.trim() : '';
  if (!text && activity.value !== undefined && activity.value !== null) {
    const submitted = (activity.value as { text?: unknown }).text;
    if (typeof submitted !== 'string' || !submitted.trim()) return { kind: 'unknownValue' };
    text = submitted.trim();
  }
  if (!text) return (activity.attachments?.length ?? 0) > 0 ? { kind: 'attachment' } : { kind: 'empty' };
  const truncated = text.length > MAX_INPUT_CHARS;
  if (truncated) text = text.slice(0, MAX_INPUT_CHARS);
  const { kinds, redacted } = detectPersonalData(text);
  const nothingLeft = kinds.length > 0 && !/\p{L}{2,}/u.test(redacted.split(REDACTED).join(' '));
  return { kind: 'text', text: redacted, truncated, personalData: kinds, nothingLeft };
}
