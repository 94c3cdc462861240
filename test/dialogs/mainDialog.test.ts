import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { allText, orientation } from '../bot/harness.js';
import { dialogClient, type Turn } from './dialogHarness.js';

const knowledge = loadKnowledge();
const m = knowledge.messages;
const vitale = knowledge.procedures.find((p) => p.id === 'carte-vitale')!;
const lost = vitale.situations.find((s) => s.id === 'perte-vol')!;
/** What an MSA member is told for a lost card: the MSA's own version, never ameli.fr or 3646. */
const lostMsa = orientation().procedureView('carte-vitale', { regime: 'msa' })!.situations.find((s) => s.id === 'perte-vol')!;

/** A message the core finds ambiguous, with the procedures it hesitates between. */
function ambiguousMessage() {
  const found = ['retraite', 'Aides de la CAF', 'passeport', 'impots'].map((text) => ({ text, analysis: orientation().analyze(text) })).find((c) => c.analysis.clarify);
  if (!found) throw new Error('no ambiguous message found: update the candidates');
  return { text: found.text, titles: found.analysis.alternatives.slice(0, 4).map((a) => knowledge.procedures.find((p) => p.id === a.id)!.title) };
}

describe('main dialog: small talk and commands', () => {
  it.each<[string, Turn[]]>([
    ['greeting → short greeting and menu', [['bonjour', [m.replies.greeting, ...m.menu]]]],
    ['help → help and menu', [['aide', [m.replies.help, ...m.menu]]]],
    ['menu → help and menu', [['Menu', [m.replies.help, m.menu[0]!]]]],
    ['thanks', [['merci', [m.replies.thanks]]]],
    ['out of scope → polite answer and menu', [['quel temps fait-il demain ?', [m.replies.outOfScope, m.menu[3]!]]]],
    ['other thing', [['Autre chose', [m.replies.otherThing]]]],
  ])('%s', async (_name, turns) => {
    await dialogClient().play(turns);
  });

  it('logs an out-of-scope question as unanswered, with its text', async () => {
    const { play, usage } = dialogClient();
    await play([['quelle est la recette de la tarte aux pommes', [m.replies.outOfScope]]]);
    const { events } = await usage.read();
    expect(events).toMatchObject([{ kind: 'out_of_scope', text: 'quelle est la recette de la tarte aux pommes', channel: 'webchat' }]);
  });
});

describe('main dialog: orientation', () => {
  it('clarifies between close procedures, and "Autre chose" asks to say it differently', async () => {
    const { text, titles } = ambiguousMessage();
    await dialogClient().play([
      [text, [m.orientation.clarify, ...titles, m.commands.other[0]!]],
      [m.commands.other[0]!, [m.replies.otherThing]],
    ]);
  });

  it('answers a loss in one turn with its documents, then asks the MSA question; "Oui" shows the MSA and is remembered', async () => {
    const storage = new (await import('botbuilder')).MemoryStorage();
    await dialogClient({ storage }).play([
      ['carte vitale perdue', [vitale.title, 'Assurance Maladie', ...lost.documents, m.orientation.regimeQuestion, m.orientation.yes, m.orientation.no], [m.orientation.situationQuestion, m.answer.msaNote]],
      [m.orientation.yes, [m.orientation.regimeMsa, 'Mutualité sociale agricole', 'https://www.msa.fr', m.answer.msaNote, ...lostMsa.documents, m.feedback.question, m.answer.findSite, m.orientation.otherSituation], ['3646', 'ameli.fr']],
    ]);
    // Same user, new conversation: the regime is remembered, no question about it.
    await dialogClient({ storage }).play([['carte vitale perdue', ['Mutualité sociale agricole', ...lostMsa.documents, m.feedback.question], [m.orientation.regimeQuestion, '3646', 'ameli.fr']]]);
  });

  it('asks the situation when the message does not say it, then answers with the usual partner and both fiches', async () => {
    await dialogClient().play([
      ['carte vitale', [m.orientation.situationQuestion, ...vitale.situations.map((s) => s.label)], [m.orientation.regimeQuestion]],
      [lost.label, ['Assurance Maladie', '3646', 'https://assistant.example.fr/fiches/carte-vitale?situation=perte-vol', vitale.sources[0]!.url, m.orientation.regimeQuestion], [m.answer.msaNote]],
      // "Non" is remembered; the situation was chosen, so no "Autre situation".
      [m.orientation.no, [m.feedback.question, m.answer.findSite], ['Mutualité sociale agricole', m.orientation.otherSituation]],
    ]);
  });

  it('"Autre situation" after a guessed situation offers the other ones, then their documents', async () => {
    const others = vitale.situations.filter((s) => s.id !== lost.id);
    const app = others.at(-1)!;
    await dialogClient().play([
      ['on m\'a volé mon sac avec ma carte vitale', [...lost.documents, m.orientation.regimeQuestion]],
      [m.orientation.no, [m.orientation.otherSituation]],
      [m.orientation.otherSituation, [m.orientation.situationQuestion, ...others.map((s) => s.label)], [lost.label]],
      [app.label, [...app.documents, m.feedback.question], [m.orientation.regimeQuestion, m.orientation.otherSituation]],
    ]);
  });

  it('"Autre situation" is understood in place of the MSA answer too', async () => {
    await dialogClient().play([
      ['carte vitale perdue', [m.orientation.regimeQuestion]],
      [m.orientation.otherSituation, [m.orientation.situationQuestion], [lost.label]],
    ]);
  });

  it('a farmer who says so is not asked about the MSA', async () => {
    await dialogClient().play([
      ['je suis agriculteur, ma carte vitale est perdue', ['Mutualité sociale agricole', ...lostMsa.documents, m.feedback.question], [m.orientation.regimeQuestion, m.orientation.situationQuestion, '3646', 'ameli.fr']],
    ]);
  });

  it('treats another question typed instead of a choice as a new question', async () => {
    await dialogClient().play([
      ['carte vitale perdue', [m.orientation.regimeQuestion]],
      ['comment payer une amende', [/amende/i], [m.orientation.regimeQuestion]],
    ]);
  });

  it('drops the current question on "aide" and on "recommencer"', async () => {
    const { play } = dialogClient();
    await play([
      ['carte vitale perdue', [m.orientation.regimeQuestion]],
      ['aide', [m.replies.help, m.menu[0]!]],
      ['carte vitale perdue', [m.orientation.regimeQuestion]],
      ['recommencer', [m.replies.reset, m.menu[0]!]],
      // The question was forgotten: "Oui" is no longer an answer to it.
      [m.orientation.yes, [], [m.orientation.situationQuestion]],
    ]);
  });
});

describe('main dialog: France services nearby', () => {
  it('asks the commune, offers a choice when the name is ambiguous, then shows 3 sites and remembers the commune', async () => {
    const lookup = orientation().lookupCommune('Saint-Germain');
    expect(lookup.status).toBe('ambiguous');
    const first = lookup.status === 'ambiguous' ? lookup.candidates[0]! : undefined;
    const { play } = dialogClient();
    await play([
      ['Trouver une France services', [m.location.ask]],
      ['Saint-Germain', ['Plusieurs communes correspondent à « Saint-Germain »', `${first!.name} (${first!.postalCodes[0]})`]],
      [`${first!.name} (${first!.postalCodes[0]})`, [`Les France services les plus proches de ${first!.name}`, 'https://www.openstreetmap.org/?mlat=']],
      ['Trouver une France services', [`Les France services les plus proches de ${first!.name}`], [m.location.ask]],
    ]);
  });

  it('re-asks once for an unknown commune, then gives up politely', async () => {
    await dialogClient().play([
      ['Trouver une France services', [m.location.ask]],
      ['Zzyzxville', ['Je ne trouve pas la commune « Zzyzxville »', '60600']],
      ['Qwxville', [m.location.giveUp]],
    ]);
  });

  it('understands a commune in the question: sites without asking', async () => {
    await dialogClient().play([['France services près de Clermont', ['Les France services les plus proches de Clermont'], [m.location.ask]]]);
  });

  it('a procedure question naming the commune answers and shows the nearest sites in one turn, without asking where', async () => {
    await dialogClient().play([
      ['jai perdu ma cart vital jhabite a songeons', [vitale.title, ...lost.documents, 'Les France services les plus proches de Songeons', 'commune=60623', m.orientation.regimeQuestion], [m.location.ask]],
      [m.orientation.no, [m.feedback.question], [m.location.ask, m.answer.findSite]],
    ]);
  });

  it.each<[string, Turn[]]>([
    ['a commune alone → its nearest sites', [['Songeons', ['Les France services les plus proches de Songeons'], [m.location.ask]]]],
    ['« je vis à … » → its nearest sites', [['je vis à Clermont', ['Les France services les plus proches de Clermont'], [m.orientation.clarify]]]],
    ['a place in an unrelated question is not a request for sites', [['Il va pleuvoir ce week-end à Beauvais ?', [m.replies.outOfScope], ['Les France services les plus proches']]]],
  ])('%s', async (_name, turns) => {
    await dialogClient().play(turns);
  });

  it('a commune given after an answer shows the nearest France services, Songeons first, with opening hours', async () => {
    const { play, send } = dialogClient();
    await play([['jai perdu ma cart vital', [m.orientation.regimeQuestion]]]);
    const text = allText(await send("j'habite à Songeons"));
    expect(text).toContain('Les France services les plus proches de Songeons');
    expect(text).not.toContain(m.location.ask);
    const firstSite = text.indexOf('France services Songeons');
    expect(firstSite).toBeGreaterThan(-1);
    expect(text.indexOf('France services', text.indexOf('Songeons :') + 1)).toBe(firstSite);
    expect(text.slice(firstSite)).toMatch(/Ouvert maintenant, jusqu'à \d+ h|Fermé\. Ouvre/);
    // The answer before the sites is not forgotten: its other situations can still be seen.
    await play([[m.orientation.otherSituation, [m.orientation.situationQuestion], [lost.label]]]);
  });
});

describe('main dialog: feedback', () => {
  it('records 👍 and 👎 with the procedure and partner; keeps the question only when it did not help', async () => {
    const { play, usage } = dialogClient();
    await play([
      ['carte vitale perdue', [m.orientation.regimeQuestion]],
      [m.orientation.no, [m.feedback.question]],
      [m.feedback.yes, [m.feedback.thanksYes]],
      // The regime is remembered: the answer and the feedback question come at once.
      ['carte vitale perdue', [...lost.documents, m.feedback.question], [m.orientation.regimeQuestion]],
      [m.feedback.no, [m.feedback.thanksNo]],
      // No answer pending: "non" is not an opinion any more.
      [m.feedback.no, [], [m.feedback.thanksNo]],
    ]);
    const { events } = await usage.read();
    const opinions = events.filter((e) => e.kind === 'feedback');
    expect(opinions).toMatchObject([
      { helpful: true, procedure: 'carte-vitale', partner: 'assurance-maladie' },
      { helpful: false, procedure: 'carte-vitale', text: 'carte vitale perdue' },
    ]);
    expect(opinions[0]!.text).toBeUndefined();
    expect(events.filter((e) => e.kind === 'answer' && e.procedure === 'carte-vitale')).toHaveLength(2);
  });
});

describe('main dialog: agent mode', () => {
  it.each([['/fiche carte-vitale'], ['/fiche carte vitale perdue']])('%s → a desk answer with no question back', async (text) => {
    const { send } = dialogClient();
    const replies = await send(text);
    expect(replies).toHaveLength(1);
    const answer = replies[0]!.text ?? '';
    expect(answer).toContain(vitale.title);
    expect(answer).toContain('3646');
    for (const situation of vitale.situations) expect(answer).toContain(situation.label);
    expect(answer).toContain(m.desk.msa);
    expect(replies[0]!.suggestedActions).toBeUndefined();
  });

  it('/fiche alone explains how to use it; an unknown fiche says so', async () => {
    await dialogClient().play([
      ['/fiche', [m.desk.usage]],
      ['/fiche zzzz qqqq', ['Aucune fiche ne correspond à « zzzz qqqq »']],
    ]);
  });

  it('on Teams, a question gets the short desk answer directly', async () => {
    await dialogClient({ channelId: 'msteams' }).play([['carte vitale perdue', [vitale.title, `${m.desk.documents} :`], [m.orientation.regimeQuestion, m.feedback.question]]]);
  });
});
