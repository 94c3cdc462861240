/**
 * The explicit state of one conversation, validated with zod each time it is read: what the assistant
 * knows (procedure, situation, regime, commune, sites shown), what it asked (the pending question) and what
 * is left to answer. Stored through botbuilder's ConversationState (memory or Blob), so it survives a
 * restart. A stored value that does not fit (older version, hand-edited, corrupted) is dropped with a log
 * line and the conversation starts afresh: never a crash.
 */
import { z } from 'zod';

export const STATE_VERSION = 2;

const id = z.string().min(1).max(100);

/** A question the assistant is waiting an answer to, with the choices it offered (ids and labels). */
export const pendingQuestionSchema = z.object({
  kind: z.enum(['menu', 'situation', 'regime', 'commune', 'procedure', 'need', 'detail']),
  /** Offered choices, in order: a number answers the nth. */
  choices: z.array(z.object({ id, label: z.string().max(300) })).max(12),
  /** Answers that could not be read so far: after two, the general answer and the way to a person. */
  misses: z.number().int().min(0).max(5).default(0),
});

export const conversationStateSchema = z.object({
  version: z.literal(STATE_VERSION),
  welcomed: z.boolean().default(false),
  language: z.enum(['fr', 'en']).default('fr'),
  /** Agents at the desk (Teams) get short answers and commands; residents get the guided answers. */
  mode: z.enum(['resident', 'agent']).default('resident'),
  /** Procedure id currently discussed. */
  procedure: id.nullable().default(null),
  /** Situation id of that procedure, when known. */
  situation: id.nullable().default(null),
  /** MSA member or not, as the user said; "unknown" until then. */
  regime: z.enum(['msa', 'no', 'unknown']).default('unknown'),
  /** INSEE code of the user's commune: never the whole commune. */
  commune: id.nullable().default(null),
  /** Ids of the sites last shown, nearest first. */
  sites: z.array(id).max(10).default([]),
  /** The site a follow-up is about ("et celle de Formerie"), an id among or besides `sites`. */
  site: id.nullable().default(null),
  /** The procedure of the life event the conversation came from ("j'ai perdu mon emploi") while what it calls for elsewhere is discussed. */
  event: id.nullable().default(null),
  /** The last answer gave a day's hours at the site in question ("one") or at each site shown ("each"): "et demain ?" asks the same of another day. */
  hoursAsked: z.enum(['one', 'each']).nullable().default(null),
  /** What the last follow-up asked about, for "et la carte vitale ?". */
  topic: z.string().max(30).nullable().default(null),
  pending: pendingQuestionSchema.nullable().default(null),
  /** Procedure ids named in a message with several needs, still to answer. */
  needs: z.array(id).max(8).default([]),
  /** The user has written before in this conversation: a commune given later is the place of what they asked. */
  underWay: z.boolean().default(false),
  /** 15 / 112 were shown at the last message: the next one about the same emergency gets its need, not them again. */
  emergency: z.boolean().default(false),
  /** The last answer, until the user says whether it helped (no message text). */
  feedback: z.object({ procedure: id.nullable(), partner: id.nullable() }).nullable().default(null),
});

export type PendingQuestion = z.infer<typeof pendingQuestionSchema>;
export type ConversationStateData = z.infer<typeof conversationStateSchema>;

/** The schema's defaults, worked out once: every new conversation starts from a copy. */
const defaults = conversationStateSchema.parse({ version: STATE_VERSION });

export function freshState(mode: ConversationStateData['mode']): ConversationStateData {
  return { ...defaults, mode, sites: [], needs: [] };
}

/** The stored value, or a fresh state when it is missing or does not fit (`dropped` says which). */
export function readState(stored: unknown, mode: ConversationStateData['mode']): { state: ConversationStateData; dropped: boolean } {
  if (stored === undefined || stored === null) return { state: freshState(mode), dropped: false };
  const parsed = conversationStateSchema.safeParse(stored);
  if (parsed.success) return { state: parsed.data, dropped: false };
  return { state: freshState(mode), dropped: true };
}
