/**
 * The conversation, per channel, as tables of [user says, texts shown, texts not shown]. Expected texts
 * are read from the knowledge (messages, procedures, sites), never copied: an editor may reword them.
 */
import { MemoryStorage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { fill } from '../../src/knowledge/fill.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { formatClock, frenchWeekdays } from '../../src/orientation/hours/index.js';
import { orientation, THURSDAY_MORNING } from '../bot/harness.js';
import { dialogClient, type Turn } from './dialogHarness.js';
import { spanTexts } from './hoursTexts.js';

const knowledge = loadKnowledge();
const m = knowledge.messages;
const c = m.conversation;
const procedure = (id: string) => knowledge.procedures.find((p) => p.id === id)!;
/** Amounts as shown on the test day (figures filled in and dated). */
const amounts = (id: string) =>
  orientation()
    .procedureView(id, { now: THURSDAY_MORNING })!
    .costs.map((cost) => cost.amount);
/** A situation as shown to a general-regime user on the test day. */
const situation = (id: string, sid: string) =>
  orientation()
    .procedureView(id, { now: THURSDAY_MORNING })!
    .situations.find((s) => s.id === sid)!;
const site = (name: string) => knowledge.sites.sites.find((s) => s.name.includes(name) && s.departement === '60')!;
const carteGrise = procedure('carte-grise');
const vitale = procedure('carte-vitale');
const noyon = site('Noyon');
const crepy = site('Crépy-en-Valois');

describe('small talk, out of scope and emergencies', () => {
  it.each<[string, Turn[]]>([
    ['greeting → greeting and menu', [['bonjour', [m.replies.greeting, ...m.menu]]]],
    ['help → help and menu', [['aide', [m.replies.help, ...m.menu]]]],
    ['thanks → a courteous closing', [['top merci bcp, bonne soirée', [m.replies.thanks], [m.replies.notUnderstood]]]],
    ['out of scope → a polite refusal saying what the assistant does', [['il va pleuvoir demain ?', [m.replies.outOfScope]]]],
    [
      'a health question → a doctor, 15 / 112, and no treatment',
      [["j'ai de la fièvre, je prends quoi comme médicament ?", [c.medical, m.replies.outOfScope], [/paracétamol|doliprane/i]]],
    ],
    [
      'signs of an emergency (a fall, breathing) → 15 / 112 first, not only a refusal',
      [['ma voisine a fait un malaise, elle respire mal et ne répond plus, que faire ?', [c.emergency, c.emergencyNext], [m.replies.outOfScope]]],
    ],
    ['an emergency in English → 15 / 112', [['my husband collapsed and is not breathing properly, what do I do?', [/\b112\b/]]]],
  ])('%s', async (_name, turns) => {
    await dialogClient().play(turns);
  });
});

describe('the menu', () => {
  it('"Carte d\'identité ou passeport" offers both', async () => {
    await dialogClient().play([[m.menu[0]!, [m.orientation.clarify, procedure('carte-identite').title, procedure('passeport').title]]]);
  });
});

describe('answers to the pending question, in free words', () => {
  it('asks the situation, then reads "je viens de l\'acheter d\'occas" as the used-car purchase, then its cost', async () => {
    const achat = situation('carte-grise', 'achat');
    await dialogClient().play([
      ['carte grise', [m.orientation.situationQuestion, ...carteGrise.situations.map((s) => s.label)]],
      ["bah je viens de l'acheter d'occas sur leboncoin", achat.documents, [m.orientation.situationQuestion, c.situationAgain]],
      ['ça coûte combien ?', [fill(c.costs, { title: carteGrise.title }), ...amounts('carte-grise')]],
    ]);
  });

  it("reads a child's age as the minor's situation", async () => {
    const minor = situation('passeport', 'mineur');
    await dialogClient().play([
      ['demander un passeport', [m.orientation.situationQuestion]],
      ['il a 9 ans', minor.documents],
    ]);
  });

  it('never asks the same question twice in a row; after two unreadable answers, the general answer and a person', async () => {
    await dialogClient().play([
      ['carte grise', [m.orientation.situationQuestion]],
      ['bof', [c.situationAgain], [m.orientation.situationQuestion]],
      ['bof', [c.giveUp, c.humanAskCommune, ...carteGrise.situations.map((s) => s.label)], [c.situationAgain, m.orientation.situationQuestion]],
    ]);
  });

  it('reads yes and no in their common forms, and an MSA member is never sent to ameli.fr or 3646', async () => {
    await dialogClient().play([
      ['carte vitale perdue', [...situation('carte-vitale', 'perte-vol').documents, m.orientation.regimeQuestion]],
      ['nan', [c.regimeNo], [m.orientation.regimeQuestion]],
    ]);
    await dialogClient().play([
      ['carte vitale perdue', [m.orientation.regimeQuestion]],
      ['jsuis agriculteur', [m.orientation.regimeMsa, 'https://www.msa.fr'], ['ameli.fr', '3646']],
    ]);
  });

  it('a commune typed while a question is open shows the sites and keeps the question', async () => {
    const vente = situation('carte-grise', 'vente');
    await dialogClient().play([
      ['carte grise', [m.orientation.situationQuestion]],
      ['Songeons', [fill(m.location.header, { commune: 'Songeons' })]],
      ['je la vends', vente.documents],
    ]);
  });

  it('"non je suis pas agricultrice" keeps housing aid with the CAF, without msa.fr', async () => {
    await dialogClient().play([
      ["j'ai droit à l'apl ?", [m.orientation.situationQuestion]],
      ['non je suis pas agricultrice, je suis aide-soignante', [c.regimeNo, 'Caisse d'], ['https://www.msa.fr']],
    ]);
  });
});

describe('more free-word answers', () => {
  it('"non, salarié normal" to a situation question of an MSA procedure answers the MSA question instead', async () => {
    await dialogClient().play([
      ["je voudrais demander l'apl", [m.orientation.situationQuestion]],
      // The situation is still to know: asked again, but in other words.
      ['non salarié normal', [c.regimeNo, 'Caisse d', c.situationAgain], [m.orientation.situationQuestion]],
    ]);
  });

  it('naming the procedure again while its situation is asked gives the answer for every situation', async () => {
    const apl = orientation().procedureView('aide-logement', { now: THURSDAY_MORNING })!;
    await dialogClient().play([
      ["j'ai droit à l'apl ?", [m.orientation.situationQuestion]],
      ["ok, alors comment je fais pour l'APL ?", apl.situations.map((s) => s.label), [c.situationAgain]],
    ]);
  });

  it('"et pour la CAF ?" while a question is open is a new request', async () => {
    await dialogClient().play([
      ['carte grise', [m.orientation.situationQuestion]],
      ['et pour la CAF ?', ['CAF'], [c.situationAgain]],
    ]);
  });

  it('a commune typed short ("beauvai", "pont ste max") finds its France services', async () => {
    await dialogClient().play([['je cherche une france services à beauvai', [fill(m.location.header, { commune: 'Beauvais' })]]]);
    await dialogClient({ channelId: 'sms' }).play([['horaires france services pont ste max', [site('Pont Sainte Maxence').name]]]);
  });

  it('"le samedi ?" after sites gives that day', async () => {
    const formerie = site('Formerie');
    await dialogClient().play([
      ['Formerie', [formerie.name]],
      ['le samedi ?', [frenchWeekdays.saturday, ...formerie.hours.saturday.map(([start]) => formatClock(start))]],
    ]);
  });
});

describe('follow-ups on what was just shown', () => {
  it("after sites: a day's hours with its other place, the appointment rule, the phone", async () => {
    const monday = noyon.hours.monday.map(([start]) => formatClock(start));
    const place = noyon.weekdayPlaces.find((p) => p.weekday === 'monday')!.place;
    await dialogClient().play([
      ['permanence france services pour le 60400 svp', [noyon.name]],
      ['le lundi ils sont ouverts ?', [frenchWeekdays.monday, place, ...monday]],
      ['faut un rdv ?', [fill(noyon.appointment ? c.siteAppointment : c.siteNoAppointment, { site: noyon.name, phone: noyon.phone ?? '' })]],
      ['vous avez leur numéro ?', [noyon.phone!]],
    ]);
  });

  it('a misspelt commune finds its site; the closing time on a day follows', async () => {
    const [, close] = crepy.hours.thursday.at(-1)!;
    await dialogClient().play([
      ['je cherche la maison france service de crepy en valoi', [crepy.name, crepy.phone!]],
      ['le jeudi ça ferme à quelle heure ?', [frenchWeekdays.thursday, formatClock(close)]],
    ]);
  });

  it('after a procedure: cost, online, then "et pour <another one>" with the same question', async () => {
    const permis = procedure('permis-conduire');
    await dialogClient().play([
      [
        'comment refaire mon permis de conduire perdu ? et comment refaire ma carte vitale ?',
        [fill(c.needs, { list: '', first: '' }).split(' :')[0]!, c.nextNeeds],
      ],
      ['pour le permis ça coûte combien ?', amounts(permis.id)],
      ['et la carte vitale ?', [fill(c.costs, { title: vitale.title }), ...amounts('carte-vitale')]],
      ['on peut le faire sur internet ?', vitale.online.map((o) => o.url)],
    ]);
  });

  it('a way to a person: human words, then the commune, then the site and the partner line', async () => {
    const indu = "la caf me réclame un trop perçu, j'y comprends rien";
    await dialogClient().play([
      [indu, [c.feelings.frustration, 'CAF']],
      ["je veux parler à quelqu'un en vrai", [c.human, c.humanAskCommune]],
      ['pont ste maxence', [site('Pont Sainte Maxence').phone!]],
    ]);
  });
});

describe('situations read in the first message', () => {
  it('a foreign passport lost in France goes to the consulate, without the French passport stamp', async () => {
    const foreign = situation('perte-vol-papiers', 'papiers-etrangers');
    const frenchStamp = orientation()
      .procedureView('perte-vol-papiers', { now: THURSDAY_MORNING })!
      .figures.find((f) => f.id === 'timbre-passeport')!.value;
    await dialogClient().play([["j'ai perdu mon passeport algérien à Creil", [...foreign.documents, foreign.note!], [frenchStamp]]]);
  });

  it("a child's passport shows the child's stamps, not the adult's", async () => {
    const adult = orientation().procedureView('passeport', { now: THURSDAY_MORNING })!.costs[0]!.amount;
    await dialogClient().play([['passeport pour mon fils de 9 ans', situation('passeport', 'mineur').documents, [adult]]]);
  });
});

describe('details of the procedure just answered', () => {
  it('"et le volet pour mon patron ?" is answered from the procedure\'s own texts, not refused', async () => {
    const note = situation('arret-maladie', 'salarie').note!;
    const sentence = note.split(/(?<=[.!?])\s+/).find((x) => x.includes('volet'))!;
    await dialogClient().play([
      ["le médecin m'a fait un arrêt maladie, je suis salarié, je l'envoie à qui ?", [procedure('arret-maladie').title]],
      ['et le volet pour mon patron ?', [sentence], [m.replies.outOfScope]],
    ]);
  });
});

describe('SMS and other text channels', () => {
  it('numbered choices; a digit answers; an out-of-range digit repeats the choices; no message over 1,000 characters', async () => {
    const { send } = dialogClient({ channelId: 'sms' });
    const first = await send('carte grise svp');
    const question = first.at(-1)!.text!;
    carteGrise.situations.forEach((s, i) => expect(question).toContain(`${i + 1}. ${s.label}`));
    const wrong = await send('9');
    expect(wrong.at(-1)!.text).toContain(fill(c.outOfRange, { max: carteGrise.situations.length }));
    expect(wrong.at(-1)!.text).toContain(`1. ${carteGrise.situations[0]!.label}`);
    const answer = await send('2');
    const text = answer.map((a) => a.text ?? '').join('\n');
    for (const document of carteGrise.situations[1]!.documents) expect(text).toContain(document);
    expect(text).toContain(fill(c.smsChoice, { number: 1, label: c.smsCosts }));
    for (const reply of [...first, ...wrong, ...answer]) expect((reply.text ?? '').length).toBeLessThanOrEqual(1000);
    expect(answer.every((a) => !a.attachments?.length)).toBe(true);
    const costs = await send('1');
    expect(costs.map((a) => a.text).join('\n')).toContain(amounts('carte-grise')[0]!);
  });
});

describe('Teams agent commands', () => {
  it('"aide" lists every command with an example; "sites" with a misspelt commune; a day follow-up; "fiche"', async () => {
    const nogent = site('Nogent-sur-Oise');
    const friday = spanTexts(m, nogent.hours.friday);
    await dialogClient({ channelId: 'msteams' }).play([
      ['aide', c.agentCommands.flatMap((cmd) => [cmd.name, cmd.example])],
      ['sites nogent sur oize', [nogent.name, nogent.phone!]],
      ['horaires du vendredi ?', [frenchWeekdays.friday, ...friday]],
      ['fiche casier', [procedure('casier-judiciaire').title, `${m.desk.costs} :`]],
    ]);
  });
});

describe('conversation state', () => {
  it('survives a restart: a new client over the same storage answers the pending question', async () => {
    const storage = new MemoryStorage();
    await dialogClient({ storage }).play([['carte grise', [m.orientation.situationQuestion]]]);
    await dialogClient({ storage }).play([['je la vends', situation('carte-grise', 'vente').documents]]);
  });

  it('an old or malformed stored state is dropped, and the message still gets an answer', async () => {
    const storage = new MemoryStorage();
    await dialogClient({ storage }).play([['bonjour', [m.replies.greeting]]]);
    const memory = (storage as unknown as { memory: Record<string, string> }).memory;
    for (const key of Object.keys(memory).filter((k) => k.includes('/conversations/'))) {
      const stored = JSON.parse(memory[key]!) as Record<string, unknown>;
      memory[key] = JSON.stringify({ ...stored, conversation: { version: 1, procedure: { whole: 'object' }, pending: 'nonsense' } });
    }
    await dialogClient({ storage }).play([['carte vitale perdue', situation('carte-vitale', 'perte-vol').documents]]);
  });
});
