/**
 * Short desk fiches on Teams: partner, what to do first, one line of key papers per situation, the cost,
 * online or not, and one line that says how to get the rest; the follow-ups ("papiers ?", "et pour un
 * mineur ?", "combien ?", "en ligne ?") give the full lists. Several needs at the desk stay one short reply.
 * Expected texts are read from the knowledge.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { DESK_MAX, paperHead } from '../../src/bot/render/deskAnswer.js';
import { fill } from '../../src/knowledge/fill.js';
import { allText } from '../bot/harness.js';
import { dialogClient } from './dialogHarness.js';

const knowledge = loadKnowledge();
const m = knowledge.messages;
const procedure = (id: string) => knowledge.procedures.find((p) => p.id === id)!;
const passport = procedure('passeport');
const situation = (id: string) => passport.situations.find((s) => s.id === id)!;
/** A paper whose details the short fiche leaves out ("…, aux normes"). */
const detailed = (id: string) => situation(id).documents.find((d) => paperHead(d) !== d && !d.includes('{{'))!;
/** The papers as the knowledge writes them, but those with a dated figure filled in at answer time. */
const plain = (id: string) => situation(id).documents.filter((d) => !d.includes('{{'));
const figure = (id: string) => passport.figures.find((f) => f.id === id)!.value;
const costLabels = (situationId: string) => passport.costs.filter((c) => c.situations?.includes(situationId)).map((c) => c.label);
const adultCost = passport.costs.find((c) => !c.situations?.includes('mineur'))!.label;

describe('msteams: the short desk fiche and its follow-ups', () => {
  it('"fiche passeport": partner, what to do first, each situation\'s key papers, cost, online, how to get the rest', async () => {
    await dialogClient({ channelId: 'msteams' }).play([
      [
        'fiche passeport',
        [
          passport.title,
          `${m.desk.first} : ${passport.agentCan[0]}`,
          `${m.desk.keyPapers} :`,
          ...passport.situations.map((s) => `- ${s.label} : ${paperHead(s.documents[0]!)}`),
          figure('passeport-adulte'),
          `${m.desk.online} : ${passport.online[0]!.url}`,
          m.desk.more,
        ],
        [detailed('premiere-demande'), m.orientation.situationQuestion],
      ],
    ]);
  });

  it('then "papiers ?", "et pour un mineur ?", "combien ?", "en ligne ?" give the full lists', async () => {
    await dialogClient({ channelId: 'msteams' }).play([
      ['fiche passeport', [passport.title]],
      ['papiers ?', [m.conversation.documentsAll, detailed('premiere-demande'), ...plain('mineur')]],
      ['et pour un mineur ?', [`${m.desk.documents} (${situation('mineur').label}) :`, ...plain('mineur'), figure('passeport-15-17')], [adultCost]],
      ['combien ?', [fill(m.conversation.costs, { title: passport.title }), ...costLabels('mineur')], [adultCost]],
      ['en ligne ?', [fill(m.conversation.online, { title: passport.title }), ...passport.online.map((o) => o.url)]],
    ]);
  });

  it('"fiche carte grise" then "combien ?": every cost of the fiche', async () => {
    const grise = procedure('carte-grise');
    await dialogClient({ channelId: 'msteams' }).play([
      ['fiche carte grise', [`${m.desk.keyPapers} :`, ...grise.situations.map((s) => s.label), m.desk.more]],
      ['combien ?', grise.costs.map((c) => c.label)],
    ]);
  });

  it('asked again about the fiche ("ok jfais comment alors"): every paper and note in full', async () => {
    await dialogClient({ channelId: 'msteams' }).play([
      ['fiche passeport', [passport.title], [situation('renouvellement').note!]],
      ['ok jfais comment alors', [`${m.desk.documents} :`, detailed('premiere-demande'), situation('renouvellement').note!], [m.desk.more]],
    ]);
  });

  it('the same fiche asked again: every paper and note in full', async () => {
    const grise = procedure('carte-grise');
    const sale = grise.situations.find((s) => s.id === 'vente')!;
    await dialogClient({ channelId: 'msteams' }).play([
      ['fiche carte grise', [m.desk.more], [sale.documents[0]!]],
      ['fiche carte grise', [sale.documents[0]!, sale.note!], [m.desk.more]],
    ]);
  });

  it('a procedure of one situation: its papers and note in full', async () => {
    const aspa = procedure('aspa');
    const only = aspa.situations[0]!;
    const threshold = aspa.figures.find((f) => only.note?.includes(`{{${f.id}}}`))!;
    await dialogClient({ channelId: 'msteams' }).play([['fiche aspa', [`${m.desk.documents} (${only.label}) :`, ...only.documents, threshold.value]]]);
  });

  it('a need and a commune at the desk: the fiche and the nearest sites, in one short reply', async () => {
    const { send } = dialogClient({ channelId: 'msteams' });
    const text = allText(await send('usager de Creil, il veut refaire son passeport'));
    expect(text).toContain(passport.title);
    expect(text).toContain(fill(m.location.header, { commune: 'Creil' }));
    expect(text.length).toBeLessThanOrEqual(DESK_MAX);
  });

  it('a procedure with no online service says so', async () => {
    const offline = knowledge.procedures.find((p) => p.online.length === 0);
    if (!offline) return;
    await dialogClient({ channelId: 'msteams' }).play([[`fiche ${offline.id}`, [m.desk.notOnline]]]);
  });

  it('several needs: each partner, one short reply, then "fiche inscription-france-travail"', async () => {
    const { send, play } = dialogClient({ channelId: 'msteams' });
    const text = allText(await send('usager avec 3 demandes : carte vitale perdue, inscription france travail, attestation caf pour la cantine'));
    for (const id of ['carte-vitale', 'inscription-france-travail', 'attestation-caf']) expect(text).toContain(procedure(id).title);
    expect(text.length).toBeLessThanOrEqual(DESK_MAX);
    await play([
      ['fiche inscription-france-travail', [procedure('inscription-france-travail').title, procedure('inscription-france-travail').situations[0]!.label]],
    ]);
  });
});
