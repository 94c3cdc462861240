/**
 * A partner's contact and where a procedure is done, per channel: "contact impôts ?" after another body's
 * answer gives that partner's phone and website; a partner and a commune given to the way to a person give
 * the nearest sites and the partner's line; "on peut le déposer à la France services de Noyon ?" after a
 * passport says where it is handed in and what France services does, then that site. Texts from the knowledge.
 */
import { describe, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { fill } from '../../src/bot/texts.js';
import { dialogClient } from './dialogHarness.js';

const knowledge = loadKnowledge();
const m = knowledge.messages;
const c = m.conversation;
const partner = (id: string) => knowledge.partners.find((p) => p.id === id)!;
const contact = (id: string) => fill(c.partnerContact, { partner: partner(id).name, phone: partner(id).phone!.number, website: partner(id).website });
const procedure = (id: string) => knowledge.procedures.find((p) => p.id === id)!;
const header = (commune: string) => fill(m.location.header, { commune });
const site = (commune: string) => knowledge.sites.sites.find((s) => s.commune === commune && !s.mobile)!;

describe.each(['webchat', 'sms', 'msteams'])('%s: a partner named with a contact word', (channelId) => {
  it('"contact impôts ?" after the chèque énergie gives the tax office, not the chèque énergie again', async () => {
    await dialogClient({ channelId }).play([
      ['chèque énergie', [procedure('cheque-energie').title]],
      ['contact impôts ?', [contact('dgfip')], [procedure('cheque-energie').title]],
    ]);
  });

  it('"et le numéro de la cpam ?" after housing aid gives the Assurance Maladie, not the CAF', async () => {
    await dialogClient({ channelId }).play([
      ["comment faire une demande d'APL", [procedure('aide-logement').title]],
      ['et le numéro de la cpam ?', [contact('assurance-maladie')], [contact('caf')]],
    ]);
  });
});

describe.each(['webchat', 'sms'])('%s: the way to a person with a partner and a commune', (channelId) => {
  it('"c\'est pour la caf jsuis a Grandvilliers" gives the nearest sites with their phone, and the CAF\'s line', async () => {
    await dialogClient({ channelId }).play([
      ["je veux parler à quelqu'un", [c.humanAskCommune]],
      ["c'est pour la caf jsuis a Grandvilliers", [header('Grandvilliers'), site('Grandvilliers').phone!, contact('caf')], [m.orientation.clarify]],
    ]);
  });
});

describe.each(['webchat', 'sms'])('%s: whether the procedure is done at a France services', (channelId) => {
  it('"on peut le déposer à la France services de Noyon ?" after a passport: where it is handed in, what France services does, the site', async () => {
    const passport = procedure('passeport');
    const noyon = site('Noyon');
    await dialogClient({ channelId }).play([
      ['je dois refaire mon passeport', [passport.title]],
      ['on peut le déposer à la France services de Noyon ?', [passport.elsewhere[0]!, passport.agentCan[0]!, noyon.name, noyon.phone!], [header('Noyon')]],
    ]);
  });
});

describe.each(['webchat', 'sms', 'msteams'])('%s: sites named on a day', (channelId) => {
  const weekday = knowledge.messages.hours.weekdays.monday;
  it('"usager dispo que le lundi : Noyon ou Montataire ?" gives that day at both sites, not the nearest sites', async () => {
    const noyon = site('Noyon');
    const montataire = site('Montataire');
    await dialogClient({ channelId }).play([
      [
        'usager dispo que le lundi : France services de Noyon ou France services La Poste de Montataire ?',
        [noyon.name, montataire.name, weekday],
        [header('Noyon')],
      ],
    ]);
  });

  it('"c\'est ouvert lundi ?" at a site closed that day: closed, and the week\'s hours', async () => {
    const montataire = site('Montataire');
    await dialogClient({ channelId }).play([
      ["j'habite à Montataire", [header('Montataire')]],
      ["c'est ouvert lundi ?", [montataire.name, weekday, fill(c.siteWeek, { site: montataire.name })]],
    ]);
  });
});
