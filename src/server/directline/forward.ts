/**
 * Hands one activity to the bot's own /api/messages with deliveryMode "expectReplies",
 * so the bot's replies come back in the HTTP response instead of being posted to a channel.
 */
import type { Activity } from './conversations.js';

const TIMEOUT_MS = 30_000;

/** The bot could not be reached or refused the activity. */
export class BotUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(`bot did not answer: ${reason}`);
    this.name = 'BotUnavailableError';
  }
}

export async function askBot(messagesUrl: string, activity: Activity): Promise<Activity[]> {
  let response: Response;
  try {
    response = await fetch(messagesUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...activity, deliveryMode: 'expectReplies' }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    throw new BotUnavailableError(err instanceof Error ? err.name : 'network error');
  }
  if (!response.ok) throw new BotUnavailableError(`HTTP ${response.status}`);
  const text = await response.text();
  if (!text) return [];
  let body: { activities?: unknown };
  try {
    body = JSON.parse(text) as { activities?: unknown };
  } catch {
    throw new BotUnavailableError('reply is not JSON');
  }
  const replies = Array.isArray(body.activities) ? body.activities : [];
  return replies.filter((reply): reply is Activity => reply !== null && typeof reply === 'object');
}
