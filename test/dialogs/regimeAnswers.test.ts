/**
 * Answers about the person's regime that tell their own job, per channel: the procedure being discussed
 * stays (its partner's version), the workplace named is no request ("aide soignante en ehpad" asks for no APA).
 * Expected texts are read from the knowledge.
 */
import { describe, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { dialogClient } from './dialogHarness.js';

const knowledge = loadKnowledge();
const procedure = (id: string) => knowledge.procedures.find((p) => p.id === id)!;

describe.each(['webchat', 'sms'])("%s: one's own job in a regime answer", (channelId) => {
  it('"non je suis pas agricultrice, je suis aide soignante en ehpad" after the APL: still the housing aid, not the APA', async () => {
    await dialogClient({ channelId }).play([
      ["je loue un appartement à Clermont depuis mars, j'ai droit à l'apl ?", [procedure('aide-logement').title]],
      ['non je suis pas agricultrice, je suis aide soignante en ehpad', [procedure('aide-logement').title], [procedure('apa').title]],
    ]);
  });
});
