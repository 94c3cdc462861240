import type { Knowledge } from '../../knowledge/load.js';
import { createTextPipeline } from '../text/pipeline.js';
import type { Analysis, ScoredProcedure } from '../types.js';
import { createCalibrator } from './calibrate.js';
import { featuresOf, OUT_OF_SCOPE, trainClassifier, trainingTexts } from './classifier.js';
import { FUSION, fuse, type Fused, type FusionWeights } from './fusion.js';
import { createSpellingCorrector } from './fuzzy.js';
import { createIntentDetector } from './intents.js';
import { createProcedureMatcher } from './matcher.js';
import { DEFAULT_DEPARTEMENT } from '../location/resolve.js';
import { partnerFor } from '../msa.js';
import { placeWords } from './places.js';
import { createRegimeDetector } from './regime.js';
import { relevance } from './scoring.js';

const MAX_ALTERNATIVES = 5;
/** Candidates proposed when clarifying: at least this share of the best probability. */
const CANDIDATE_RATIO = 0.15;
/**
 * When the best procedure holds less than this share of the probability and no word of the message
 * matches a procedure's own vocabulary, the message names nothing the assistant knows ("près de
 * Clermont"); with generic words that do match ("un problème avec mon dossier") it is vague: ask.
 * No right answer of the held-out fixtures and sets A, C is that unsure (lowest: 0.2).
 */
const MIN_PROBABILITY = 0.15;
/** A part of the message names another need only when this sure of it, on its own. */
const NEED_CONFIDENCE = 0.95;
/** Where a message passes from one request to the next: sentence ends, commas, "et", "puis", "ensuite", "and", "+". */
const REQUEST_BOUNDARY = /(?<=[.?!;])|[,\n+]|\s(?:et|puis|ensuite|ainsi que|and|then)\s/i;
/** A part shorter than this (content words) is a detail, not a request. */
const MIN_PART_TERMS = 2;
/**
 * Parts read on their own, at most: each is a full reading, so a long story cut into dozens of parts
 * would cost dozens of readings (10 ms at 1,000 characters). The conversation keeps four needs at most
 * (src/orientation/conversation/needs.ts); the first request-like parts are the ones read.
 */
const MAX_NEED_PARTS = 4;

/** "Je suis agriculteur" says who asks, not what: such words count little in matching. */
const REGIME_CUE_WEIGHT = 0.15;

export type Understanding = Omit<Analysis, 'location' | 'personalData' | 'situation'>;
export type RegimeAnswer = { regime?: 'msa' | 'general' };

/** What the fused evidence says about one message, before it becomes an Analysis. */
export interface Reading {
  ranked: Fused[];
  /** Probability that the best procedure is right (calibrated). */
  confidence: number;
  /** Some word of the message matched a procedure's title, keywords, lexicon or examples. */
  lexicalMatch: boolean;
}

/** Builds every index and trains the classifier once; the returned function understands one message. */
export function createUnderstanding(
  knowledge: Knowledge,
  departement: string = DEFAULT_DEPARTEMENT,
  weights: FusionWeights = FUSION,
): (text: string, context?: RegimeAnswer) => Understanding {
  const { procedures, partners, lexicon, intents } = knowledge;
  const ignore = placeWords(knowledge, createTextPipeline(lexicon), departement);
  const indexing = createTextPipeline(lexicon, { ignore });
  const matcher = createProcedureMatcher(procedures, partners, lexicon, indexing);
  const detector = createIntentDetector(intents, indexing);
  const texts = trainingTexts(knowledge);
  const examples = texts.map(({ text, label }) => ({ features: featuresOf(indexing, text), label }));
  const classifier = trainClassifier(examples);
  const trainedStems = examples.flatMap((e) => e.features.filter((f) => !f.includes('_')));
  const cueVocabulary = intents.outOfScope.flatMap((t) => t.cues.flatMap((c) => indexing.stems(c)));
  const correct = createSpellingCorrector([...matcher.index.vocabulary(), ...indexing.synonymVocabulary, ...cueVocabulary, ...trainedStems]);
  const pipeline = createTextPipeline(lexicon, { correct, ignore });
  const regimeOf = createRegimeDetector(lexicon, indexing);
  const calibrate = createCalibrator(knowledge.calibration);
  const byId = new Map(procedures.map((p) => [p.id, p]));

  const read = (text: string, regimeCues: Set<string>): Reading => {
    const weight = (t: string) => (regimeCues.has(t) ? REGIME_CUE_WEIGHT : 1);
    const lexicalRanked = matcher.rank(pipeline.terms(text), weight);
    const lexical = new Map(lexicalRanked.map((r) => [procedures[r.index]?.id ?? '', relevance(r.raw)]));
    // Words as typed (no typo correction): a correction must not turn a foreign word into a known one.
    const typed = indexing.terms(text);
    const unknownShare = typed.length === 0 ? 0 : typed.filter((t) => !matcher.index.knows(t) && !classifier.vocabulary.has(t)).length / typed.length;
    const evidence = { classifier: classifier.classify(featuresOf(pipeline, text)), lexical, outOfScopeCues: detector.outOfScopeCues(text), unknownShare };
    const ranked = fuse(evidence, weights);
    return { ranked, confidence: calibrate(ranked[0]?.probability ?? 0), lexicalMatch: lexical.size > 0 };
  };

  const understand = (text: string, context: RegimeAnswer = {}): Understanding => {
    const cues = regimeOf(text);
    const regime = context.regime ? (context.regime === 'msa' ? 'msa' : null) : cues.regime;
    const base = { text, regime, procedure: null, partner: null, confidence: 0, clarify: false, alternatives: [] };
    const smallTalk = detector.smallTalk(text);
    if (smallTalk) return { ...base, intent: smallTalk };
    const { ranked, confidence, lexicalMatch } = read(text, cues.cueStems);
    const top = ranked[0];
    const standsOut = lexicalMatch || (top?.probability ?? 0) >= MIN_PROBABILITY;
    const procedure = top && top.label !== OUT_OF_SCOPE && standsOut ? byId.get(top.label) : undefined;
    if (!procedure) return { ...base, intent: 'out_of_scope' };
    const candidates = ranked.filter((r) => r.label !== OUT_OF_SCOPE);
    // Two requests split the probability between them: that is not a doubt, each part is clear.
    const needs = needsOf(text, procedure.id, cues.cueStems);
    const clarify = needs.length < 2 && confidence < knowledge.calibration.clarifyBelow && candidates.length > 1;
    return {
      ...(needs.length > 1 ? { needs } : {}),
      ...base,
      intent: 'procedure',
      procedure: { id: procedure.id, title: procedure.title, partner: procedure.partner },
      partner: partnerFor(procedure, regime === 'msa'),
      confidence: round(confidence),
      clarify,
      alternatives: (clarify ? clarifyCandidates(candidates) : candidates.slice(0, MAX_ALTERNATIVES)).map(scored),
    };
  };
  /** The procedures the message asks for, the best first, when parts of it each clearly ask for a different one. */
  const needsOf = (text: string, best: string, regimeCues: Set<string>): string[] => {
    const needs = [best];
    // A part that says who the person is ("je cotise à la MSA") or asks nothing is context, not a need.
    const isNeed = (part: string) => indexing.terms(part).length >= MIN_PART_TERMS && detector.isRequest(part) && regimeOf(part).regime === null;
    const parts: string[] = [];
    for (const part of text.split(REQUEST_BOUNDARY)) {
      if (parts.length === MAX_NEED_PARTS) break;
      if (part && isNeed(part)) parts.push(part);
    }
    if (parts.length < 2) return needs;
    for (const part of parts) {
      const { ranked, confidence } = read(part, regimeCues);
      const label = ranked[0]?.label;
      if (label && label !== OUT_OF_SCOPE && confidence >= NEED_CONFIDENCE && !needs.includes(label)) needs.push(label);
    }
    return needs;
  };
  return understand;
}

/** 2–4 candidates to propose, best first. */
function clarifyCandidates(ranked: readonly Fused[]): Fused[] {
  const best = ranked[0]?.probability ?? 0;
  const close = ranked.filter((r) => r.probability >= best * CANDIDATE_RATIO).slice(0, 4);
  return close.length >= 2 ? close : ranked.slice(0, 2);
}

const scored = (f: Fused): ScoredProcedure => ({ id: f.label, score: round(f.probability) });
const round = (x: number) => Math.round(x * 1000) / 1000;
