import type { ConversationState, StatePropertyAccessor, TurnContext, UserState } from 'botbuilder';
import type { Logger } from 'pino';
import { readState, type ConversationStateData } from './conversationState.js';

/** What we remember about a user across conversations: never a personal number, never raw text. */
export interface UserProfile {
  /** Answer to "are you MSA-affiliated?". */
  regime?: 'msa' | 'general';
  /** Last commune the user gave, to find nearby sites without asking again. */
  commune?: { insee: string; name: string };
}

const PARSED = Symbol('conversationStateParsed');

/** Accessors shared by the bot and the dialogs, over one ConversationState and one UserState. */
export class BotState {
  readonly profile: StatePropertyAccessor<UserProfile>;
  /** The typed conversation state (src/bot/conversationState.ts), stored as plain JSON. */
  readonly conversationData: StatePropertyAccessor<unknown>;

  constructor(
    readonly conversationState: ConversationState,
    readonly userState: UserState,
    private readonly logger?: Logger,
    private readonly agentChannels: readonly string[] = [],
  ) {
    this.profile = userState.createProperty<UserProfile>('profile');
    this.conversationData = conversationState.createProperty<unknown>('conversation');
  }

  getProfile(context: TurnContext): Promise<UserProfile> {
    return this.profile.get(context, {});
  }

  /** The conversation state of this turn, read and validated once; changes to it are saved after the turn. */
  async getConversation(context: TurnContext): Promise<ConversationStateData> {
    const cached = context.turnState.get(PARSED) as ConversationStateData | undefined;
    if (cached) return cached;
    const mode = this.agentChannels.includes(context.activity.channelId) ? 'agent' : 'resident';
    const { state, dropped } = readState(await this.conversationData.get(context), mode);
    // Older or malformed stored state: logged without its content (it may hold a commune), then replaced.
    if (dropped) this.logger?.warn({ conversation: 'state dropped' }, 'stored conversation state did not fit the schema: starting afresh');
    await this.conversationData.set(context, state);
    context.turnState.set(PARSED, state);
    return state;
  }

  /** Forgets the whole conversation; the user profile stays. */
  async resetConversation(context: TurnContext): Promise<void> {
    context.turnState.delete(PARSED);
    await this.conversationState.clear(context);
  }

  /** Both states are written at once (two storage round trips in parallel, not one after the other). */
  async save(context: TurnContext): Promise<void> {
    await Promise.all([this.conversationState.saveChanges(context, false), this.userState.saveChanges(context, false)]);
  }
}
