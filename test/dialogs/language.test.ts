/**
 * The conversation in the user's language (issue 13): the real bot, dialogs, core and knowledge; every
 * expected text is read from knowledge/messages.yaml, messages.en.yaml and the procedures.
 */
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { createOrientation, loadLanguageModel } from '../../src/orientation/index.js';
import { fill } from '../../src/knowledge/fill.js';
import { allText, choicesOf, createTestBot as createFrenchOnlyBot } from '../bot/harness.js';

/** The core as src/index.ts builds it, with the language-identification model. */
const core = createOrientation(loadKnowledge(), { languageModel: await loadLanguageModel() });
const createTestBot = (options: { channelId: string }) => createFrenchOnlyBot({ ...options, orientation: core });
const knowledge = core.knowledge;
const fr = knowledge.messages;
const en = knowledge.english.messages;
const englishPassport = knowledge.english.procedures['passeport']!;
const frenchPassport = knowledge.procedures.find((p) => p.id === 'passeport')!;
const locales = (replies: Partial<Activity>[]) => [...new Set(replies.map((r) => r.locale))];

describe('the conversation in the user language', () => {
  it('answers an English message in English: welcome, answer, situation question, every activity marked en-GB', async () => {
    const { say } = createTestBot({ channelId: 'webchat' });
    const replies = await say('Hello, I need to renew my passport, what documents should I bring?');
    const text = allText(replies);
    expect(text).toContain(en.welcome.intro);
    expect(text).toContain(englishPassport.title);
    expect(text).toContain(en.answer.partner);
    expect(text).not.toContain(fr.welcome.intro);
    expect(text).not.toContain(frenchPassport.title);
    expect(text).not.toContain(fr.answer.partner);
    expect(locales(replies)).toEqual(['en-GB']);
  });

  it('keeps French for a French message, every activity marked fr-FR', async () => {
    const { say } = createTestBot({ channelId: 'webchat' });
    const replies = await say('je dois refaire mon passeport, il faut quels papiers ?');
    expect(allText(replies)).toContain(frenchPassport.title);
    expect(allText(replies)).not.toContain(en.answer.partner);
    expect(locales(replies)).toEqual(['fr-FR']);
  });

  it('switches on request, "in English please" then "en français svp", and answers the next message in that language', async () => {
    const { say } = createTestBot({ channelId: 'webchat' });
    await say('bonjour');
    const toEnglish = await say('in English please');
    expect(allText(toEnglish)).toContain(en.language.switched);
    expect(choicesOf(toEnglish.at(-1))).toEqual(en.menu);
    // A short message keeps the language asked for, even one that reads French.
    expect(allText(await say('passeport renouvellement'))).toContain(englishPassport.title);
    const toFrench = await say('en français svp');
    expect(allText(toFrench)).toContain(fr.language.switched);
    expect(choicesOf(toFrench.at(-1))).toEqual(fr.menu);
    const french = await say('passeport renouvellement');
    expect(allText(french)).toContain(frenchPassport.title);
    expect(locales(french)).toEqual(['fr-FR']);
  });

  it('a request with a question switches and answers it', async () => {
    const { say } = createTestBot({ channelId: 'webchat' });
    await say('bonjour');
    const replies = await say('in English please, how do I renew my passport?');
    expect(allText(replies)).toContain(englishPassport.title);
    expect(allText(replies)).not.toContain(en.language.switched);
  });

  it.each([
    ['carte-identite', 'Hello, my French ID card has expired, how can I renew it?'],
    ['casier-judiciaire', 'My new employer wants a criminal record certificate, how do I get one?'],
    ['demande-retraite', 'I am 62 and I want to apply for my French pension, what should I do?'],
  ])('answers %s in English, with its English title and no French one', async (id, message) => {
    const english = knowledge.english.procedures[id]!;
    const french = knowledge.procedures.find((p) => p.id === id)!;
    const { say } = createTestBot({ channelId: 'webchat' });
    const text = allText(await say(message));
    expect(text).toContain(english.title);
    expect(text).not.toContain(french.title);
    expect(text).not.toContain(en.language.notTranslated);
  });

  it('names the partner in English in an English answer: its English phone line, not the French one', async () => {
    const french = knowledge.partners.find((p) => p.id === 'justice')!;
    const english = knowledge.english.partners['justice']!;
    const { say } = createTestBot({ channelId: 'sms' });
    const text = allText(await say('How can I get a copy of my criminal record for a new job?'));
    expect(text).toContain(english.phone!.label);
    expect(text).not.toContain(french.phone!.label);
    const frenchText = allText(await createTestBot({ channelId: 'sms' }).say('comment avoir un extrait de casier judiciaire pour un emploi ?'));
    expect(frenchText).toContain(french.phone!.label);
  });

  it('finds an English detail question made of four-letter words in the English procedure ("visa", "page", "full")', async () => {
    const { say } = createTestBot({ channelId: 'webchat' });
    await say('Hello, I need to renew my passport');
    const renewal = englishPassport.situations.find((s) => s.id === 'renouvellement')!;
    const sentence = renewal.note!.split(/(?<=[.!?])\s+/).find((line) => /visa/i.test(line))!;
    expect(allText(await say('and if my visa page is full?'))).toContain(sentence);
  });

  it('shows the nearby France services for an English "somewhere nearby, someone to help me" after an answer', async () => {
    const { say } = createTestBot({ channelId: 'webchat' });
    await say('I have to renew my residence permit on the ANEF website, I live in Gouvieux');
    const text = allText(await say('Is there somewhere nearby where someone can help me with the website?'));
    expect(text).toContain(fill(en.location.header, { commune: 'Gouvieux' }));
  });

  it('answers the carte grise (vehicle registration) in English, with its English title', async () => {
    const englishCarteGrise = knowledge.english.procedures['carte-grise']!;
    const { say } = createTestBot({ channelId: 'webchat' });
    const text = allText(await say('I just bought a used car, how do I change the car registration to my name?'));
    expect(text).toContain(englishCarteGrise.title);
    expect(text).not.toContain(en.language.notTranslated);
  });

  it('a procedure not yet in English: one English sentence says so, then the French answer', async () => {
    // A fine (amende) has no English version yet: if one is written, pick another untranslated procedure.
    const untranslated = knowledge.procedures.find((p) => p.id === 'amende')!;
    expect(knowledge.english.procedures['amende']).toBeUndefined();
    const { say } = createTestBot({ channelId: 'webchat' });
    const replies = await say('I got a speeding fine in the post, how do I pay it?');
    const text = allText(replies);
    expect(text).toContain(en.language.notTranslated);
    expect(text).toContain(untranslated.title);
    // The English sentence is marked English, the French answer French (Web Chat's lang comes from the locale).
    expect(replies.find((r) => allText([r]).includes(en.language.notTranslated))?.locale).toBe('en-GB');
    expect(replies.find((r) => allText([r]).includes(untranslated.title))?.locale).toBe('fr-FR');
  });

  it('links the English printable fiche from an English answer, the French one from a French answer', async () => {
    const english = createTestBot({ channelId: 'sms' });
    expect(allText(await english.say('how much does it cost to renew my passport?'))).toMatch(/\/fiches\/passeport\?[^\s]*lang=en/);
    const french = createTestBot({ channelId: 'sms' });
    const text = allText(await french.say('combien coûte un passeport pour un adulte ?'));
    expect(text).toMatch(/\/fiches\/passeport/);
    expect(text).not.toMatch(/lang=en/);
  });

  it('keeps English after "start again", and English answers "yes"/"no" questions', async () => {
    const { say } = createTestBot({ channelId: 'webchat' });
    await say('Hello, I would like some help with my housing benefit please');
    const reset = await say('start again');
    expect(allText(reset)).toContain(en.replies.reset);
    expect(choicesOf(reset.at(-1))).toEqual(en.menu);
    expect(locales(reset)).toEqual(['en-GB']);
  });

  it('shows the nearest France services and their hours in English: header, opening status, weekday, clock', async () => {
    const { say } = createTestBot({ channelId: 'webchat' });
    const sites = allText(await say('Hello, I live in Chantilly, where is the nearest France services office?'));
    expect(sites).toContain(fill(en.location.header, { commune: 'Chantilly' }));
    expect(sites).not.toContain(fill(fr.location.header, { commune: 'Chantilly' }));
    expect(sites).not.toMatch(/\d h\b/);
    const friday = allText(await say('Is it open on Friday?'));
    expect(friday).toContain(en.hours.weekdays.friday);
    expect(friday).not.toContain(fr.hours.weekdays.friday);
    expect(friday).toMatch(/\d{1,2}:\d\d/);
  });
});

describe('webchat: a situation answered with the words of the label shown, in English', () => {
  it('"I only have a student visa" answers "Student" and gets the student\'s papers, not the question again', async () => {
    const { say } = createTestBot({ channelId: 'webchat' });
    const housing = knowledge.english.procedures['aide-logement']!;
    const student = housing.situations.find((s) => s.id === 'etudiant')!;
    expect(allText(await say("Hi, I'm from Brazil and I rent a room in Montataire. Can I get help to pay my rent?"))).toContain(housing.title);
    const text = allText(await say('what do they ask for? I only have a student visa'));
    for (const document of student.documents.slice(0, 2)) expect(text).toContain(document);
    expect(text).not.toContain(en.conversation.situationAgain);
  });
});
