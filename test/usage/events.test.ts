import { describe, expect, it } from 'vitest';
import { isUsageEvent, usageEventSchema } from '../../src/usage/events.js';

const valid = {
  v: 2,
  kind: 'answer',
  day: '2026-11-26',
  channel: 'webchat',
  procedure: 'carte-vitale',
  partner: 'cpam',
  confidence: 'high',
  commune: '60057',
  sites: ['fs-beauvais'],
  helpful: null,
  conversation: '0123456789abcdef',
};

const { conversation: _conversation, ...withoutConversation } = valid;

/** Events the quick check and the schema must judge alike: every field made wrong in turn, and good ones. */
const cases: Record<string, unknown>[] = [
  valid,
  { ...valid, procedure: null, partner: null, confidence: null, commune: null, sites: [], conversation: null },
  // (As the store builds it: the text before the conversation.)
  { ...withoutConversation, kind: 'feedback', helpful: true, text: 'question masquée', conversation: valid.conversation },
  { ...valid, commune: '2A004' },
  { ...valid, v: 1 },
  { ...valid, kind: 'visit' },
  { ...valid, day: '2026-13-01' },
  { ...valid, day: '26-11-2026' },
  { ...valid, channel: '' },
  { ...valid, channel: 'x'.repeat(81) },
  { ...valid, channel: 'x'.repeat(80) },
  { ...valid, procedure: '' },
  { ...valid, procedure: 'p'.repeat(81) },
  { ...valid, partner: 7 },
  { ...valid, confidence: 'sure' },
  { ...valid, commune: '6005' },
  { ...valid, commune: 60057 },
  { ...valid, sites: Array.from({ length: 11 }, (_, i) => `s${i}`) },
  { ...valid, sites: Array.from({ length: 10 }, (_, i) => `s${i}`) },
  { ...valid, sites: [''] },
  { ...valid, helpful: 'yes' },
  { ...valid, text: 't'.repeat(401) },
  { ...valid, text: 't'.repeat(400) },
  { ...valid, text: undefined },
  { ...valid, conversation: '0123456789ABCDEF' },
  { ...valid, extra: 1 },
  { v: 2, kind: 'answer' },
];

describe('the quick check of a usage event, as the usage store records one at every turn', () => {
  it.each(cases.map((event, i) => [i, event] as const))('takes case %i only when the schema takes it as it is', (_, event) => {
    // Taken by the quick check: the schema takes it too and keeps it as it is. Refused: the store asks the schema.
    const parsed = usageEventSchema.safeParse(event);
    if (isUsageEvent(event)) expect(parsed.success && JSON.stringify(parsed.data)).toBe(JSON.stringify(event));
    else if (!parsed.success) expect(() => usageEventSchema.parse(event)).toThrow();
  });

  it('takes the events the store builds', () => {
    for (const event of cases.slice(0, 4)) expect(isUsageEvent(event)).toBe(true);
  });
});
