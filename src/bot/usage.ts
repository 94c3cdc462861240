/**
 * Usage events for the pilotage, recorded from the dialogs. Recording never waits and never
 * fails a turn: the usage store writes in the background (src/usage/store.ts).
 */
import type { TurnContext } from 'botbuilder';
import { confidenceBand, type NewUsageEvent } from '../usage/events.js';
import type { BotServices } from './services.js';

/** What the dialogs know about an answer they gave (or could not give). */
export interface AnswerFacts {
  intent: string;
  procedure: string | null;
  partner: string | null;
  /** True when no procedure answered the message (out of scope, not understood). */
  unanswered: boolean;
  /** The question, kept (masked) only when it went unanswered. */
  text?: string;
  /** Engine confidence of the procedure, 0–1. */
  confidence?: number | null;
  /** INSEE code of the commune the user gave. */
  commune?: string | null;
  /** Ids of the France services shown with the answer. */
  sites?: readonly string[];
}

function record(context: TurnContext, services: BotServices, event: Omit<NewUsageEvent, 'channel' | 'conversationId'>): void {
  try {
    services.usage.record({ ...event, channel: context.activity.channelId ?? 'unknown', conversationId: context.activity.conversation?.id });
  } catch (err) {
    services.logger?.warn({ err }, 'usage event not recorded');
  }
}

/** An answer given, or a message no procedure answers (kept as "out of scope" with its masked text). */
export function logAnswer(context: TurnContext, services: BotServices, answer: AnswerFacts): void {
  record(context, services, {
    kind: answer.unanswered ? 'out_of_scope' : 'answer',
    procedure: answer.procedure,
    partner: answer.partner,
    confidence: confidenceBand(answer.confidence),
    commune: answer.commune ?? null,
    sites: answer.sites ?? [],
    ...(answer.unanswered && answer.text ? { text: answer.text } : {}),
  });
}

/** A clarifying question asked instead of an answer (the best candidate, if any). */
export function logClarification(
  context: TurnContext,
  services: BotServices,
  facts: { procedure: string | null; partner: string | null; confidence?: number | null },
): void {
  record(context, services, { kind: 'clarify', procedure: facts.procedure, partner: facts.partner, confidence: confidenceBand(facts.confidence) });
}

/** The user asked for a person; the nearest France services and the partner's line were given. */
export function logHandover(
  context: TurnContext,
  services: BotServices,
  facts: { procedure?: string | null; partner?: string | null; commune?: string | null; sites?: readonly string[] },
): void {
  record(context, services, {
    kind: 'handover',
    procedure: facts.procedure ?? null,
    partner: facts.partner ?? null,
    commune: facts.commune ?? null,
    sites: facts.sites ?? [],
  });
}

/** France services shown to the user for their commune (counted per site, not as a question). */
export function logSites(context: TurnContext, services: BotServices, facts: { procedure: string | null; commune: string; sites: readonly string[] }): void {
  record(context, services, { kind: 'sites', procedure: facts.procedure, commune: facts.commune, sites: facts.sites });
}

/** Whether the last answer helped; the question text is kept only when it did not. */
export function logFeedback(
  context: TurnContext,
  services: BotServices,
  pending: { procedure: string | null; partner: string | null; text: string },
  helpful: boolean,
): void {
  record(context, services, { kind: 'feedback', procedure: pending.procedure, partner: pending.partner, helpful, ...(helpful ? {} : { text: pending.text }) });
}
