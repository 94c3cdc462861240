import type { Knowledge } from '../knowledge/load.js';
import { createTextPipeline } from '../orientation/text/pipeline.js';
import type { CommuneLookup } from '../orientation/types.js';

const POSTAL_CODE = /^\d{5}$/;

/**
 * Recognises a message that only says where the user lives ("j'habite à Songeons", "Songeons", "60380"):
 * once the commune's words, the `livesIn` words (knowledge/messages.yaml) and stop words are left out, nothing remains.
 * Such a message asks for the nearest France services, not for a procedure.
 */
export function createWhereOnly(knowledge: Knowledge): (text: string, location: CommuneLookup | null) => boolean {
  const pipeline = createTextPipeline(knowledge.lexicon);
  const home = new Set(knowledge.messages.commands.livesIn.flatMap((w) => pipeline.stems(w)));
  return (text, location) => {
    if (!location || location.status === 'unknown') return false;
    const place = new Set(pipeline.stems(location.status === 'found' ? location.commune.name : location.query));
    return pipeline.stems(text).every((s) => place.has(s) || home.has(s) || POSTAL_CODE.test(s));
  };
}
