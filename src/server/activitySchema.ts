/**
 * The part of a Bot Framework activity we check at the HTTP boundary, before the adapter sees it.
 * Unknown fields pass through untouched (channels add many).
 */
import { z } from 'zod';

const account = z.looseObject({ id: z.string(), name: z.string().optional() });

/** Teams strips the bot's mention from the text using these fields: a mention without them breaks the turn. */
const entity = z
  .looseObject({ type: z.string(), mentioned: account.optional(), text: z.string().optional() })
  .refine((e) => e.type !== 'mention' || (e.mentioned !== undefined && e.text !== undefined), {
    message: 'une mention doit avoir « mentioned.id » et « text »',
  });

export const activitySchema = z.looseObject({
  type: z.string().min(1),
  id: z.string().optional(),
  channelId: z.string().min(1),
  serviceUrl: z.string().optional(),
  conversation: z.looseObject({ id: z.string().min(1), isGroup: z.boolean().optional() }),
  // Every channel says who speaks; the user's remembered data is keyed on it.
  from: account,
  recipient: account.optional(),
  text: z.string().optional(),
  locale: z.string().optional(),
  deliveryMode: z.enum(['normal', 'notification', 'expectReplies', 'ephemeral']).optional(),
  attachments: z.array(z.looseObject({ contentType: z.string() })).optional(),
  entities: z.array(entity).optional(),
  membersAdded: z.array(account).optional(),
  membersRemoved: z.array(account).optional(),
  name: z.string().optional(),
});

export type InboundActivity = z.infer<typeof activitySchema>;

export type ActivityCheck = { ok: true; activity: InboundActivity } | { ok: false; message: string };

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join('.') || 'activité';
  if (issue.code === 'invalid_type' && issue.input === undefined) return `champ « ${field} » manquant`;
  if (issue.code === 'invalid_type') return `champ « ${field} » : type attendu ${issue.expected}`;
  if (issue.code === 'invalid_value') return `champ « ${field} » : valeur non reconnue`;
  return `champ « ${field} » : ${issue.message}`;
}

/** Validates a parsed request body; the message names each wrong field. */
export function checkActivity(body: unknown): ActivityCheck {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { ok: false, message: 'Le corps de la requête doit être une activité (un objet JSON).' };
  }
  const parsed = activitySchema.safeParse(body, { reportInput: true });
  if (parsed.success) return { ok: true, activity: parsed.data };
  return { ok: false, message: `${parsed.error.issues.map(describeIssue).join(' ; ')}.` };
}
