/**
 * Questions about the several France services just shown (issue 9): which of them are open on a day or part
 * of a day, the same for another day ("et demain ?"), which is the nearest; hours said in full sentences in
 * French and English; "y en a une là-bas ?" after a commune was named. Tables of [user says, texts shown,
 * texts not shown] per channel; every expected text is read from the knowledge (messages, sites).
 */
import { describe, it } from 'vitest';
import { fill } from '../../src/knowledge/fill.js';
import { weekdays, type Weekday } from '../../src/knowledge/schemas/common.js';
import type { Language } from '../../src/knowledge/schemas/languages.js';
import { parisMoment } from '../../src/orientation/hours/index.js';
import { orientation, THURSDAY_MORNING } from '../bot/harness.js';
import { dialogClient } from './dialogHarness.js';
import { closedNextSentence, dayLead, openLead, spanTexts } from './hoursTexts.js';

const core = orientation();
const fr = core.knowledge.messages;
const en = core.knowledge.english.messages;
/** A conversation in French, or in English as the bot sets it for a user writing English. */
const client = (channelId: string, language: Language = 'fr') => dialogClient({ channelId, language });

/** The France services shown for a commune, nearest first (fixed ones). */
function shownFor(name: string) {
  const lookup = core.lookupCommune(name);
  if (lookup.status !== 'found') throw new Error(`${name}: ${lookup.status}`);
  const { lat, lon } = lookup.commune;
  return core.nearbyServices({ lat, lon }, { limit: 3, now: THURSDAY_MORNING }).fixed.map((n) => n.site);
}

const beauvais = shownFor('Beauvais');
const noyon = shownFor('Noyon');
const creil = shownFor('Creil');
const tomorrow: Weekday = weekdays[(weekdays.indexOf(parisMoment(THURSDAY_MORNING).weekday) + 1) % 7]!;
const formerie = shownFor('Formerie')[0]!;

describe('which of the sites shown is open: every one is looked at', () => {
  it('webchat: "laquelle est ouverte vendredi matin ?", "et le samedi ?", then "lequel est le plus proche ?"', async () => {
    const nearest = beauvais[0]!;
    await client('webchat').play([
      ['y a des france services à Beauvais ?', beauvais.map((s) => s.name)],
      ['laquelle est ouverte vendredi matin ?', beauvais.map((s) => dayLead(fr, s, 'friday', 'morning'))],
      ['et le samedi ?', beauvais.map((s) => dayLead(fr, s, 'saturday'))],
      [
        'lequel est le plus proche ?',
        [fill(fr.conversation.siteNearest, { site: nearest.name, km: '{km}', minutes: '{minutes}', address: '{address}' }).split('{km}')[0]!],
        beauvais.slice(1).map((s) => s.name),
      ],
    ]);
  });

  it('msteams: "lequel est ouvert le vendredi après-midi ?" after "sites noyon" says which are closed then, with their next opening', async () => {
    const closed = noyon.filter((s) => dayLead(fr, s, 'friday', 'afternoon') !== openLead(fr, s, 'friday', 'afternoon'));
    if (closed.length === 0) throw new Error('every Noyon site is open on Friday afternoon');
    await client('msteams').play([
      ['sites noyon', noyon.map((s) => s.name)],
      [
        'lequel est ouvert le vendredi après-midi ?',
        [...noyon.map((s) => dayLead(fr, s, 'friday', 'afternoon')), ...closed.map((s) => closedNextSentence(fr, s, 'friday', 'afternoon'))],
      ],
    ]);
  });

  it('sms: "laquelle est ouverte le samedi", then "et demain ?" for each site shown, in plain text', async () => {
    await client('sms').play([
      ['france services creil', creil.map((s) => s.name)],
      ['laquelle est ouverte le samedi', creil.map((s) => dayLead(fr, s, 'saturday')), ['**']],
      ['et demain ?', creil.map((s) => dayLead(fr, s, tomorrow)), ['**']],
    ]);
  });

  it('webchat in English: "Which one is open on Friday morning?" answers for each site, the day capitalised', async () => {
    await client('webchat', 'en').play([
      ['Is there a France services office in Beauvais?', beauvais.map((s) => s.name)],
      ['Which one is open on Friday morning?', [en.hours.weekdays.friday, ...beauvais.map((s) => dayLead(en, s, 'friday', 'morning'))]],
      ['and on Saturday?', beauvais.map((s) => dayLead(en, s, 'saturday'))],
    ]);
  });
});

describe('hours in full sentences addressed to the user', () => {
  it('webchat in English: a Saturday open, then a Sunday closed with the next opening', async () => {
    await client('webchat', 'en').play([
      ['Hello, is the France services in Formerie open on Saturday?', [openLead(en, formerie, 'saturday'), ...spanTexts(en, formerie.hours.saturday)]],
      ['and on Sunday?', [closedNextSentence(en, formerie, 'sunday')]],
    ]);
  });

  it('sms in French: a Saturday open, then its afternoon closed with the next opening', async () => {
    await client('sms').play([
      ['la france services de formerie elle est ouverte le samedi ?', [openLead(fr, formerie, 'saturday'), ...spanTexts(fr, formerie.hours.saturday)]],
      ['et le samedi après-midi ?', [closedNextSentence(fr, formerie, 'saturday', 'afternoon')]],
    ]);
  });

  it('msteams: a day at the site asked about is one sentence', async () => {
    const nearest = noyon[0]!;
    await client('msteams').play([
      ['sites noyon', [nearest.name]],
      ['horaires du lundi ?', [openLead(fr, nearest, 'monday'), ...spanTexts(fr, nearest.hours.monday)]],
    ]);
  });
});

describe('"y en a une là-bas ?" after a commune was named: its France services, or the nearest ones', () => {
  const header = (m: typeof fr, commune: string) => fill(m.location.header, { commune });

  it("webchat: a relative's commune named with a procedure", async () => {
    await client('webchat').play([
      ['ma mère habite à Grandvilliers, elle doit refaire sa carte grise', []],
      ['y en a une là-bas ?', [header(fr, 'Grandvilliers'), shownFor('Grandvilliers')[0]!.name]],
    ]);
  });

  it('sms: a commune without a France services of its own gives the nearest ones', async () => {
    await client('sms').play([
      ["je déménage à Troissereux le mois prochain, je dois changer l'adresse de ma carte grise", []],
      ['y en a une la bas ?', [header(fr, 'Troissereux'), shownFor('Troissereux')[0]!.name]],
    ]);
  });

  it('msteams in English: "is there one there?"', async () => {
    await client('msteams', 'en').play([
      ['My father lives in Crépy-en-Valois and needs help with his pension application', []],
      ['is there one there?', [header(en, 'Crépy-en-Valois'), shownFor('Crépy-en-Valois')[0]!.name]],
    ]);
  });
});
