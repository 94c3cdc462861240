/**
 * Reading a turn in context, per channel: pending answer → follow-up on what was shown → new request, the
 * procedure in context weighing on an ambiguous follow-up. Tables of [user says, texts shown, texts not
 * shown]; expected texts are read from the knowledge (messages, procedures, sites), never copied.
 */
import { describe, expect, it } from 'vitest';
import { fill } from '../../src/knowledge/fill.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { siteAddress } from '../../src/orientation/location/siteView.js';
import { frenchWeekdays } from '../../src/orientation/hours/index.js';
import { orientation, THURSDAY_MORNING } from '../bot/harness.js';
import { dialogClient, type Turn } from './dialogHarness.js';
import { closedLead } from './hoursTexts.js';

const knowledge = loadKnowledge();
const m = knowledge.messages;
const c = m.conversation;
const title = (id: string) => knowledge.procedures.find((p) => p.id === id)!.title;
const situation = (id: string, sid: string) =>
  orientation()
    .procedureView(id, { now: THURSDAY_MORNING })!
    .situations.find((s) => s.id === sid)!;
const site = (name: string) => knowledge.sites.sites.find((s) => s.name.includes(name) && s.departement === '60')!;
const header = (commune: string) => fill(m.location.header, { commune });
const partnerName = (id: string) => knowledge.partners.find((p) => p.id === id)!.name;
const partnerPhone = (id: string) => knowledge.partners.find((p) => p.id === id)!.phone!.number;

describe('webchat: the procedure in context weighs on an ambiguous follow-up', () => {
  it.each<[string, Turn[]]>([
    [
      'after a death, "il avait sa retraite à la Carsat, j\'ai droit à quelque chose ?" is the survivor\'s pension',
      [
        ['bonjour, mon mari est décédé il y a 10 jours, je ne sais pas par où commencer pour les papiers', [title('deces-proche')]],
        ["il avait sa retraite a la carsat, moi j'ai 63 ans, j'ai droit a quelque chose ?", [title('pension-reversion')], [title('demande-retraite')]],
      ],
    ],
    [
      'after a pasted number, "je vois mes remboursements ou alors ?" stays with the Assurance Maladie',
      [
        ['bonjour voici mon numero de secu 2 91 03 60 175 042 23 pour que vous regardiez mes remboursements', [partnerName('assurance-maladie')]],
        ['ah pardon. je vois mes remboursements ou alors ?', [partnerName('assurance-maladie')], [title('aah')]],
      ],
    ],
    [
      'a real switch that names its procedure still switches',
      [
        ['bonjour, mon mari est décédé il y a 10 jours, je ne sais pas par où commencer pour les papiers', [title('deces-proche')]],
        ['et pour la carte grise ?', [title('carte-grise')]],
      ],
    ],
    [
      '"et pour moi ?" after a child\'s passport keeps the passport and asks which adult situation',
      [
        ['passeport pour ma fille de 12 ans', situation('passeport', 'mineur').documents],
        ['et pour moi ?', [situation('passeport', 'premiere-demande').label, situation('passeport', 'renouvellement').label], [m.replies.outOfScope]],
      ],
    ],
    [
      '"j\'ai 58 ans" after the survivor\'s pension answers it again for this person, not the menu',
      [
        ['mon époux exploitant agricole est mort en mars, je peux toucher une partie de sa retraite ?', [title('pension-reversion')]],
        ["j'ai 58 ans", [title('pension-reversion')], [m.replies.outOfScope]],
      ],
    ],
  ])('%s', async (_name, turns) => {
    await dialogClient().play(turns);
  });
});

describe('webchat: answers to the pending question', () => {
  it('a "no" with extra words answers the MSA question', async () => {
    await dialogClient().play([
      ['carte vitale perdue', [m.orientation.regimeQuestion]],
      ['pas du tout, je bosse à La Poste', [c.regimeNo], [m.orientation.regimeQuestion, m.replies.outOfScope]],
    ]);
  });

  it.each([
    ['je suis ouvrier dans une exploitation, je veux ma carte vitale'],
    ["je travaille dans une ferme et j'ai perdu ma carte vitale"],
    ['salarié viticole, j’ai perdu ma carte vitale'],
  ])('farm work in other words is the MSA: %s', async (text) => {
    await dialogClient().play([[text, [c.regimeNoted, 'https://www.msa.fr'], [m.orientation.regimeQuestion]]]);
  });

  it('a commune picked after "which commune?" shows its sites and is never asked again', async () => {
    await dialogClient().play([
      ['je cherche une france services', [m.location.ask]],
      ['noyonn', [header('Noyon'), site('Noyon').name], [m.location.ask, c.communeAgain]],
    ]);
  });

  it('the same question is never asked twice in a row', async () => {
    const { send } = dialogClient();
    await send('je cherche une france services');
    const again = (await send('je sais pas')).map((a) => a.text ?? '').join('\n');
    expect(again).toContain(c.communeAgain);
    expect(again).not.toContain(m.location.ask);
  });
});

describe('webchat: follow-ups on the sites shown', () => {
  const clermont = site('Clermont');
  it('a commune alone shows its France services, then the exact address, the next one, a day, the phone', async () => {
    await dialogClient().play([
      ['france services à Clermont', [header('Clermont'), clermont.name]],
      ["l'adresse exacte svp", [siteAddress(clermont)], [m.replies.outOfScope]],
      ['faut prendre rdv ?', [fill(clermont.appointment ? c.siteAppointment : c.siteNoAppointment, { site: clermont.name, phone: clermont.phone ?? '' })]],
      ['leur telephone ?', [clermont.phone!]],
    ]);
  });

  it('"j\'habite à Songeons" as a first message lists the nearby France services', async () => {
    await dialogClient().play([["j'habite à Songeons", [header('Songeons'), site('Songeons').name]]]);
  });

  it('"y en a une autre ouverte le lundi ?" gives the next site open that Monday', async () => {
    const { send } = dialogClient();
    await send('France services près de Maignelay-Montigny');
    const text = (await send('y en a une autre pas loin ouverte le lundi ?')).map((a) => a.text ?? '').join('\n');
    expect(text).toContain(frenchWeekdays.monday);
    expect(text).not.toContain(closedLead(m, site('Maignelay'), 'monday'));
  });

  it('out of scope with a commune stays a polite refusal, without the sites or a hurried sentence', async () => {
    await dialogClient().play([
      [
        "je comprends que c'est pressé mais je veux savoir la météo de demain, j'habite Clermont",
        [m.replies.outOfScope],
        [header('Clermont'), c.feelings.urgency],
      ],
    ]);
  });
});

describe('msteams: desk commands tolerate typos; several needs are each named', () => {
  it.each<[string, Turn[]]>([
    ['"sites clermon"', [['sites clermon', [site('Clermont').name, site('Clermont').phone!]]]],
    ['"horaire noyonn"', [['horaire noyonn', [site('Noyon').name, fill(c.siteWeek, { site: site('Noyon').name })]]]],
    ['an unknown commune says so, with the usage', [['sites zorglub', [c.communeAgain], [m.replies.outOfScope]]]],
    [
      'three needs in one desk message: a desk answer for each',
      [
        [
          'usager avec 3 demandes : carte vitale perdue, inscription france travail, attestation caf pour la cantine',
          [title('carte-vitale'), title('inscription-france-travail'), title('attestation-caf')],
        ],
      ],
    ],
  ])('%s', async (_name, turns) => {
    await dialogClient({ channelId: 'msteams' }).play(turns);
  });
});

describe('sms: a phone question with no site shown gives the partner line', () => {
  it('"je peux appeler qui" after a France Travail answer', async () => {
    await dialogClient({ channelId: 'sms' }).play([
      ['france travail ma radié pcq jai loupé un rdv, ils ont le droit ??', [title('radiation-france-travail')]],
      ['je peux appeler qui', [partnerPhone('france-travail')], [m.replies.outOfScope]],
    ]);
  });
});

describe('sms: no message over 1,000 characters, for any procedure', () => {
  it('the first answer to each procedure, its details by number, and the sites, each fit in one SMS', async () => {
    const { send } = dialogClient({ channelId: 'sms' });
    const long: string[] = [];
    for (const procedure of knowledge.procedures) {
      for (const turn of [procedure.title, '1', '2', 'Creil']) {
        for (const reply of await send(turn)) if ((reply.text ?? '').length > 1000) long.push(`${procedure.id} « ${turn} »: ${reply.text!.length}`);
      }
      await send('recommencer');
    }
    expect(long).toEqual([]);
  }, 120_000);
});
