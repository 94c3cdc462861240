/**
 * A retirement pension suspended because the yearly certificat de vie (proof of life) of a pensioner living
 * abroad was not received (issue 9): the retirement procedure with what to do about the certificate (its
 * situation in knowledge/procedures/demande-retraite.yaml, in English from procedures-en/), never a list of
 * procedures to choose from. Expected texts are read from the knowledge.
 */
import { describe, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { dialogClient } from './dialogHarness.js';

const knowledge = loadKnowledge();
const french = knowledge.procedures.find((p) => p.id === 'demande-retraite')!;
const english = knowledge.english.procedures['demande-retraite']!;
const certificate = (p: typeof french) => p.situations.find((s) => s.id === 'certificat-vie')!;
const clarify = [knowledge.messages.orientation.clarify, knowledge.english.messages.orientation.clarify];

describe.each(['webchat', 'sms', 'msteams'])('%s: a pension suspended for lack of a life certificate', (channelId) => {
  it('in French: the retirement procedure with the certificate to send, no choice', async () => {
    await dialogClient({ channelId }).play([
      [
        'ma pension de retraite ne m’est plus versée, la caisse dit qu’elle n’a pas reçu mon certificat d’existence, je vis en Espagne',
        [french.title, certificate(french).label, certificate(french).documents[0]!],
        clarify,
      ],
    ]);
  });

  it('in English: the same, in English', async () => {
    await dialogClient({ channelId, language: 'en' }).play([
      [
        'my retirement pension is on hold, they want a proof of life certificate and I live in Morocco',
        [english.title, certificate(english).label, certificate(english).documents[0]!],
        [...clarify, certificate(french).label],
      ],
    ]);
  });
});
