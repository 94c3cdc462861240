import type { TurnContext } from 'botbuilder';
import type { NewFeedbackEvent } from './feedback.js';
import type { BotServices } from './services.js';
import type { PendingFeedback } from './state.js';

/** Logs one anonymous answer event; the turn never waits for the log, and a failure never breaks it. */
export function logAnswer(context: TurnContext, services: BotServices, answer: Omit<NewFeedbackEvent, 'kind' | 'channel' | 'helpful'>): void {
  record(context, services, { ...answer, kind: 'answer', helpful: null });
}

/** Logs whether the last answer helped; the question text is kept only when it did not. */
export function logFeedback(context: TurnContext, services: BotServices, pending: PendingFeedback, helpful: boolean): void {
  record(context, services, { kind: 'feedback', intent: pending.intent, procedure: pending.procedure, partner: pending.partner, helpful, unanswered: false, text: pending.text });
}

function record(context: TurnContext, services: BotServices, event: Omit<NewFeedbackEvent, 'channel'>): void {
  try {
    services.feedback.record({ ...event, channel: context.activity.channelId ?? 'unknown' });
  } catch (err) {
    services.logger?.warn({ err }, 'feedback log not written');
  }
}

/**
 * After an answer: asks whether it helped, offers to find a France services when no site was shown,
 * and the other situations when the answer's situation was guessed (`pending.situation`).
 */
export async function askFeedback(context: TurnContext, services: BotServices, pending: PendingFeedback, offerSites: boolean): Promise<void> {
  const data = await services.state.getConversation(context);
  data.pendingFeedback = pending;
  const m = services.messages;
  const choices = [m.feedback.yes, m.feedback.no, ...(offerSites ? [m.answer.findSite] : []), ...(pending.situation ? [m.orientation.otherSituation] : [])];
  await services.responder.ask(context, m.feedback.question, choices);
}
