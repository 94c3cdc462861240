/**
 * Usage events: what the pilotage dashboard and `npm run report` count. Anonymous by design:
 * no message text except the masked question of an unanswered or disliked answer, no user or
 * conversation id in clear (a salted hash at most), a day rather than a time.
 */
import { z } from 'zod';
import { usageKinds } from '../knowledge/schemas/common.js';

export { usageKinds };
export type UsageKind = (typeof usageKinds)[number];

/** How sure the engine was of the procedure it answered with. */
export const confidenceBands = ['high', 'medium', 'low'] as const;
export type ConfidenceBand = (typeof confidenceBands)[number];

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const COMMUNE = /^\d[\dAB]\d{3}$/;
const CONVERSATION = /^[a-f0-9]{16}$/;
const MAX_ID = 80;
const MAX_SITES = 10;
const MAX_TEXT = 400;
const day = z.string().regex(DAY);
const id = z.string().min(1).max(MAX_ID);

export const usageEventSchema = z.object({
  /** Schema version, so that a later format can read older lines. */
  v: z.literal(2),
  kind: z.enum(usageKinds),
  /** Day in Europe/Paris (YYYY-MM-DD). */
  day,
  channel: id,
  /** Taxonomy id of the procedure answered (or asked about in a clarification, or rated). */
  procedure: id.nullable(),
  partner: id.nullable(),
  confidence: z.enum(confidenceBands).nullable(),
  /** INSEE code of the commune the user gave, or null. */
  commune: z.string().regex(COMMUNE).nullable(),
  /** Ids of the France services recommended in the answer (nearest first). */
  sites: z.array(id).max(MAX_SITES),
  /** For feedback: did the answer help? */
  helpful: z.boolean().nullable(),
  /** Masked question, only for an unanswered (out of scope, not understood) or disliked answer. */
  text: z.string().max(MAX_TEXT).optional(),
  /** Salted hash of the conversation id, to count conversations; never the id itself. */
  conversation: z.string().regex(CONVERSATION).nullable(),
});

export type UsageEvent = z.infer<typeof usageEventSchema>;

const isId = (value: unknown): value is string => typeof value === 'string' && value.length >= 1 && value.length <= MAX_ID;
const orNull = (value: unknown, check: (value: unknown) => boolean) => value === null || check(value);

/**
 * True when `usageEventSchema` accepts the event exactly as it is (the same keys, in its order, nothing to
 * strip or convert): the store checks each event it builds this way, at every turn, without zod's cost,
 * and lets zod say what is wrong otherwise (test/usage/events.test.ts holds both to the same answers).
 */
export function isUsageEvent(event: Record<string, unknown>): event is UsageEvent {
  const keys = Object.keys(event);
  const expected = Object.keys(usageEventSchema.shape).filter((key) => key !== 'text' || 'text' in event);
  return (
    keys.length === expected.length &&
    keys.every((key, i) => key === expected[i]) &&
    event.v === 2 &&
    (usageKinds as readonly unknown[]).includes(event.kind) &&
    typeof event.day === 'string' &&
    DAY.test(event.day) &&
    isId(event.channel) &&
    orNull(event.procedure, isId) &&
    orNull(event.partner, isId) &&
    orNull(event.confidence, (c) => (confidenceBands as readonly unknown[]).includes(c)) &&
    orNull(event.commune, (c) => typeof c === 'string' && COMMUNE.test(c)) &&
    Array.isArray(event.sites) &&
    event.sites.length <= MAX_SITES &&
    event.sites.every(isId) &&
    orNull(event.helpful, (h) => typeof h === 'boolean') &&
    (!('text' in event) || (typeof event.text === 'string' && event.text.length <= MAX_TEXT)) &&
    orNull(event.conversation, (c) => typeof c === 'string' && CONVERSATION.test(c))
  );
}

/** What a caller gives; the store adds the version and the day, masks and hashes. */
export interface NewUsageEvent {
  kind: UsageKind;
  channel: string;
  procedure?: string | null;
  partner?: string | null;
  confidence?: ConfidenceBand | null;
  commune?: string | null;
  sites?: readonly string[];
  helpful?: boolean | null;
  /** The question, given only when it went unanswered or was disliked; masked before it is kept. */
  text?: string;
  /** The conversation id in clear; only its salted hash is kept. */
  conversationId?: string;
}

/** Months (YYYY-MM) and an optional partner: what the dashboard and the report filter on. */
export interface UsageRange {
  from?: string;
  to?: string;
}

/** The band of an engine confidence, for counts that do not depend on exact scores. */
export function confidenceBand(confidence: number | null | undefined): ConfidenceBand | null {
  if (confidence === null || confidence === undefined || Number.isNaN(confidence)) return null;
  if (confidence >= 0.8) return 'high';
  if (confidence >= 0.5) return 'medium';
  return 'low';
}

export function monthOf(event: Pick<UsageEvent, 'day'>): string {
  return event.day.slice(0, 7);
}

export function inRange(month: string, range: UsageRange): boolean {
  return (!range.from || month >= range.from) && (!range.to || month <= range.to);
}
