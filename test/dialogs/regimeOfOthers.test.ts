/**
 * What the assistant says of the regime it read fits who it is said to, per channel: at the desk (Teams) the
 * regime read is the usager's or the deceased's, so the agent gets a neutral line about the file, never
 * "vous dépendez de la MSA"; a resident still gets "vous". A partner named as a service ("faire suivre mon
 * courrier par La Poste") is no job outside farming: no "vous n'êtes pas à la MSA". Texts read from knowledge.
 */
import { describe, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { dialogClient } from './dialogHarness.js';

const knowledge = loadKnowledge();
const c = knowledge.messages.conversation;
const title = (id: string) => knowledge.procedures.find((p) => p.id === id)!.title;
const msaName = knowledge.partners.find((p) => p.id === 'msa')!.shortName;

const deskWidow = "usagère veuve d'un ancien exploitant agricole, elle demande la réversion";
const residentWidow = 'mon mari était exploitant agricole, il est décédé, je voudrais la réversion';
const newcomer = "je viens d'arriver à Noyon, je dois faire suivre mon courrier par La Poste et changer l'adresse de ma carte grise";

describe('the regime read, said to whom it concerns', () => {
  it('msteams: a farmer deceased, his widow asks for the survivor pension: the MSA file in neutral words, one need', async () => {
    await dialogClient({ channelId: 'msteams' }).play([
      [deskWidow, [c.regimeNotedDesk, title('pension-reversion'), msaName], [c.regimeNoted, /vous dépendez de la MSA/i, c.needs.split('{')[0]!]],
    ]);
  });

  it.each(['webchat', 'sms'])('%s: a resident telling of her own farmer husband gets the resident wording', async (channelId) => {
    await dialogClient({ channelId }).play([[residentWidow, [c.regimeNoted, title('pension-reversion')], [c.regimeNotedDesk]]]);
  });

  it.each(['webchat', 'sms', 'msteams'])('%s: La Poste named as the service that forwards mail says nothing of the regime', async (channelId) => {
    await dialogClient({ channelId }).play([[newcomer, [title('reexpedition-courrier'), title('carte-grise')], [c.regimeNo, c.regimeNoDesk]]]);
  });
});
