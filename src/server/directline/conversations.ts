/**
 * In-memory conversations and tokens of the local Direct Line endpoint (development aid only).
 * Bounded: a cap on conversations, on activities per conversation, and an idle expiry.
 */
import { randomBytes } from 'node:crypto';

export type Activity = Record<string, unknown>;

export interface Conversation {
  id: string;
  /** Chosen here, never by the client: the bot keys what it remembers about a user on it. */
  userId: string;
  /** Address of the client that opened it (per-client cap). */
  owner: string;
  activities: Activity[];
  lastUsed: number;
}

interface TokenEntry {
  conversationId: string;
  expiresAt: number;
}

export interface ConversationLimits {
  maxConversations: number;
  /** Live conversations one client address may hold: one client cannot take the whole cap. */
  maxPerClient: number;
  maxActivities: number;
  /** Token lifetime, like the Direct Line service (30 minutes). */
  tokenSeconds: number;
  /** A conversation nobody used for this long is forgotten. */
  idleMs: number;
}

export const defaultLimits: ConversationLimits = {
  maxConversations: 1000,
  maxPerClient: 20,
  maxActivities: 500,
  tokenSeconds: 1800,
  idleMs: 60 * 60 * 1000,
};

export interface IssuedToken {
  conversationId: string;
  token: string;
  expires_in: number;
}

const randomId = (bytes: number) => randomBytes(bytes).toString('base64url');

export class ConversationStore {
  private readonly conversations = new Map<string, Conversation>();
  private readonly tokens = new Map<string, TokenEntry>();

  constructor(
    private readonly limits: ConversationLimits = defaultLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** A new conversation for the client `owner` and its first token; null when a cap is reached. */
  create(owner: string): IssuedToken | null {
    this.sweep();
    if (this.conversations.size >= this.limits.maxConversations) return null;
    let held = 0;
    for (const conversation of this.conversations.values()) if (conversation.owner === owner) held++;
    if (held >= this.limits.maxPerClient) return null;
    const id = randomId(16);
    this.conversations.set(id, { id, userId: `dl_${randomId(12)}`, owner, activities: [], lastUsed: this.now() });
    return this.issue(id);
  }

  /** A fresh token for the conversation the given token belongs to. */
  refresh(token: string): IssuedToken | null {
    const conversationId = this.conversationOf(token);
    return conversationId ? this.issue(conversationId) : null;
  }

  /** The conversation a valid token opens, or undefined (unknown or expired token). */
  conversationOf(token: string): string | undefined {
    const entry = this.tokens.get(token);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.tokens.delete(token);
      return undefined;
    }
    return entry.conversationId;
  }

  /** Seconds before the token expires (0 when unknown or expired). */
  remainingSeconds(token: string): number {
    const entry = this.tokens.get(token);
    return entry ? Math.max(0, Math.floor((entry.expiresAt - this.now()) / 1000)) : 0;
  }

  get(id: string): Conversation | undefined {
    const conversation = this.conversations.get(id);
    if (conversation) conversation.lastUsed = this.now();
    return conversation;
  }

  /** Appends activities with sequential ids; false when the conversation is full. */
  append(conversation: Conversation, activities: Activity[]): boolean {
    if (conversation.activities.length + activities.length > this.limits.maxActivities) return false;
    for (const activity of activities) {
      activity.id = `${conversation.id}|${String(conversation.activities.length).padStart(7, '0')}`;
      conversation.activities.push(activity);
    }
    return true;
  }

  private issue(conversationId: string): IssuedToken {
    const token = randomId(32);
    this.tokens.set(token, { conversationId, expiresAt: this.now() + this.limits.tokenSeconds * 1000 });
    return { conversationId, token, expires_in: this.limits.tokenSeconds };
  }

  /** Forgets idle conversations and expired tokens. */
  private sweep(): void {
    const now = this.now();
    for (const [id, conversation] of this.conversations) {
      if (now - conversation.lastUsed > this.limits.idleMs) this.conversations.delete(id);
    }
    for (const [token, entry] of this.tokens) {
      if (entry.expiresAt <= now || !this.conversations.has(entry.conversationId)) this.tokens.delete(token);
    }
  }
}
