/**
 * Plays conversation scenarios against a running bot over POST /api/messages with
 * deliveryMode "expectReplies", as ../shared/eval/README.md defines it.
 */
import { findClick, judge, replyText, type Click, type Scenario } from './scenario.js';

export interface TurnResult {
  index: number;
  said: string;
  reply: string;
  failures: string[];
}

export interface ScenarioResult {
  scenario: Scenario;
  passed: boolean;
  /** The turns played, up to the first failing one. */
  turns: TurnResult[];
}

const BOT = { id: 'eval-bot', name: 'Assistant' };
const TENANT = 'eval-tenant';

function baseActivity(scenario: Scenario, conversationId: string, user: { id: string; name: string }): Record<string, unknown> {
  const teams = scenario.channel === 'msteams';
  return {
    channelId: scenario.channel,
    serviceUrl: 'http://127.0.0.1:9',
    conversation: { id: conversationId, ...(teams ? { tenantId: TENANT } : {}) },
    from: user,
    recipient: BOT,
    locale: 'fr-FR',
    deliveryMode: 'expectReplies',
    ...(teams ? { channelData: { tenant: { id: TENANT } } } : {}),
  };
}

async function post(url: string, activity: Record<string, unknown>): Promise<unknown[]> {
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
  const body = (await res.json().catch(() => ({}))) as { activities?: unknown[] };
  return body.activities ?? [];
}

let counter = 0;

export async function playScenario(url: string, scenario: Scenario): Promise<ScenarioResult> {
  const conversationId = `eval-${scenario.id}-${Date.now()}-${counter++}`;
  // A new user per scenario: nothing remembered from another scenario's user.
  const user = { id: `user-${conversationId}`, name: 'Usager' };
  const base = baseActivity(scenario, conversationId, user);
  let previous = await post(url, { ...base, type: 'conversationUpdate', id: 'update', membersAdded: [user, BOT] });
  const turns: TurnResult[] = [];
  for (const [index, turn] of scenario.turns.entries()) {
    let send: Click;
    let said: string;
    if ('say' in turn) {
      send = { text: turn.say };
      said = turn.say;
    } else {
      const click = findClick(previous, turn.click);
      said = `[clic ${turn.click}]`;
      if (!click) {
        turns.push({ index, said, reply: replyText(previous), failures: [`aucun bouton ne correspond à ${turn.click}`] });
        return { scenario, passed: false, turns };
      }
      send = click;
    }
    let reply: string;
    let failures: string[];
    try {
      previous = await post(url, {
        ...base,
        type: 'message',
        id: `turn-${index}`,
        ...(send.text !== undefined ? { text: send.text } : {}),
        ...(send.value !== undefined ? { value: send.value } : {}),
      });
      reply = replyText(previous);
      failures = judge(turn.expect, reply);
    } catch (err) {
      reply = '';
      failures = [String(err instanceof Error ? err.message : err)];
    }
    turns.push({ index, said, reply, failures });
    if (failures.length > 0) return { scenario, passed: false, turns };
  }
  return { scenario, passed: true, turns };
}
