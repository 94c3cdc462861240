import { Channels } from 'botbuilder';
// The module, not the package's index, which loads every prompt and its recognisers (see dialogs/mainDialog.ts).
import { supportsSuggestedActions } from 'botbuilder-dialogs/lib/choices/channel.js';

/** Channels whose clients render Adaptive Cards 1.5. */
const cardChannels = new Set<string>([Channels.Webchat, Channels.Directline, Channels.Msteams, Channels.Emulator]);

/** How to show things on one channel. */
export interface ChannelStyle {
  channelId: string;
  /** Adaptive Cards for answers; otherwise readable plain text. */
  cards: boolean;
  /** Choices as card buttons (Teams hides suggested actions in channels and group chats). */
  cardButtons: boolean;
  /** Choices as suggested actions (quick replies). */
  suggestedActions: boolean;
  /** Choices as a numbered list in the text, answered by their number. */
  numbered: boolean;
}

export function channelStyle(channelId: string | undefined): ChannelStyle {
  const id = channelId ?? 'unknown';
  const cards = cardChannels.has(id);
  const cardButtons = id === Channels.Msteams;
  const suggestedActions = !cardButtons && supportsSuggestedActions(id, 4);
  return { channelId: id, cards, cardButtons, suggestedActions, numbered: !cards };
}
