/** Drives the real bot (real knowledge, real core) through a TestAdapter, one turn at a time. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActivityTypes, MemoryStorage, TestAdapter, type Activity, type Attachment, type Storage } from 'botbuilder';
import { MainDialog } from '../../dialogs/mainDialog.js';
import { AssistantBot, createBotServices, type BotServicesDeps } from '../../src/bot/index.js';
import { turnFailureHandler } from '../../src/bot/turnFailure.js';
import { FileUsageBackend } from '../../src/usage/fileBackend.js';
import { UsageStore } from '../../src/usage/store.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { createOrientation } from '../../src/orientation/index.js';
import type { Orientation } from '../../src/orientation/types.js';

let shared: Orientation | undefined;
/** One core for the whole test file: loading the knowledge takes a moment. */
export function orientation(): Orientation {
  shared ??= createOrientation(loadKnowledge());
  return shared;
}

/** Thursday 26 November 2026, 10:00 in Paris: France services are open. */
export const THURSDAY_MORNING = new Date('2026-11-26T09:00:00Z');

/** A usage store on JSON Lines files in a fresh temporary folder, dated on the test clock. */
export function testUsageStore(dir?: string): UsageStore {
  return new UsageStore(new FileUsageBackend(dir ?? mkdtempSync(join(tmpdir(), 'usage-'))), { now: () => THURSDAY_MORNING, salt: 'test-salt-0123456789' });
}

/** The bot as src/index.ts wires it: services, the main dialog, the activity handler. */
export function createBot(deps: BotServicesDeps): AssistantBot {
  const services = createBotServices(deps);
  return new AssistantBot(services, new MainDialog(services));
}

export interface TestBot {
  adapter: TestAdapter;
  bot: AssistantBot;
  usage: UsageStore;
  /** Sends one activity (text or partial activity) and returns every reply of that turn. */
  say(input: string | Partial<Activity>): Promise<Partial<Activity>[]>;
}

export function createTestBot(
  options: {
    channelId?: string;
    storage?: Storage;
    usageDir?: string;
    conversationId?: string;
    userId?: string;
    agentChannels?: string[];
    /** Another core, e.g. one with the language-identification model (src/index.ts gives it one). */
    orientation?: Orientation;
  } = {},
): TestBot {
  const usage = testUsageStore(options.usageDir);
  const bot = createBot({
    orientation: options.orientation ?? orientation(),
    storage: options.storage ?? new MemoryStorage(),
    usage,
    publicBaseUrl: 'https://assistant.example.fr',
    agentChannels: options.agentChannels ?? ['msteams'],
    now: () => THURSDAY_MORNING,
  });
  const channelId = options.channelId ?? 'webchat';
  const adapter = new TestAdapter((context) => bot.run(context), {
    channelId,
    conversation: { id: options.conversationId ?? `conv-${Math.random()}`, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: options.userId ?? 'user-1', name: 'Usager' },
    recipient: { id: 'bot', name: 'Assistant' },
  });
  // As src/index.ts wires the real adapter: failed turns get the one turn-failure handler.
  adapter.onTurnError = turnFailureHandler((context) => bot.apologyFor(context));
  const say = async (input: string | Partial<Activity>) => {
    adapter.activeQueue.splice(0);
    const activity = typeof input === 'string' ? { type: ActivityTypes.Message, text: input } : { type: ActivityTypes.Message, ...input };
    await adapter.processActivity(activity);
    return adapter.activeQueue.splice(0);
  };
  return { adapter, bot, usage, say };
}

/** Every text a person sees in a reply: text, card texts and buttons, suggested actions. */
export function visibleText(activity: Partial<Activity>): string {
  const parts = [activity.text ?? ''];
  for (const attachment of activity.attachments ?? []) parts.push(...cardTexts(attachment));
  for (const action of activity.suggestedActions?.actions ?? []) parts.push(String(action.title ?? action.value));
  return parts.filter(Boolean).join('\n');
}

function cardTexts(attachment: Attachment): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const element = node as Record<string, unknown>;
    if ((element.type === 'TextRun' || element.type === 'TextBlock') && typeof element.text === 'string') out.push(element.text);
    if (typeof element.type === 'string' && element.type.startsWith('Action.') && typeof element.title === 'string') out.push(element.title);
    if (element.type === 'Action.OpenUrl' && typeof element.url === 'string') out.push(element.url);
    Object.values(element).forEach(walk);
  };
  walk(attachment.content);
  return out;
}

export const allText = (replies: Partial<Activity>[]) => replies.map(visibleText).join('\n---\n');

/** Labels of the choices offered by the last reply: suggested actions or card buttons. */
export function choicesOf(activity: Partial<Activity> | undefined): string[] {
  if (!activity) return [];
  const suggested = activity.suggestedActions?.actions.map((a) => String(a.title)) ?? [];
  const buttons: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const element = node as Record<string, unknown>;
    if (element.type === 'Action.Submit' && typeof element.title === 'string') buttons.push(element.title);
    Object.values(element).forEach(walk);
  };
  (activity.attachments ?? []).forEach((a) => walk(a.content));
  return [...suggested, ...buttons];
}

/** The Adaptive Cards among the replies. */
export function cardsOf(replies: Partial<Activity>[]): Record<string, unknown>[] {
  return replies
    .flatMap((r) => r.attachments ?? [])
    .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((a) => a.content as Record<string, unknown>);
}
