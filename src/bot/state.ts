import type { ConversationState, StatePropertyAccessor, TurnContext, UserState } from 'botbuilder';

/** What we remember about a user across conversations: never a personal number, never raw text. */
export interface UserProfile {
  /** Answer to "are you MSA-affiliated?". */
  regime?: 'msa' | 'general';
  /** Last commune the user gave, to find nearby sites without asking again. */
  commune?: { insee: string; name: string };
}

/** The last answer, kept until the user says whether it helped. */
export interface PendingFeedback {
  intent: string;
  procedure: string | null;
  partner: string | null;
  /** Redacted question, logged only if the user says the answer did not help. */
  text: string;
  /** Situation guessed from the question, when the procedure has others: "Autre situation" shows them. */
  situation?: string;
}

/** What we remember within one conversation. */
export interface ConversationData {
  welcomed?: boolean;
  /** Labels of the choices last offered, so that "2" can answer a numbered list. */
  offered?: string[];
  pendingFeedback?: PendingFeedback;
  /** The last answer given for one situation of a procedure that has others: "Autre situation" shows them. */
  lastAnswer?: { procedure: string; situation: string; text: string };
}

/** Accessors shared by the bot and the dialogs, over one ConversationState and one UserState. */
export class BotState {
  readonly profile: StatePropertyAccessor<UserProfile>;
  readonly conversationData: StatePropertyAccessor<ConversationData>;

  constructor(
    readonly conversationState: ConversationState,
    readonly userState: UserState,
  ) {
    this.profile = userState.createProperty<UserProfile>('profile');
    this.conversationData = conversationState.createProperty<ConversationData>('conversationData');
  }

  getProfile(context: TurnContext): Promise<UserProfile> {
    return this.profile.get(context, {});
  }

  getConversation(context: TurnContext): Promise<ConversationData> {
    return this.conversationData.get(context, {});
  }

  /** Forgets the whole conversation (dialogs included); the user profile stays. */
  async resetConversation(context: TurnContext): Promise<void> {
    await this.conversationState.clear(context);
  }

  async save(context: TurnContext): Promise<void> {
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }
}
