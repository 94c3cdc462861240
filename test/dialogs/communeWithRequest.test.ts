/**
 * A message that names a commune and asks something else is read as a request first, per channel: a
 * newcomer's several procedures get their answers (and the sites of the commune), an out-of-scope request
 * naming towns gets the polite refusal, not a list of sites; a commune alone still gets its sites.
 * Expected texts are read from the knowledge.
 */
import { describe, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { fill } from '../../src/bot/texts.js';
import { dialogClient } from './dialogHarness.js';

const knowledge = loadKnowledge();
const m = knowledge.messages;
const title = (id: string) => knowledge.procedures.find((p) => p.id === id)!.title;
const header = (commune: string) => fill(m.location.header, { commune });
const newcomer = ['carte-grise', 'reexpedition-courrier', 'elections'];

describe.each(['webchat', 'sms', 'msteams'])('%s: a commune with a request', (channelId) => {
  it('a newcomer listing three procedures with the town moved to gets the three procedures and the sites of the town', async () => {
    await dialogClient({ channelId }).play([
      [
        "usager nouvellement installé à Noyon : changement d'adresse carte grise, suivi courrier La Poste, inscription listes électorales",
        [...newcomer.map(title), header('Noyon')],
      ],
    ]);
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
