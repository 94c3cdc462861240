/**
 * Desk answers on Teams stay short: a fiche whose every situation's papers would make a long answer lists
 * the situations with the command that gives one situation's papers; several needs are one line each with
 * the command of their fiche. Texts from the knowledge.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { allText } from '../bot/harness.js';
import { dialogClient } from './dialogHarness.js';

const knowledge = loadKnowledge();
const m = knowledge.messages;
const procedure = (id: string) => knowledge.procedures.find((p) => p.id === id)!;
/** Teams shows messages up to this length well; longer ones are cut or hard to read at the desk. */
const TEAMS_SHORT = 2000;

describe('msteams: short desk answers', () => {
  it('every fiche is under 2,000 characters', async () => {
    const { send } = dialogClient({ channelId: 'msteams' });
    for (const p of knowledge.procedures) expect(allText(await send(`fiche ${p.id}`)).length, p.id).toBeLessThanOrEqual(TEAMS_SHORT);
  });

  it('a long fiche lists the situations, and "fiche carte-grise je vends mon véhicule" gives that situation\'s papers', async () => {
    const grise = procedure('carte-grise');
    const sale = grise.situations.find((s) => s.id === 'vente')!;
    const other = grise.situations.find((s) => s.id !== 'vente')!;
    await dialogClient({ channelId: 'msteams' }).play([
      ['fiche carte grise', [grise.title, ...grise.situations.map((s) => s.label)], [sale.documents[0]!]],
      ['fiche carte-grise je vends mon véhicule', [sale.documents[0]!], [other.documents[0]!]],
    ]);
  });

  it('several needs are one line each, under 2,000 characters with the sites', async () => {
    const { send } = dialogClient({ channelId: 'msteams' });
    const text = allText(
      await send("usager nouvellement installé à Noyon : changement d'adresse carte grise, suivi courrier La Poste, inscription listes électorales"),
    );
    for (const id of ['carte-grise', 'reexpedition-courrier', 'elections']) expect(text).toContain(procedure(id).title);
    expect(text).toContain(m.location.header.replace('{commune}', 'Noyon'));
    expect(text.length).toBeLessThanOrEqual(TEAMS_SHORT);
  });
});
