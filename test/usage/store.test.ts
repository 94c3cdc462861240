import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileUsageBackend } from '../../src/usage/fileBackend.js';
import { UsageStore, type UsageBackend } from '../../src/usage/store.js';

const folder = () => mkdtempSync(join(tmpdir(), 'usage-'));
const NIR = '1 85 05 78 006 084 36';

describe('usage store', () => {
  it('records at once and writes in the background, one file per month in Paris time', async () => {
    const dir = folder();
    // 31 December 23:30 UTC is already January in Paris.
    const store = new UsageStore(new FileUsageBackend(dir), { now: () => new Date('2026-12-31T23:30:00Z'), flushEveryMs: 10 });
    store.record({ kind: 'answer', channel: 'webchat', procedure: 'carte-vitale', partner: 'assurance-maladie' });
    expect(readdirSync(dir)).toEqual([]);
    await store.flush();
    expect(readdirSync(dir)).toEqual(['2027-01.jsonl']);
    expect(JSON.parse(readFileSync(join(dir, '2027-01.jsonl'), 'utf8'))).toMatchObject({ v: 2, kind: 'answer', day: '2027-01-01', procedure: 'carte-vitale' });
  });

  it('masks personal data in kept questions and keeps only a salted hash of the conversation', async () => {
    const dir = folder();
    const store = new UsageStore(new FileUsageBackend(dir), { salt: 'a-secret-salt-of-16+' });
    const event = store.record({ kind: 'out_of_scope', channel: 'sms', text: `mon numéro de sécu ${NIR} et la météo`, conversationId: 'conversation-123' });
    expect(event.text).toBe('mon numéro de sécu [masqué] et la météo');
    expect(event.conversation).toMatch(/^[a-f0-9]{16}$/);
    await store.flush();
    const written = readFileSync(join(dir, readdirSync(dir)[0]!), 'utf8');
    expect(written).not.toContain('conversation-123');
    expect(written.replace(/\s/g, '')).not.toContain(NIR.replace(/\s/g, ''));
    expect(new UsageStore(new FileUsageBackend(folder())).record({ kind: 'answer', channel: 'sms', conversationId: 'x' }).conversation).toBeNull();
  });

  it('never fails a turn when the back-end fails: the events are counted as dropped', async () => {
    const failing: UsageBackend = { description: 'panne', write: () => Promise.reject(new Error('down')), read: async () => ({ events: [], invalid: 0 }) };
    const warnings: unknown[] = [];
    const store = new UsageStore(failing, { logger: { warn: (o: unknown) => void warnings.push(o) } });
    store.record({ kind: 'answer', channel: 'webchat' });
    store.record({ kind: 'answer', channel: 'webchat' });
    await expect(store.flush()).resolves.toBeUndefined();
    expect(store.dropped).toBe(2);
    expect(warnings).toHaveLength(1);
  });

  it('bounds the queue when the back-end is slower than the traffic', () => {
    const store = new UsageStore(new FileUsageBackend(folder()), { maxPending: 5, flushEveryMs: 60_000 });
    for (let i = 0; i < 8; i++) store.record({ kind: 'answer', channel: 'webchat' });
    expect(store.dropped).toBe(3);
  });

  it('reads the first format (the feedback log) and skips broken lines without failing', async () => {
    const dir = folder();
    const old = {
      kind: 'answer',
      month: '2026-10',
      channel: 'webchat',
      intent: 'procedure',
      procedure: 'rsa',
      partner: 'caf',
      helpful: null,
      unanswered: false,
    };
    writeFileSync(
      join(dir, '2026-10.jsonl'),
      `${JSON.stringify(old)}\nnot json\n${JSON.stringify({ ...old, unanswered: true, procedure: null, partner: null, text: 'météo' })}\n`,
    );
    const store = new UsageStore(new FileUsageBackend(dir));
    const { events, invalid } = await store.read({ from: '2026-10', to: '2026-10' });
    expect(invalid).toBe(1);
    expect(events.map((e) => e.kind)).toEqual(['answer', 'out_of_scope']);
    expect(events[0]).toMatchObject({ day: '2026-10-01', procedure: 'rsa' });
  });

  it('purges the months past the retention period', async () => {
    const dir = folder();
    const backend = new FileUsageBackend(dir);
    for (const m of ['2025-09', '2025-10', '2026-11']) writeFileSync(join(dir, `${m}.jsonl`), '');
    expect(await backend.purgeBefore('2025-11')).toBe(2);
    expect(readdirSync(dir)).toEqual(['2026-11.jsonl']);
  });
});
