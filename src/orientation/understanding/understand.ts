import type { Knowledge } from '../../knowledge/load.js';
import { createTextPipeline } from '../text/pipeline.js';
import type { Analysis } from '../types.js';
import { createSpellingCorrector } from './fuzzy.js';
import { createIntentDetector } from './intents.js';
import { createProcedureMatcher, type RankedProcedure } from './matcher.js';
import { DEFAULT_DEPARTEMENT } from '../location/resolve.js';
import { partnerFor } from '../msa.js';
import { placeWords } from './places.js';
import { createRegimeDetector } from './regime.js';
import { clarifyCandidates, confidenceOf, isForeignTopic, relevance, shouldClarify } from './scoring.js';

/** Below this raw score nothing in the knowledge matches: out of scope. */
const MIN_RAW = 1.5;
/** Each out-of-scope cue outweighs this much procedure relevance. */
const CUE_RAW = 12;
const MAX_ALTERNATIVES = 5;
/** "Je suis agriculteur" says who asks, not what: such words count little in matching. */
const REGIME_CUE_WEIGHT = 0.15;

export type Understanding = Omit<Analysis, 'location' | 'personalData' | 'situation'>;
export type RegimeAnswer = { regime?: 'msa' | 'general' };

/** Builds every index once; the returned function understands one message. */
export function createUnderstanding(knowledge: Knowledge, departement: string = DEFAULT_DEPARTEMENT): (text: string, context?: RegimeAnswer) => Understanding {
  const { procedures, partners, lexicon, intents } = knowledge;
  const ignore = placeWords(knowledge, createTextPipeline(lexicon), departement);
  const indexing = createTextPipeline(lexicon, { ignore });
  const matcher = createProcedureMatcher(procedures, partners, lexicon, indexing);
  const detector = createIntentDetector(intents, indexing);
  const cueVocabulary = intents.outOfScope.flatMap((t) => t.cues.flatMap((c) => indexing.stems(c)));
  const correct = createSpellingCorrector([...matcher.index.vocabulary(), ...indexing.synonymVocabulary, ...cueVocabulary]);
  const pipeline = createTextPipeline(lexicon, { correct, ignore });
  const regimeOf = createRegimeDetector(lexicon, indexing);
  const scored = (r: RankedProcedure) => ({ id: procedures[r.index]?.id ?? '', score: round(relevance(r.raw)) });

  return (text, context = {}) => {
    const cues = regimeOf(text);
    const regime = context.regime ? (context.regime === 'msa' ? 'msa' : null) : cues.regime;
    const base = { text, regime, procedure: null, partner: null, confidence: 0, clarify: false, alternatives: [] };
    const smallTalk = detector.smallTalk(text);
    if (smallTalk) return { ...base, intent: smallTalk };
    const ranked = matcher.rank(pipeline.terms(text), (t) => (cues.cueStems.has(t) ? REGIME_CUE_WEIGHT : 1));
    const top = ranked[0];
    const outOfScope = detector.outOfScopeCues(text);
    if (!top || top.raw < MIN_RAW || (outOfScope > 0 && top.raw < outOfScope * CUE_RAW)) return { ...base, intent: 'out_of_scope' };
    // Words as typed (no typo correction): a correction must not turn a foreign word into a known one.
    if (isForeignTopic(top.raw, indexing.terms(text), (t) => matcher.index.knows(t))) return { ...base, intent: 'out_of_scope' };
    const procedure = procedures[top.index];
    if (!procedure) return { ...base, intent: 'out_of_scope' };
    const confidence = confidenceOf(ranked);
    const clarify = shouldClarify(ranked, confidence);
    return {
      ...base,
      intent: 'procedure',
      procedure: { id: procedure.id, title: procedure.title, partner: procedure.partner },
      partner: partnerFor(procedure, regime === 'msa'),
      confidence: round(confidence),
      clarify,
      alternatives: (clarify ? clarifyCandidates(ranked) : ranked.slice(0, MAX_ALTERNATIVES)).map(scored),
    };
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
