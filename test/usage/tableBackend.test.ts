/** Usage events in Azure Table Storage, against Azurite's table service. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TableUsageBackend } from '../../src/usage/tableBackend.js';
import { UsageStore } from '../../src/usage/store.js';
import { generateMonth } from '../pilotage/generate.js';
import { startAzurite, type RunningAzurite } from '../support/azurite.js';

describe('usage events in Azure Table Storage (Azurite)', () => {
  let azurite: RunningAzurite;
  beforeAll(async () => {
    azurite = await startAzurite('table');
  });
  afterAll(() => azurite?.stop());

  it('writes a month in transactions of 100 and reads back exactly the same events, nulls included', async () => {
    const backend = new TableUsageBackend(azurite.connectionString, 'usageRoundTrip');
    const { events } = generateMonth('2026-11', 250, 3);
    await backend.write(events);
    const { events: read, invalid } = await backend.read({});
    expect(invalid).toBe(0);
    const key = (e: object) => JSON.stringify(e, Object.keys(e).sort());
    expect(read.map(key).sort()).toEqual(events.map(key).sort());
  });

  it('reads only the months asked for, and purges the old ones', async () => {
    const backend = new TableUsageBackend(azurite.connectionString, 'usageRange');
    await backend.write([...generateMonth('2026-09', 20, 1).events, ...generateMonth('2026-10', 30, 2).events, ...generateMonth('2026-11', 40, 3).events]);
    expect((await backend.read({ from: '2026-10', to: '2026-10' })).events).toHaveLength(30);
    expect((await backend.read({ from: '2026-10' })).events).toHaveLength(70);
    expect(await backend.purgeBefore('2026-10')).toBe(20);
    expect((await backend.read({})).events).toHaveLength(70);
  });

  it('the store behind it: a turn never waits, and an unreachable table loses events, not the turn', async () => {
    const store = new UsageStore(new TableUsageBackend(azurite.connectionString, 'usageStore'));
    store.record({ kind: 'handover', channel: 'webchat', commune: '60057' });
    expect((await store.read({})).events).toMatchObject([{ kind: 'handover', commune: '60057' }]);
    const down = new UsageStore(
      new TableUsageBackend(
        'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=AAAA;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;',
        'usageDown',
      ),
    );
    down.record({ kind: 'answer', channel: 'webchat' });
    await down.flush();
    expect(down.dropped).toBe(1);
  }, 30_000);
});
