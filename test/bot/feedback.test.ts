/** The 👍 / 👎 buttons under an answer card: counted for the pilotage, thanked, never read as a yes or no. */
import { ActivityTypes, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { allText, cardsOf, createTestBot, orientation } from './harness.js';

const m = orientation().knowledge.messages;

/** The value of the card button titled `title`, as Web Chat would send it. */
function buttonValue(replies: Partial<Activity>[], title: string): unknown {
  let found: unknown;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const element = node as Record<string, unknown>;
    if (element.type === 'Action.Submit' && element.title === title) found ??= element.data;
    Object.values(element).forEach(walk);
  };
  for (const card of cardsOf(replies)) walk(card);
  return found;
}

describe('feedback on an answer', () => {
  it('ends a web chat answer card with the question and both buttons', async () => {
    const { say } = createTestBot({ channelId: 'webchat' });
    await say({ type: ActivityTypes.Event, name: 'webchat/join' });
    const replies = await say('je dois refaire mon casier judiciaire');
    expect(allText(replies)).toContain(m.feedback.question);
    expect(buttonValue(replies, m.feedback.yes)).toEqual({ feedback: 'yes', procedure: 'casier-judiciaire' });
    expect(buttonValue(replies, m.feedback.no)).toEqual({ feedback: 'no', procedure: 'casier-judiciaire' });
  });

  it('records a 👎 as a disliked answer of that procedure and thanks the user, without any other answer', async () => {
    const { say, usage } = createTestBot({ channelId: 'webchat' });
    await say({ type: ActivityTypes.Event, name: 'webchat/join' });
    const replies = await say('je dois refaire mon casier judiciaire');
    const thanks = await say({ value: buttonValue(replies, m.feedback.no) });
    expect(allText(thanks)).toBe(m.feedback.thanksNo);
    const { events } = await usage.read();
    expect(events.filter((e) => e.kind === 'feedback')).toMatchObject([
      { helpful: false, procedure: 'casier-judiciaire', partner: 'justice', channel: 'webchat' },
    ]);
  });

  it('ignores a forged value naming no known procedure (it is not counted)', async () => {
    const { say, usage } = createTestBot({ channelId: 'webchat' });
    await say({ type: ActivityTypes.Event, name: 'webchat/join' });
    await say({ value: { feedback: 'yes', procedure: 'inconnue' } });
    expect((await usage.read()).events.filter((e) => e.kind === 'feedback')).toEqual([]);
  });
});

describe('France services recommended', () => {
  it('records the sites shown for a commune, with its INSEE code, for the pilotage', async () => {
    const { say, usage } = createTestBot({ channelId: 'webchat' });
    await say({ type: ActivityTypes.Event, name: 'webchat/join' });
    await say(m.commands.findSite[0]!);
    await say('Songeons');
    const all = (await usage.read()).events;
    const [shown] = all.filter((e) => e.kind === 'sites');
    expect(shown?.commune).toBe('60623');
    expect(shown?.sites.length).toBeGreaterThan(0);
    const songeons = orientation().knowledge.sites.sites.find((s) => s.name.includes('Songeons'));
    expect(shown?.sites[0]).toBe(songeons?.id);
  });
});
