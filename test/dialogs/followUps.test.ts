/**
 * Follow-ups after sites and after a procedure, read in context. Tables of [user says, texts shown,
 * texts not shown]; expected texts are read from the knowledge (messages, procedures, sites), never copied.
 */
import { describe, it } from 'vitest';
import { fill } from '../../src/knowledge/fill.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { weekdays } from '../../src/knowledge/schemas/common.js';
import { frenchWeekdays } from '../../src/orientation/hours/index.js';
import { orientation, THURSDAY_MORNING } from '../bot/harness.js';
import { dialogClient } from './dialogHarness.js';
import { closedLead, dayLead, spanTexts } from './hoursTexts.js';

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
    await dialogClient().play([
      ['france services à Noyon', [nearest!.name]],
      ['vendredi aprem c ouvert ?', [dayLead(m, nearest!, 'friday', 'afternoon')], [second!.name]],
    ]);
  });

  it('"elles sont ouvertes le vendredi ?" answers for each site shown', async () => {
    await dialogClient().play([
      ['france services à Noyon', [nearest!.name]],
      ['elles sont ouvertes le vendredi ?', [dayLead(m, nearest!, 'friday'), dayLead(m, second!, 'friday')]],
    ]);
  });

  it('a site named by a word of its own name ("malice lundi matin ?") is the one in question', async () => {
    const beauvais = shownFor('Beauvais');
    const named = beauvais.find((s) => /malice/i.test(s.name));
    if (!named) throw new Error('no Malice site near Beauvais');
    const others = beauvais.filter((s) => s !== named);
    await dialogClient({ channelId: 'msteams' }).play([
      ['horaires beauvais', [named.name]],
      ['malice lundi matin ?', [dayLead(m, named, 'monday', 'morning')], others.map((s) => s.name)],
    ]);
  });
});

describe('webchat: a commune given at any moment, typos and all', () => {
  const header = (commune: string) => fill(m.location.header, { commune });
  it.each<[string, string, string]>([
    ['a typo right after a place cue', 'il habite à bretueil, il peut y aller à pied', 'Breteuil'],
    ['a close Oise name beats an exact far-away one', 'jhabite resson sur matz', 'Ressons-sur-Matz'],
    ['a cut name right after a place cue', "c'est près de crepy", 'Crépy-en-Valois'],
  ])('%s: « %s »', async (_name, text, commune) => {
    await dialogClient().play([
      ['je voudrais demander ma retraite', [knowledge.procedures.find((p) => p.id === 'demande-retraite')!.title]],
      [text, [header(commune)], [m.replies.outOfScope]],
    ]);
  });

  it('a commune said of a relative later in the conversation gives its sites, not a refusal', async () => {
    await dialogClient().play([
      ['france services à Grandvilliers', [header('Grandvilliers')]],
      ['ah non pardon c pour mon pere il habite chaumont en vexin', [header('Chaumont-en-Vexin')], [m.replies.outOfScope]],
    ]);
  });

  it('a day at the nearest site also tells the closures of the other sites shown that day', async () => {
    const shown = shownFor('Sérifontaine');
    const closed = shown.slice(1).flatMap((s) => s.closures.filter((x) => x.weekday === 'monday'));
    if (closed.length === 0) throw new Error('no Monday closure near Sérifontaine');
    await dialogClient({ channelId: 'msteams' }).play([
      ['sites 60590', [shown[0]!.name]],
      ["c'est fermé le premier lundi du mois c'est ça ?", [dayLead(m, shown[0]!, 'monday'), closed[0]!.reason]],
    ]);
  });
});

describe('webchat: the regime follows the person the request is for', () => {
  it.each<[string, string, string[], string[]]>([
    [
      'the relative the request is for',
      "ah non c'est pas pour moi, c'est pour ma mère, elle a été exploitante agricole toute sa vie",
      [c.regimeNoted],
      [c.regimeNo],
    ],
    ['a negation elsewhere does not deny the job', "je suis céréalier et j'arrive pas à payer mes cotisations", [c.regimeNoted], [c.regimeNo]],
    ['"rien d\'agricole" denies it', "non je vends du pain, rien d'agricole", [c.regimeNo], [c.regimeNoted, 'msa.fr']],
  ])('%s', async (_name, text, shows, hides) => {
    await dialogClient().play([
      ['je voudrais demander la prime d activite', [knowledge.procedures.find((p) => p.id === 'prime-activite')!.title]],
      [text, shows, hides],
    ]);
  });
});

describe('webchat: the answer to the MSA question and where to go', () => {
  const procedure = (id: string) => knowledge.procedures.find((p) => p.id === id)!;
  it('"msa ou caf ?" asks about the partner, not between procedures; a non-farm job answers no', async () => {
    await dialogClient().play([
      ["pour la prime d'activité je dois aller à la msa ou à la caf ?", [procedure('prime-activite').title], [m.orientation.clarify]],
      [procedure('prime-activite').situations[0]!.label, [m.orientation.regimeQuestion]],
      ["je suis caissière à l'intermarché", [c.regimeNo], [c.regimeNoted, m.orientation.regimeQuestion]],
    ]);
  });

  it('"je peux le faire où ?" with a commune tells where the procedure is done, then the sites', async () => {
    const passport = procedure('passeport');
    await dialogClient().play([
      ['mon passeport est périmé, je dois le refaire', [passport.title]],
      ["j'habite à Pont Ste Maxence, je peux le faire où ?", [passport.elsewhere[0]!, fill(m.location.header, { commune: 'Pont-Sainte-Maxence' })]],
    ]);
  });
});

describe('appointments: what the site data says, buses included', () => {
  const sites = knowledge.sites.sites;
  const noted = (site: (typeof sites)[number]) => site.comment && /rendez|rdv/i.test(site.comment);

  it('msteams: "faut rdv ?" at a site that advises one gives its published note and its phone', async () => {
    const shown = shownFor('Le Coudray-Saint-Germer');
    const nearest = shown[0]!;
    if (nearest.appointment || !noted(nearest)) throw new Error(`${nearest.name}: expected a walk-in site whose note advises an appointment`);
    await dialogClient({ channelId: 'msteams' }).play([
      ['sites 60850', [nearest.name]],
      ['faut rdv ?', [fill(c.siteNoAppointmentNote, { site: nearest.name, note: nearest.comment! }), fill(c.siteAppointmentCall, { phone: nearest.phone! })]],
    ]);
  });

  it('msteams: "le bus c\'est sur rdv ?" answers for the bus shown, not with its planning', async () => {
    const bus = sites.find((s) => s.mobile && s.appointment && s.departement === '60' && s.phone)!;
    await dialogClient({ channelId: 'msteams' }).play([
      [`sites ${bus.commune}`, [bus.name]],
      ["le bus c'est sur rdv ?", [fill(c.siteAppointment, { site: bus.name, phone: bus.phone! })], [fill(c.siteMobile, { site: bus.name, phone: bus.phone! })]],
    ]);
  });

  it('webchat: "il faut prendre rendez-vous ?" with a bus among the sites also tells how the bus books', async () => {
    const bus = sites.find((s) => s.mobile && s.appointment && s.departement === '60' && s.phone)!;
    await dialogClient().play([
      [`france services à ${bus.commune}`, [bus.name]],
      ['il faut prendre rendez vous ?', [fill(c.siteAppointment, { site: bus.name, phone: bus.phone! })]],
    ]);
  });
});

describe('a commune given with a question about its sites: the sites, then the answer', () => {
  it('webchat: "elle habite Maignelay-Montigny, c\'est ouvert le lundi ?" to the commune question gives Monday at the nearest site', async () => {
    const nearest = shownFor('Maignelay-Montigny')[0]!;
    const monday = dayLead(m, nearest, 'monday');
    await dialogClient().play([
      ["je veux parler à quelqu'un", [c.humanAskCommune]],
      ["elle habite maignelay montigny, c'est ouvert le lundi ?", [fill(m.location.header, { commune: 'Maignelay-Montigny' }), monday]],
    ]);
  });

  it('sms: "je peux passer à la France services mercredi ?" with the commune tells where that day\'s service is held', async () => {
    const nearest = shownFor('Noyon')[0]!;
    const place = nearest.weekdayPlaces.find((p) => p.weekday === 'wednesday');
    if (!place) throw new Error(`${nearest.name}: no Wednesday place`);
    await dialogClient({ channelId: 'sms' }).play([
      ["j'ai perdu ma carte d'identité", [knowledge.procedures.find((p) => p.id === 'perte-vol-papiers')!.title]],
      [
        'on habite à Noyon, je peux passer à la France services mercredi pour la pré-demande ?',
        [fill(c.siteDayPlace, { day: frenchWeekdays.wednesday, place: place.place })],
      ],
    ]);
  });
});

describe('a site closed in the part of the day asked but open in the other part says that day’s hours', () => {
  /** A site of the Oise with a weekday open in the morning only, and the commune it is in. */
  const found = knowledge.sites.sites
    .filter((s) => s.departement === '60' && !s.mobile)
    .flatMap((site) =>
      weekdays
        .filter((day) => day !== 'saturday' && day !== 'sunday')
        .filter((day) => site.hours[day].length > 0 && site.hours[day].every(([, end]) => end <= '13:30'))
        .map((day) => ({ site, day })),
    )
    .find(({ site }) => shownFor(site.commune)[0]?.name === site.name);

  it.each(['webchat', 'sms', 'msteams'])('%s: "<jour> après-midi c ouvert ?"', async (channelId) => {
    if (!found) throw new Error('no Oise site open in the morning only on a weekday');
    const { site, day } = found;
    const dayName = m.hours.weekdays[day];
    const otherPart = fill(c.siteDayOtherPart, { day: dayName, hours: '{hours}' }).split('{hours}')[0]!;
    const span = spanTexts(m, site.hours[day])[0]!;
    await dialogClient({ channelId }).play([
      [`france services à ${site.commune}`, [site.name]],
      [`${dayName} après-midi c ouvert ?`, [closedLead(m, site, day, 'afternoon'), otherPart, span]],
    ]);
  });
});
