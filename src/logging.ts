/**
 * Structured logs (pino) that never carry what a person typed: every string is passed through
 * detectPersonalData, secrets are removed by path, and activities are logged as metadata only.
 */
import { createHash } from 'node:crypto';
import { pino, type DestinationStream, type Logger } from 'pino';
import { detectPersonalData } from './orientation/privacy.js';

export type { Logger } from 'pino';

/** Paths whose values are secrets (auth headers, tokens, passwords, connection strings). */
export const secretPaths = [
  'authorization',
  'headers.authorization',
  '*.headers.authorization',
  'token',
  '*.token',
  'password',
  '*.password',
  'secret',
  '*.secret',
  'connectionString',
  '*.connectionString',
  'MicrosoftAppPassword',
  '*.MicrosoftAppPassword',
];

/** Masks NIR, tax numbers, IBAN, bank cards, e-mails and phone numbers in a text. */
export function redactText(text: string): string {
  return detectPersonalData(text).redacted;
}

const MAX_DEPTH = 6;

/** Deep copy of a log object with every string masked; errors become plain, masked objects. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[…]';
  if (value instanceof Error) {
    return { type: value.name, message: redactText(value.message), stack: value.stack ? redactText(value.stack) : undefined };
  }
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = redactValue(item, depth + 1);
  return out;
}

/** Short, stable, non-reversible id for correlating a conversation in logs. */
export function hashId(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, 12);
}

interface ActivityLike {
  type?: unknown;
  channelId?: unknown;
  conversation?: { id?: unknown } | null;
  text?: unknown;
  deliveryMode?: unknown;
  name?: unknown;
}

/** What we log of an activity: never its text, only its shape. */
export function activityMeta(activity: ActivityLike): Record<string, unknown> {
  const conversationId = activity.conversation?.id;
  return {
    type: activity.type,
    channel: activity.channelId,
    conversation: typeof conversationId === 'string' ? hashId(conversationId) : undefined,
    textLength: typeof activity.text === 'string' ? activity.text.length : undefined,
    deliveryMode: activity.deliveryMode,
    name: typeof activity.name === 'string' ? activity.name : undefined,
  };
}

/** Creates the service logger; `destination` lets tests capture the output. */
export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      redact: { paths: secretPaths, censor: '[secret]' },
      formatters: { log: (object) => redactValue(object) as Record<string, unknown> },
      hooks: {
        // Masks the message string and any printf-style arguments.
        logMethod(args, method) {
          const masked = args.map((arg) => (typeof arg === 'string' ? redactText(arg) : arg));
          return method.apply(this, masked as Parameters<typeof method>);
        },
      },
    },
    options.destination,
  );
}
