/**
 * A message that names a commune and asks something else is read as a request first, per channel: a
 * newcomer's several procedures get their answers (and the sites of the commune), an out-of-scope request
 * naming towns gets the polite refusal, not a list of sites; a commune alone still gets its sites.
 * Expected texts are read from the knowledge.
 */
import { describe, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { fill, frenchList } from '../../src/bot/texts.js';
import { orientation } from '../bot/harness.js';
import { dialogClient } from './dialogHarness.js';

const knowledge = loadKnowledge();
const m = knowledge.messages;
const title = (id: string) => knowledge.procedures.find((p) => p.id === id)!.title;
const header = (commune: string) => fill(m.location.header, { commune });
const newcomer = ['carte-grise', 'reexpedition-courrier', 'elections'];
const core = orientation();
/** "Je vois plusieurs démarches dans votre message : … Voici d'abord : …", the needs in this order. */
const needsLead = (ids: string[]) => {
  const named = ids.map((id) => `${title(id)} (${knowledge.partners.find((p) => p.id === knowledge.procedures.find((x) => x.id === id)!.partner)!.shortName})`);
  return fill(m.conversation.needs, { list: frenchList(named, m.language.and), first: title(ids[0]!) });
};

describe.each(['webchat', 'sms', 'msteams'])('%s: a commune with a request', (channelId) => {
  it('a newcomer listing three procedures with the town moved to gets the three procedures and the sites of the town', async () => {
    await dialogClient({ channelId }).play([
      [
        "usager nouvellement installé à Noyon : changement d'adresse carte grise, suivi courrier La Poste, inscription listes électorales",
        [...newcomer.map(title), header('Noyon')],
      ],
    ]);
  });

  it('a newcomer in SMS spelling gets the three needs in the order written, the first answered, and the sites of the town', async () => {
    const text = 'jvien demmenager a beauvais jdoi changer ladresse de ma carte grise, faire suivre le courier a la poste et minscrire pour les elections';
    await dialogClient({ channelId }).play([[text, [needsLead(newcomer), header('Beauvais')]]]);
  });

  it('a newcomer writing in English gets the three needs and the sites of the town', async () => {
    const text = 'Hi, we just moved to Compiègne. I need to change the address on my car registration, forward my mail and register to vote.';
    await dialogClient({ channelId, language: 'en' }).play([[text, [...newcomer.map((id) => core.procedureIn(id, 'en')!.procedure.title), 'Compiègne']]]);
  });

  it('an out-of-scope request naming two towns gets the refusal, not the sites', async () => {
    await dialogClient({ channelId }).play([['un billet de train Creil Compiègne svp', [m.replies.outOfScope], [header('Creil')]]]);
  });

  it('an out-of-scope request naming a town in a conversation under way, a question open, gets the refusal', async () => {
    await dialogClient({ channelId }).play([
      ["j'ai perdu ma carte vitale", [title('carte-vitale')]],
      ['je voudrais un billet de train de Beauvais à Paris', [m.replies.outOfScope], [header('Beauvais')]],
    ]);
  });

  // A bus timetable, a taxi, a train on a day between towns: the refusal that says what the assistant does, never
  // the towns' France services (nor their hours because the message asks "à quelle heure" or names a day).
  it.each([
    ['horaire du bus de compiegne a noyon stp', 'Compiègne'],
    ['usager cherche un taxi pour aller de Senlis à Chantilly demain matin', 'Senlis'],
    ['il y a un train direct de Creil à Paris Nord le dimanche ?', 'Creil'],
    ['c koi le numero dun taxi a clermont', 'Clermont'],
  ])('a trip out of scope naming towns ("%s") gets the refusal, not the sites', async (text, town) => {
    await dialogClient({ channelId }).play([[text, [m.replies.outOfScope], [header(town), m.orientation.clarify]]]);
  });

  it('after sites with a France services bus, "le bus il passe quand ?" is still about that bus', async () => {
    const senlis = knowledge.sites.sites.find((s) => s.mobile && s.commune === 'Senlis')!;
    await dialogClient({ channelId }).play([
      ['france services senlis', [header('Senlis'), senlis.name]],
      ['le bus il passe quand ?', [senlis.name], [m.replies.outOfScope]],
    ]);
  });

  it('a commune said of a relative later in the conversation still gets its sites', async () => {
    await dialogClient({ channelId }).play([
      ["j'ai perdu ma carte vitale", [title('carte-vitale')]],
      ['ah non pardon c pour mon pere il habite chaumont en vexin', [header('Chaumont-en-Vexin')], [m.replies.outOfScope]],
    ]);
  });
});
