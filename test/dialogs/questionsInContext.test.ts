/**
 * A message that asks instead of answering the pending question, a vague follow-up, a commune alone after
 * an answer: each stays with the procedure discussed and never gets the same question again or a refusal.
 * Tables of [user says, texts shown, texts not shown]; expected texts are read from the knowledge.
 */
import { describe, expect, it } from 'vitest';
import { fill } from '../../src/knowledge/fill.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { createEvidence } from '../../src/orientation/conversation/evidence.js';
import { createConversationReader } from '../../src/orientation/conversation/reader.js';
import { orientation } from '../bot/harness.js';
import { dialogClient } from './dialogHarness.js';

const knowledge = loadKnowledge();
const m = knowledge.messages;
const c = m.conversation;
const procedure = (id: string) => knowledge.procedures.find((p) => p.id === id)!;
const title = (id: string) => procedure(id).title;
const header = (commune: string) => fill(m.location.header, { commune });

describe('a question asked while the situation is pending is answered, not met with the question again', () => {
  it('sms: "et sa retraite il faut prévenir qui ?" during a death gives the survivor\'s pension', async () => {
    await dialogClient({ channelId: 'sms' }).play([
      ['mon pere est decede cette nuit, qu est ce que je dois faire', [title('deces-proche'), m.orientation.situationQuestion]],
      ['et sa retraite il faut prevenir qui ?', [title('pension-reversion')], [c.situationAgain]],
    ]);
  });

  it("webchat: a question the procedure's texts answer gets those lines, not the question again", async () => {
    const death = procedure('deces-proche');
    await dialogClient().play([
      ['mon pere est decede cette nuit, qu est ce que je dois faire', [death.title, m.orientation.situationQuestion]],
      ['qui me donne les copies ?', [death.title], [c.situationAgain, m.orientation.situationQuestion]],
    ]);
  });

  it('webchat: a question to the MSA question gets the answer again, with the question in other words', async () => {
    const reversion = procedure('pension-reversion');
    await dialogClient().play([
      ["ma femme est decedee, j'ai droit a la pension de reversion ?", [reversion.title]],
      ['et ma mere elle va toucher quelque chose ?', [reversion.title], [m.replies.outOfScope]],
    ]);
  });
});

describe('a vague follow-up stays on the procedure', () => {
  it('sms: "ok jfais comment alors" after an answer gives that answer again, not a refusal', async () => {
    await dialogClient({ channelId: 'sms' }).play([
      ['comment faire mon actualisation france travail', [title('actualisation')]],
      ['ok jfais comment alors', [title('actualisation')], [m.replies.outOfScope]],
    ]);
  });
});

describe('webchat: a commune alone after an answer', () => {
  it('"je suis à clermont de l\'oise" gives its sites and keeps the procedure', async () => {
    await dialogClient().play([
      ['mon voisin refuse de tailler sa haie, je peux faire quoi sans avocat ?', [title('litige-conciliation')]],
      ["je suis à clermont de l'oise", [header('Clermont')]],
      ["c'est gratuit ?", [fill(c.costs, { title: title('litige-conciliation') })]],
    ]);
  });
});

describe('sms: a vague answer to "which procedure?"', () => {
  const text = "j'ai oublié mon mot de passe";
  const reader = createConversationReader(knowledge.conversation, knowledge.lexicon);
  const evidence = createEvidence(knowledge.procedures, knowledge.partners, reader.simple);
  const ranked = orientation()
    .analyze(text)
    .alternatives.map((a) => a.id);
  // The procedures the message names in its own words come first, then the classifier's order.
  const expectedFirst = ranked.find((id) => evidence(text, id)) ?? ranked[0]!;

  it('offers first the procedure the message names in its own words', async () => {
    if (expectedFirst === ranked[0]) throw new Error('expected a choice whose named procedure is not the best ranked');
    const { send } = dialogClient({ channelId: 'sms' });
    const lines = (await send(text)).flatMap((r) => (r.text ?? '').split('\n'));
    expect(lines.find((l) => l.startsWith('1.'))).toContain(title(expectedFirst));
  });

  it('gets that first procedure, never a refusal', async () => {
    await dialogClient({ channelId: 'sms' }).play([
      [text, [m.orientation.clarify]],
      ['ok je fais comment alors', [title(expectedFirst)], [m.replies.outOfScope, c.choiceAgain]],
    ]);
  });
});

describe('webchat: an out-of-scope message one clause of which asks for a procedure', () => {
  it('a pasted RIB with "transmettre à ma caisse de retraite": the warning, then the pension procedures, not a refusal', async () => {
    await dialogClient().play([
      [
        "j'ai changé de banque, voici mon nouveau rib [masqué], pouvez vous le transmettre a ma caisse de retraite ?",
        [title('demande-retraite')],
        [m.replies.outOfScope, m.replies.notUnderstood],
      ],
    ]);
  });

  it('a place in a clause of its own does not make an out-of-scope question a procedure', async () => {
    await dialogClient().play([["je veux savoir la météo de demain, j'habite Clermont", [m.replies.outOfScope], [m.orientation.clarify]]]);
  });
});

describe('webchat: a short question the procedure discussed answers stays with it', () => {
  it('"c\'est à quelle période ?" during the tax return gets its own line, not the career statement', async () => {
    const taxReturn = procedure('declaration-revenus');
    const line = taxReturn.summary.split(/(?<=[.!?])\s+/).find((l) => /période/i.test(l));
    if (!line) throw new Error('the tax return summary no longer tells its period');
    await dialogClient().play([
      ['je dois faire ma declaration de revenus pour la premiere fois', [taxReturn.title]],
      ["c'est a quelle periode ?", [line], [title('releve-carriere')]],
    ]);
  });

  it('a question naming another procedure surely still switches ("pour la carte grise c\'est payant ?")', async () => {
    await dialogClient().play([
      ['je dois faire ma declaration de revenus pour la premiere fois', [title('declaration-revenus')]],
      ["pour la carte grise c'est payant ?", [fill(c.costs, { title: title('carte-grise') })]],
    ]);
  });
});

describe('webchat: several details of the procedure asked in one message', () => {
  it('"c\'est payant ? et il faut quoi comme papiers" gets the cost and the papers', async () => {
    const id = 'declaration-revenus';
    await dialogClient().play([
      ['je dois faire ma declaration de revenus pour la premiere fois', [title(id)]],
      ["c'est payant ? et il faut quoi comme papiers", [fill(c.costs, { title: title(id) }), c.documentsAll.split(',')[0]!]],
    ]);
  });
});
