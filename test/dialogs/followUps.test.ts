/**
 * Follow-ups after sites and after a procedure, read in context. Tables of [user says, texts shown,
 * texts not shown]; expected texts are read from the knowledge (messages, procedures, sites), never copied.
 */
import { describe, it } from 'vitest';
import { fill } from '../../src/knowledge/fill.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { frenchWeekdays } from '../../src/orientation/hours/index.js';
import { orientation, THURSDAY_MORNING } from '../bot/harness.js';
import { dialogClient } from './dialogHarness.js';

const knowledge = loadKnowledge();
const m = knowledge.messages;
const c = m.conversation;
const core = orientation();

/** The France services shown for a commune, nearest first. */
function shownFor(name: string) {
  const lookup = core.lookupCommune(name);
  if (lookup.status !== 'found') throw new Error(`${name}: ${lookup.status}`);
  const { lat, lon } = lookup.commune;
  return core.nearbyServices({ lat, lon }, { limit: 3, now: THURSDAY_MORNING }).fixed.map((n) => n.site);
}

describe('webchat: a day asked after several sites is about the site in question', () => {
  const [nearest, second] = shownFor('Noyon');

  it('"vendredi aprem c ouvert ?" answers for the nearest site only', async () => {
    const afternoon = nearest!.hours.friday.some(([, end]) => end > '12:00');
    await dialogClient().play([
      ['france services à Noyon', [nearest!.name]],
      [
        'vendredi aprem c ouvert ?',
        [afternoon ? frenchWeekdays.friday : fill(c.siteHalfDayClosed, { day: frenchWeekdays.friday, halfDay: c.afternoon, site: nearest!.name })],
        [second!.name],
      ],
    ]);
  });

  it('"elles sont ouvertes le vendredi ?" answers for each site shown', async () => {
    await dialogClient().play([
      ['france services à Noyon', [nearest!.name]],
      ['elles sont ouvertes le vendredi ?', [`${nearest!.name}, le ${frenchWeekdays.friday}`, second!.name]],
    ]);
  });

  it('a site named by a word of its own name ("malice lundi matin ?") is the one in question', async () => {
    const beauvais = shownFor('Beauvais');
    const named = beauvais.find((s) => /malice/i.test(s.name));
    if (!named) throw new Error('no Malice site near Beauvais');
    const others = beauvais.filter((s) => s !== named);
    await dialogClient({ channelId: 'msteams' }).play([
      ['horaires beauvais', [named.name]],
      ['malice lundi matin ?', [`${named.name}, le ${frenchWeekdays.monday}`], others.map((s) => s.name)],
    ]);
  });
});
