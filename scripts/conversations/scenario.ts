/**
 * Conversation scenarios (../shared/eval/README.md): how a scenario file is read, how a reply's text is
 * extracted and how a turn is judged. Pure functions, shared by `npm run eval:conversations` and its test.
 */
import { z } from 'zod';

const expectSchema = z.object({ any: z.array(z.string()).optional(), all: z.array(z.string()).optional(), none: z.array(z.string()).optional() }).default({});

const turnSchema = z.union([z.object({ say: z.string(), expect: expectSchema }), z.object({ click: z.string(), expect: expectSchema })]);

export const scenarioSchema = z.object({
  id: z.string(),
  channel: z.string(),
  why: z.string().default(''),
  turns: z.array(turnSchema).min(1),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type Expect = z.infer<typeof expectSchema>;

/** One scenario a line; a bad line is reported with its number and skipped. */
export function parseScenarios(jsonl: string): { scenarios: Scenario[]; problems: string[] } {
  const scenarios: Scenario[] = [];
  const problems: string[] = [];
  jsonl.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      problems.push(`ligne ${i + 1} : JSON invalide`);
      return;
    }
    const parsed = scenarioSchema.safeParse(json);
    if (parsed.success) scenarios.push(parsed.data);
    else problems.push(`ligne ${i + 1} : ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join(' ; ')}`);
  });
  return { scenarios, problems };
}

const TEXT_KEYS = new Set(['text', 'title', 'value', 'altText', 'fallbackText', 'label', 'placeholder']);

/** Every string under the keys text/title/value/altText/fallbackText/label/placeholder, anywhere. */
export function collectTexts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => collectTexts(item, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (TEXT_KEYS.has(key) && typeof value === 'string') out.push(value);
      else collectTexts(value, out);
    }
  }
  return out;
}

/** Lower case, accents removed (NFKD, combining marks dropped), ’ turned into '. */
export function normalizeReply(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/’/g, "'");
}

/** The judged text of a turn: all the activities returned for it. */
export function replyText(activities: readonly unknown[]): string {
  return normalizeReply(collectTexts(activities).join('\n'));
}

/** The regexes of `expect` that make the turn fail (empty when it passes). */
export function judge(expect: Expect, text: string): string[] {
  const test = (pattern: string) => new RegExp(pattern).test(text);
  const failures: string[] = [];
  if (expect.any && expect.any.length > 0 && !expect.any.some(test)) failures.push(`any: ${expect.any.join(' | ')}`);
  for (const pattern of expect.all ?? []) if (!test(pattern)) failures.push(`all: ${pattern}`);
  for (const pattern of expect.none ?? []) if (test(pattern)) failures.push(`none: ${pattern}`);
  return failures;
}

/** What clicking a button sends: imBack → its value as text; messageBack → text and value; Action.Submit → data as value (or its msteams imBack/messageBack). */
export type Click = { text?: string; value?: unknown };

interface ClickTarget {
  title: string;
  send: Click;
}

function fromCardAction(action: Record<string, unknown>): Click | null {
  const type = action.type;
  if (type === 'imBack') return { text: String(action.value ?? '') };
  if (type === 'messageBack') return { text: typeof action.text === 'string' ? action.text : undefined, value: action.value };
  if (type === 'postBack') return { value: action.value, text: typeof action.value === 'string' ? action.value : undefined };
  if (type === 'Action.Submit') {
    const data = action.data as Record<string, unknown> | undefined;
    const teams = data?.msteams as Record<string, unknown> | undefined;
    if (teams?.type === 'imBack') return { text: String(teams.value ?? '') };
    if (teams?.type === 'messageBack') return { text: typeof teams.text === 'string' ? teams.text : undefined, value: teams.value };
    return { value: data };
  }
  return null;
}

function collectActions(node: unknown, out: ClickTarget[]): void {
  if (Array.isArray(node)) node.forEach((item) => collectActions(item, out));
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.type === 'string' && typeof record.title === 'string') {
      const send = fromCardAction(record);
      if (send) out.push({ title: record.title, send });
    }
    Object.values(record).forEach((value) => collectActions(value, out));
  }
}

/** The first suggested action or card action whose (normalised) title matches the regex. */
export function findClick(activities: readonly unknown[], pattern: string): Click | null {
  const targets: ClickTarget[] = [];
  collectActions(activities, targets);
  const regex = new RegExp(pattern);
  return targets.find((t) => regex.test(normalizeReply(t.title)) || regex.test(t.title))?.send ?? null;
}
