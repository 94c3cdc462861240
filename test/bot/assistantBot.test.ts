import { ActivityTypes, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS } from '../../src/bot/input.js';
import { turnFailureHandler } from '../../src/bot/turnFailure.js';
import { cardProblems } from './adaptiveCards.js';
import { allText, cardsOf, choicesOf, createBot, createTestBot, orientation, testUsageStore } from './harness.js';

const m = orientation().knowledge.messages;
const NIR = '1 85 05 78 006 084 36';

describe('welcome', () => {
  it('greets once on Web Chat join: who answers, what it does, privacy, 3–4 quick choices', async () => {
    const { say } = createTestBot({ channelId: 'webchat' });
    const replies = await say({ type: ActivityTypes.Event, name: 'webchat/join' });
    expect(replies).toHaveLength(1);
    const text = allText(replies);
    for (const part of [m.welcome.intro, m.welcome.canDo, m.welcome.limits, m.welcome.privacy]) expect(text).toContain(part);
    expect(text).toMatch(/préfecture de l'Oise/);
    expect(text).toMatch(/pas une personne/);
    expect(choicesOf(replies[0])).toEqual(m.menu);
    expect(m.menu).toContain('Trouver une France services');
    expect(await say({ type: ActivityTypes.Event, name: 'webchat/join' })).toEqual([]);
  });

  it('greets on conversationUpdate when a person joins, not when only the bot does', async () => {
    const { say } = createTestBot({ channelId: 'directline' });
    expect(await say({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'bot', name: 'Assistant' }] })).toEqual([]);
    const replies = await say({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'user-1', name: 'Usager' }] });
    expect(allText(replies)).toContain(m.welcome.intro);
    // Web Chat may send both: still one welcome.
    expect(await say({ type: ActivityTypes.Event, name: 'webchat/join' })).toEqual([]);
  });

  it('tells who answers before the first answer when no welcome event came', async () => {
    const replies = await createTestBot({ channelId: 'sms' }).say('bonjour');
    expect(replies[0]!.text).toContain(m.welcome.intro);
    expect(allText(replies)).toContain(m.replies.greeting);
  });
});

describe('personal data guard', () => {
  it('warns first, still helps with the rest, and stores or logs nothing of the number', async () => {
    const storage = new MemoryStorage();
    const usageDir = mkdtempSync(join(tmpdir(), 'usage-'));
    const { say, usage } = createTestBot({ storage, usageDir });
    await say({ type: ActivityTypes.Event, name: 'webchat/join' });
    const replies = await say(`mon numéro de sécu est ${NIR}, jai perdu ma carte vitale`);
    expect(replies[0]!.text).toContain("Pour votre sécurité, n'envoyez pas votre numéro de sécurité sociale");
    expect(allText(replies.slice(1))).toContain(m.orientation.regimeQuestion);
    await say('Non');
    await say(`quelle est la recette des crêpes ? ${NIR}`);
    const stored = JSON.stringify((storage as unknown as { memory: Record<string, string> }).memory);
    await usage.flush();
    const logged = readdirSync(usageDir)
      .map((f) => readFileSync(join(usageDir, f), 'utf8'))
      .join('');
    expect(logged).toContain('[masqué]');
    for (const where of [stored, logged]) expect(where.replace(/\s/g, '')).not.toContain(NIR.replace(/\s/g, ''));
  });

  it('warns about a pasted login and password, keeps neither, and still answers the France Travail request', async () => {
    const storage = new MemoryStorage();
    const { say } = createTestBot({ channelId: 'sms', storage });
    const replies = await say('mon identifiant france travail c 4512378P et le mdp Soleil60! vous pouvez faire mon actualisation svp');
    const text = allText(replies);
    expect(text).toContain(m.privacy.kinds.credential);
    expect(text).toMatch(/France Travail/);
    expect(text).not.toContain(m.replies.outOfScope);
    const stored = JSON.stringify((storage as unknown as { memory: Record<string, string> }).memory);
    for (const where of [text, stored]) for (const secret of ['4512378', 'Soleil60']) expect(where).not.toContain(secret);
  });

  it('only warns when nothing but the number was sent', async () => {
    const replies = await createTestBot({ channelId: 'sms' }).say('FR76 3000 6000 0112 3456 7890 189');
    expect(allText(replies)).toContain('vos coordonnées bancaires (RIB, IBAN)');
    expect(allText(replies)).not.toContain(m.replies.outOfScope);
  });
});

describe('robustness', () => {
  it.each<[string, Partial<Activity>, string]>([
    ['empty text', { text: '   ' }, m.input.empty],
    ['a photo without text', { attachments: [{ contentType: 'image/jpeg', contentUrl: 'https://example.org/p.jpg' }] }, m.input.attachmentOnly],
    ['an unknown card value', { value: { action: 'bizarre' } }, m.input.unknownChoice],
    ['a card value with empty text', { value: { text: '' } }, m.input.unknownChoice],
  ])('%s gets a clear French reply', async (_name, activity, expected) => {
    const { say } = createTestBot();
    await say({ type: ActivityTypes.Event, name: 'webchat/join' });
    expect(allText(await say(activity))).toContain(expected);
  });

  it('cuts a huge message, says so, and still answers', async () => {
    const { say } = createTestBot();
    await say({ type: ActivityTypes.Event, name: 'webchat/join' });
    const replies = await say(`carte vitale perdue ${'bla '.repeat(5000)}`);
    expect(replies[0]!.text).toContain(`(${MAX_INPUT_CHARS} caractères)`);
    expect(allText(replies)).toContain(m.orientation.regimeQuestion);
  });

  it('answers with an apology, never a crash, when the core fails; the next message works', async () => {
    const core = orientation();
    const failing = {
      ...core,
      analyze: (text: string, context?: { regime?: 'msa' | 'general' }) =>
        text.includes('panne')
          ? (() => {
              throw new Error('boom');
            })()
          : core.analyze(text, context),
    };
    const bot = createBot({
      orientation: failing,
      storage: new MemoryStorage(),
      usage: testUsageStore(),
      publicBaseUrl: 'https://a.example.fr',
      agentChannels: [],
    });
    const adapter = new TestAdapter((context) => bot.run(context));
    adapter.onTurnError = turnFailureHandler(m.replies.error);
    await adapter
      .send('panne')
      .assertReply((a) => expect(a.text).toContain(m.welcome.intro))
      .assertReply(m.replies.error)
      .send('bonjour')
      .assertReply((a) => expect(a.text).toContain(m.replies.greeting));
  });

  it('apologises exactly once when the turn fails and its state cannot be saved either', async () => {
    const core = orientation();
    const failing = {
      ...core,
      analyze: () => {
        throw new Error('boom');
      },
    };
    let writes = 0;
    const storage = new MemoryStorage();
    const write = storage.write.bind(storage);
    // The welcome is saved; every later write fails.
    storage.write = (changes) => (writes++ === 0 ? write(changes) : Promise.reject(new Error('disk full')));
    const bot = createBot({ orientation: failing, storage, usage: testUsageStore(), publicBaseUrl: 'https://a.example.fr', agentChannels: [] });
    const adapter = new TestAdapter((context) => bot.run(context));
    adapter.onTurnError = turnFailureHandler(m.replies.error);
    await adapter.processActivity({ type: 'message', text: 'bonjour' });
    adapter.activeQueue.splice(0);
    await adapter.processActivity({ type: 'message', text: 'panne' });
    const replies = adapter.activeQueue.splice(0).map((a) => a.text);
    expect(replies.filter((t) => t === m.replies.error)).toHaveLength(1);
  });
});

describe('channels', () => {
  it('webchat: the answer is a valid Adaptive Card 1.5; the question after it uses suggested actions', async () => {
    const { say } = createTestBot({ channelId: 'webchat' });
    await say({ type: ActivityTypes.Event, name: 'webchat/join' });
    const replies = await say('carte vitale perdue');
    const cards = cardsOf(replies);
    expect(cards).toHaveLength(1);
    expect(cardProblems(cards[0])).toEqual([]);
    expect(choicesOf(replies.at(-1))).toEqual([m.orientation.yes, m.orientation.no]);
    expect(replies.at(-1)!.suggestedActions).toBeDefined();
    expect(allText(await say(m.orientation.no))).toContain(m.conversation.regimeNo);
  });

  it('sms: plain text, numbered choices, and a number answers them', async () => {
    const { say } = createTestBot({ channelId: 'sms' });
    const first = await say('carte vitale perdue');
    expect(cardsOf(first)).toEqual([]);
    expect(allText(first)).toContain('Papiers à apporter (Perte, vol ou carte abîmée)');
    expect(first.every((a) => !a.attachments?.length && a.textFormat === 'plain')).toBe(true);
    expect(first.at(-1)!.text).toContain(`1. ${m.orientation.yes}\n2. ${m.orientation.no}`);
    expect(allText(await say('2'))).toContain(m.conversation.regimeNo);
    const situation = await say('carte vitale');
    expect(situation.at(-1)!.text).toContain(m.orientation.situationQuestion);
    expect(situation.at(-1)!.text).toContain('3. Appli carte Vitale sur téléphone');
    expect(allText(await say('3'))).toContain('Papiers à apporter (Appli carte Vitale sur téléphone)');
  });

  it('Teams: @mention removed, choices as card buttons (no suggested actions), a button click routes like text', async () => {
    const { say } = createTestBot({ channelId: 'msteams', agentChannels: [] });
    const mention = { type: 'mention', text: '<at>Assistant</at>', mentioned: { id: 'bot', name: 'Assistant' } };
    const replies = await say({ text: '<at>Assistant</at> carte vitale perdue', entities: [mention] });
    const question = replies.at(-1)!;
    expect(question.suggestedActions).toBeUndefined();
    expect(choicesOf(question)).toEqual([m.orientation.yes, m.orientation.no]);
    expect(cardProblems(cardsOf([question])[0])).toEqual([]);
    // Web clients send the button's data as the value, without text.
    const next = await say({ value: { text: m.orientation.no } });
    expect(allText(next)).toContain(m.conversation.regimeNo);
  });

  it('Teams is an agent channel by default: a short desk answer, no question back', async () => {
    const replies = await createTestBot({ channelId: 'msteams' }).say('carte vitale perdue');
    // The lost card's papers ("Papiers (Carte perdue…) :"), or each situation's key papers.
    expect(allText(replies)).toMatch(new RegExp(`${m.desk.documents} \\(|${m.desk.keyPapers} :`));
    expect(replies.flatMap((r) => choicesOf(r))).toEqual([]);
  });
});
