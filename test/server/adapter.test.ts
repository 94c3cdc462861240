/** The adapter in local mode: the clients a turn could use to answer are built once, not for every turn. */
import type { Activity, TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createAdapter } from '../../src/server/adapter.js';

const adapter = createAdapter(
  { bot: { MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' } },
  async () => {},
);

const message = (serviceUrl: string, id: number) =>
  ({
    type: 'message',
    id: `m${id}`,
    channelId: 'webchat',
    serviceUrl,
    deliveryMode: 'expectReplies',
    conversation: { id: `c${id}` },
    from: { id: `u${id}` },
    recipient: { id: 'bot' },
    text: 'bonjour',
  }) as Activity;

async function clientsOfTurn(activity: Activity): Promise<{ connector: unknown; userToken: unknown }> {
  let seen: { connector: unknown; userToken: unknown } | undefined;
  await adapter.handle('', activity, async (context: TurnContext) => {
    seen = { connector: context.turnState.get(adapter.ConnectorClientKey), userToken: context.turnState.get(adapter.UserTokenClientKey) };
  });
  return seen!;
}

describe('the Bot Framework clients of a turn', () => {
  it('are the same for every turn from one service URL, and another for another service URL', async () => {
    const first = await clientsOfTurn(message('http://127.0.0.1:9', 1));
    const second = await clientsOfTurn(message('http://127.0.0.1:9', 2));
    const elsewhere = await clientsOfTurn(message('http://127.0.0.1:10', 3));
    expect(first.connector).toBeDefined();
    expect(second.connector).toBe(first.connector);
    expect(second.userToken).toBe(first.userToken);
    expect(elsewhere.connector).not.toBe(first.connector);
  });
});
