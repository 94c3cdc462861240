/**
 * What a follow-up is about, per channel: the site just named (a commune's own bus rather than a nearer
 * site elsewhere), the procedure in context. Tables of [user says, texts shown, texts not shown]; expected
 * texts are read from the knowledge (messages, procedures, sites), never copied.
 */
import { describe, expect, it } from 'vitest';
import { fill } from '../../src/knowledge/fill.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Site } from '../../src/knowledge/schemas/site.js';
import { siteAddress } from '../../src/orientation/location/siteView.js';
import { createOrientation, loadLanguageModel } from '../../src/orientation/index.js';
import { allText, createTestBot } from '../bot/harness.js';
import { dialogClient, type Turn } from './dialogHarness.js';

const knowledge = loadKnowledge();
/** The core as src/index.ts builds it, with the language-identification model. */
const core = createOrientation(knowledge, { languageModel: await loadLanguageModel() });
const m = knowledge.messages;
const c = m.conversation;
const sites = knowledge.sites.sites.filter((s) => s.departement === '60');
const communeOf = (name: string) => knowledge.communes.communes.find((x) => x.name === name && x.departement === '60')!;
/** The France services of the Oise in a commune, buses apart. */
const inCommune = (name: string, mobile: boolean) => sites.filter((s) => s.insee === communeOf(name).insee && s.mobile === mobile);
const phone = (s: Site) => fill(c.sitePhone, { site: s.name, phone: s.phone! });

describe.each(['webchat', 'sms'])('%s: the site in question is the one of the commune named', (channelId) => {
  // A commune whose only France services is a bus, while a fixed site of another commune is nearer.
  const busTowns = [...new Set(sites.filter((s) => s.mobile).map((s) => s.commune!))].filter(
    (name) => inCommune(name, false).length === 0 && inCommune(name, true).length === 1,
  );

  it.each(busTowns)('"france services %s", then its phone, address and hours: its bus', async (town) => {
    const bus = inCommune(town, true)[0]!;
    const nearer = sites.filter((s) => !s.mobile && s.phone && s.phone !== bus.phone);
    const turns: Turn[] = [
      [`france services ${town}`, [bus.name]],
      ['le téléphone ?', [phone(bus)], nearer.map(phone)],
      ["l'adresse ?", [fill(c.siteAddress, { site: bus.name, address: siteAddress(bus) }), c.siteBusAddress]],
      ["c'est ouvert quand ?", [fill(c.siteMobile, { site: bus.name, phone: bus.phone! })]],
      ['le numéro ?', [phone(bus)], nearer.map(phone)],
    ];
    await dialogClient({ channelId }).play(turns);
  });

  it('"france services beauvais" then "le téléphone ?": a site of Beauvais', async () => {
    const own = inCommune('Beauvais', false);
    const others = sites.filter((s) => !s.mobile && s.phone && !own.some((o) => o.phone === s.phone));
    await dialogClient({ channelId }).play([
      ['france services beauvais', [own[0]!.name]],
      ['le téléphone ?', [/Beauvais/], others.map(phone)],
    ]);
  });
});

describe.each(['webchat', 'sms'])('%s, in English: after a procedure, a person to help, and the sites of the commune given', (channelId) => {
  const en = knowledge.english.messages;
  // The language is chosen by the bot (src/bot/assistantBot.ts), with the core's language model: the whole bot plays.
  const english = () => {
    const { say } = createTestBot({ channelId, orientation: core });
    return {
      play: async (turns: Turn[]) => {
        for (const [user, shows, hides = []] of turns) {
          const text = allText(await say(user));
          const label = `after « ${String(user)} » the bot said:\n${text}`;
          for (const expected of shows) expect(text, label).toContain(expected);
          for (const hidden of hides) expect(text, label).not.toContain(hidden);
        }
      },
    };
  };
  const lost = knowledge.english.procedures['perte-vol-papiers']!;
  const nearest = (name: string) => fill(en.location.header, { commune: name });

  it('"can someone help me in person?" with no commune known: the way to a person, and the commune asked', async () => {
    await english().play([
      ['I lost my passport, what should I do?', [lost.title]],
      ["I don't understand the website at all, can someone help me in person?", [en.conversation.human, en.conversation.humanAskCommune], [lost.summary]],
      ['Méru', [nearest('Méru')]],
    ]);
  });

  it('"can someone help me in person?" with the commune given before: its France services', async () => {
    await english().play([
      ['I lost my passport, what should I do?', [lost.title]],
      ["I'm in Méru", [nearest('Méru')]],
      ["I don't understand the website at all, can someone help me in person?", [en.conversation.human, nearest('Méru')], [en.conversation.humanAskCommune]],
    ]);
  });

  it('"Is there a France services office near me? I\'m in Clermont": the sites of Clermont, not the procedure again', async () => {
    await english().play([
      ['I lost my passport, what should I do?', [lost.title]],
      ["Is there a France services office near me? I'm in Clermont", [nearest('Clermont')], [lost.title, en.conversation.regimeNo, en.conversation.elsewhere]],
    ]);
  });
});

describe.each(['webchat', 'sms'])('%s: what a life event calls for at another partner', (channelId) => {
  const title = (id: string) => knowledge.procedures.find((p) => p.id === id)!.title;
  const firstDocument = (id: string, situation: string) =>
    knowledge.procedures.find((p) => p.id === id)!.situations.find((s) => s.id === situation)!.documents[0]!;
  const jobLoss = "j'ai perdu mon emploi, je m'inscris à france travail comment ?";

  it('after a job loss, "et la caf ?" then "et les impôts aussi ?": the change of situation, then the tax rate', async () => {
    await dialogClient({ channelId }).play([
      [jobLoss, [title('inscription-france-travail')]],
      ['et la caf je dois la prévenir ?', [title('attestation-caf'), firstDocument('attestation-caf', 'changement-situation')], [m.orientation.clarify]],
      ['et les impôts aussi ?', [title('prelevement-source'), firstDocument('prelevement-source', 'changement-revenus')], [m.orientation.clarify]],
    ]);
  });

  it.each(['et pour les impôts ?', 'et les impôts, je dois les prévenir ?'])(
    'after a job loss, "%s": the tax rate, not a choice of tax procedures',
    async (question) => {
      await dialogClient({ channelId }).play([
        [jobLoss, [title('inscription-france-travail')]],
        [question, [title('prelevement-source')], [m.orientation.clarify, title('paiement-impots')]],
      ]);
    },
  );

  it('a question clearly naming another procedure still gets that one', async () => {
    await dialogClient({ channelId }).play([
      [jobLoss, [title('inscription-france-travail')]],
      ["et pour ma carte vitale que j'ai perdue ?", [title('carte-vitale')], [title('prelevement-source')]],
    ]);
  });
});
