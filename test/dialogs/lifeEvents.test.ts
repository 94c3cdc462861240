/**
 * Life events told through a feeling, per channel: a death told with what the deceased had ("un
 * appartement, un CDI, une voiture") gets one human sentence and the death-of-a-relative procedure, never a
 * refusal nor a list of needs. Expected texts are read from the knowledge.
 */
import { describe, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { dialogClient } from './dialogHarness.js';

const knowledge = loadKnowledge();
const m = knowledge.messages;
const c = m.conversation;
const procedure = (id: string) => knowledge.procedures.find((p) => p.id === id)!;
const needsLead = c.needs.split('{')[0]!;
const grief = knowledge.conversation.feelingEvents.grief!;

describe.each(['webchat', 'sms', 'msteams'])('%s: a death told with what the deceased had', (channelId) => {
  const human = channelId === 'msteams' ? [] : [c.feelings.grief];
  it('"mon fils est mort dans un accident, il avait un appartement, un CDI, une voiture": the steps after a death', async () => {
    await dialogClient({ channelId }).play([
      [
        'mon fils est mort dans un accident de voiture samedi, il avait 28 ans, un appartement en location, un CDI et une voiture à crédit. je ne sais pas par où commencer',
        [...human, procedure(grief).title],
        [m.replies.outOfScope, needsLead, m.orientation.clarify],
      ],
    ]);
  });

  it('"ma fille est décédée dans un accident de moto, elle avait son appart, son travail, sa voiture": no list of needs', async () => {
    await dialogClient({ channelId }).play([
      [
        "ma fille est décédée dans un accident de moto hier soir, elle avait son appart, son travail à l'usine et sa voiture, on fait quoi en premier ?",
        [...human, procedure(grief).title],
        [m.replies.outOfScope, needsLead, m.orientation.clarify, procedure('inscription-france-travail').title],
      ],
    ]);
  });
});

describe.each(['webchat', 'sms'])('%s: what to do first after a death', (channelId) => {
  it('the death procedure tells what to do first (mairie, employer, bank, insurers, landlord, notaire) and the official guide', async () => {
    const p = procedure(grief);
    await dialogClient({ channelId }).play([
      [
        'bonjour, mon frère est décédé dans un accident de la route. il avait un loyer, une voiture, un contrat de travail et un crédit. par quoi je commence ?',
        [p.title, p.summary, p.online[0]!.url],
        [needsLead],
      ],
    ]);
  });
});

describe.each(['webchat', 'msteams'])('%s: a death with needs asked in their own words', (channelId) => {
  it('"mari décédé : elle veut la réversion, mettre la taxe foncière à son nom": those needs stay', async () => {
    await dialogClient({ channelId }).play([
      [
        'usagère 72 ans, mari décédé le mois dernier : elle veut la réversion, mettre la taxe fonciere a son nom seul, et savoir pour le compte bancaire joint',
        [needsLead, procedure('pension-reversion').title, procedure('taxe-fonciere').title],
      ],
    ]);
  });
});

describe.each(['webchat', 'sms', 'msteams'])('%s: informing another partner after a life event', (channelId) => {
  const related = knowledge.conversation.related['inscription-france-travail']!.map((e) => e.split('#')[0]!);
  const caf = procedure(related.find((id) => procedure(id).partner === 'caf')!);
  const taxes = procedure(related.find((id) => procedure(id).partner === 'dgfip')!);
  it('job loss, "et la caf ?", then "et les impôts, je dois les prévenir ?": the tax rate, not a move nor a list of needs', async () => {
    await dialogClient({ channelId }).play([
      ["mon employeur m'a licencié lundi, quelles démarches ?", [procedure('allocation-chomage').title]],
      ['et la caf je dois la prévenir ?', [caf.title]],
      ['et les impôts, je dois les prévenir ?', [taxes.title], [needsLead, procedure('demenagement').title, m.orientation.clarify]],
    ]);
  });

  it('job loss, another CAF procedure ("et la caf, j\'ai droit au RSA ?"), then "et les impôts ?": still the job loss\'s tax rate', async () => {
    await dialogClient({ channelId }).play([
      ["j'ai perdu mon travail le mois dernier, fin de CDD, je m'inscris où ?", [procedure('inscription-france-travail').title]],
      ["et la caf, j'ai droit au RSA maintenant ?", [procedure('rsa').title]],
      ['et les impôts, je dois les prévenir ?', [taxes.title], [needsLead, procedure('demenagement').title, m.orientation.clarify]],
    ]);
  });
});

describe.each(['webchat', 'sms'])('%s: after a medical emergency, the care needs', (channelId) => {
  it('a fall, 15 / 112, then help at home for the older parent: the APA, without 15 / 112 again', async () => {
    await dialogClient({ channelId }).play([
      ["ma mère de 84 ans est tombée dans l'escalier, elle ne se relève pas", [c.emergency]],
      [
        "les pompiers l'ont emmenée, elle rentre demain mais elle ne pourra plus rester seule, on peut avoir de l'aide à la maison ?",
        [procedure('apa').title],
        [c.emergency, c.medical, m.replies.outOfScope],
      ],
    ]);
  });
});

describe.each(['webchat', 'sms', 'msteams'])('%s: a medical word is no emergency', (channelId) => {
  it('"je suis malade, comment envoyer mon arrêt de travail ?": the answer, without the health disclaimer', async () => {
    await dialogClient({ channelId }).play([
      ['je suis malade depuis lundi, comment envoyer mon arrêt de travail à la sécu ?', [procedure('arret-maladie').title], [c.medical]],
    ]);
  });
});

describe.each(['webchat', 'sms', 'msteams'])('%s: how to pay what the procedure asks for', (channelId) => {
  const paying = procedure('amende').situations.find((s) => s.id === 'payer')!;
  it('"comment payer ?" after a fine: the ways to pay that fine', async () => {
    await dialogClient({ channelId }).play([
      ["j'ai reçu une amende pour excès de vitesse", [procedure('amende').title]],
      ['comment payer ?', [paying.documents[0]!, 'amendes.gouv.fr']],
    ]);
  });
});

describe.each(['webchat', 'sms'])('%s: how lost one feels says no job', (channelId) => {
  it('"ma maman est décédée à l\'ehpad, je suis complètement perdu": condolences and the steps, nothing about the MSA', async () => {
    await dialogClient({ channelId }).play([
      [
        "ma maman est décédée hier à l'ehpad, je suis complètement perdu, je commence par quoi ?",
        [c.feelings.grief, procedure(grief).title],
        [c.regimeNo, c.regimeNoted, needsLead],
      ],
    ]);
  });
});

describe.each(['webchat', 'sms'])('%s: a request of its own during a life event', (channelId) => {
  it('after the tax rate of a separation, "pour la garde on est d\'accord, faut passer devant un juge ?": the separation, not the tax rate again', async () => {
    await dialogClient({ channelId }).play([
      [
        "on se sépare, on était pacsés avec 2 enfants. je dois prévenir la caf, organiser la garde et changer mon taux d'impôt, par quoi commencer ?",
        [procedure('prelevement-source').title],
      ],
      [
        "pour la garde on est d'accord tous les deux, faut quand même passer devant un juge ?",
        [procedure('separation-divorce').summary],
        [procedure('prelevement-source').summary],
      ],
    ]);
  });
});

describe.each(['webchat', 'sms'])('%s: after a death, what the surviving spouse may receive', (channelId) => {
  it('"et mon père, qui est encore là, il peut toucher quelque chose ?": the survivor\'s pension', async () => {
    await dialogClient({ channelId }).play([
      ['ma mère est morte la semaine dernière, par quoi je commence ?', [procedure(grief).title]],
      ['et mon père, qui est encore là, il peut toucher quelque chose ?', [procedure('pension-reversion').title]],
    ]);
  });
});
