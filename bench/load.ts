/** One load run with autocannon: every request a new conversation (and a new user), as a first visit. */
import autocannon from 'autocannon';

export interface LoadFigures {
  reqPerSec: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts (no answer within 10 s) and non-2xx answers. */
  errors: number;
  requests: number;
}

let conversationCounter = 0;

/** A message activity answered in the HTTP response (expectReplies): no outgoing call. */
export function activity(text: string, id = ++conversationCounter): Record<string, unknown> {
  return {
    type: 'message',
    id: `m${id}`,
    channelId: 'webchat',
    serviceUrl: 'http://127.0.0.1:9',
    deliveryMode: 'expectReplies',
    conversation: { id: `bench-conversation-${id}` },
    from: { id: `bench-user-${id}` },
    recipient: { id: 'bot' },
    locale: 'fr-FR',
    text,
  };
}

export async function load(url: string, text: string, options: { connections: number; durationS?: number; amount?: number }): Promise<LoadFigures> {
  const result = await autocannon({
    url: `${url}/api/messages`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.durationS ?? 3 }),
    timeout: 10,
    requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify(activity(text)) }) }],
  });
  return {
    reqPerSec: result.requests.total / Math.max(result.duration, 0.001),
    p50: result.latency.p50,
    p99: result.latency.p99,
    // Requests in flight when the run stops (one per connection) are neither answers nor errors.
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  };
}

/** One request, to show what a first reply weighs. */
export async function probe(url: string, text: string): Promise<{ status: number; replies: number; bytes: number }> {
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity(text)) });
  const body = await res.text();
  const replies = (JSON.parse(body || '{}') as { activities?: unknown[] }).activities?.length ?? 0;
  return { status: res.status, replies, bytes: Buffer.byteLength(body) };
}
