import type { Lexicon } from '../../knowledge/schemas/lexicon.js';
import { PhraseMatcher } from '../text/phrases.js';
import type { TextPipeline } from '../text/pipeline.js';

export interface RegimeCues {
  regime: 'msa' | null;
  /** Stems of the cues found: they tell who the person is, not what they ask. */
  cueStems: Set<string>;
}

/**
 * Finds whether the message says the person is MSA-affiliated (farmer, farm
 * employee, "je suis à la MSA"). "Crédit agricole" or "CAF ou MSA ?" are not cues.
 */
export function createRegimeDetector(lexicon: Lexicon, pipeline: TextPipeline): (text: string) => RegimeCues {
  const cues = new PhraseMatcher<'cue' | 'not'>();
  lexicon.regime.msa.forEach((cue) => cues.add(pipeline.stems(cue), 'cue'));
  lexicon.regime.notCues.forEach((q) => cues.add(pipeline.stems(q), 'not'));
  return (text) => {
    const stems = pipeline.stems(text);
    const found = cues.find(stems).filter((m) => m.value === 'cue');
    const cueStems = new Set(found.flatMap((m) => stems.slice(m.start, m.start + m.length)));
    return { regime: found.length > 0 ? 'msa' : null, cueStems };
  };
}
