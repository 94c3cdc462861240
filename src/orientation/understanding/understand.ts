import type { Knowledge } from '../../knowledge/load.js';
import { createFeelingStateReader } from '../text/feelingStates.js';
import { createTextPipeline, remembered } from '../text/pipeline.js';
import type { Analysis, ScoredProcedure } from '../types.js';
import { createCalibrator, type CalibrationInput } from './calibrate.js';
import { classifierFrom, featuresOf, OUT_OF_SCOPE, trainClassifierModel, trainingTexts, weightedFeaturesOf, type ClassifierModel } from './classifier.js';
import { sentencesOf } from './focus.js';
import { createFusion, FUSION, type Fused, type FusionWeights } from './fusion.js';
import { createSpellingCorrector } from './fuzzy.js';
import { createIntentDetector } from './intents.js';
import { buildMatcherData, createProcedureMatcher, type MatcherData } from './matcher.js';
import { DEFAULT_DEPARTEMENT } from '../location/resolve.js';
import { partnerFor } from '../msa.js';
import { placeWords } from './places.js';
import { createRegimeDetector } from './regime.js';

const MAX_ALTERNATIVES = 5;
/** Classes a reading ranks: the alternatives shown, and room for out of scope among them. */
const RANKED = MAX_ALTERNATIVES + 1;
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
  /** The RANKED most probable classes, most probable first. */
  ranked: Fused[];
  /** Probability that the best procedure is right (calibrated). */
  confidence: number;
  /** Some word of the message matched a procedure's title, keywords, lexicon or examples. */
  lexicalMatch: boolean;
  /** What the confidence was computed from. */
  calibrationInput: CalibrationInput;
}

export interface Understand {
  (text: string, context?: RegimeAnswer): Understanding;
  /** The understanding with the calibration's input (`npm run calibrate` fits on it; null when no procedure is given). */
  inspect(text: string, context?: RegimeAnswer): { understanding: Understanding; input: CalibrationInput | null };
}

/**
 * What the understanding learns from the knowledge, as plain data: building it reads every knowledge text
 * through the text pipeline and trains the classifier (a few hundred ms); the service loads it saved
 * (src/orientation/model.ts) and gets the same understanding, score for score.
 */
export interface UnderstandingModel {
  /** Stems of place names, left out of matching (places.ts). */
  placeWords: string[];
  matcher: MatcherData;
  classifier: ClassifierModel;
  /** Known stems a typo is corrected to, in the order the corrector meets them. */
  spellingVocabulary: string[];
}

/** Builds every index and trains the classifier, deterministically: the same knowledge gives the same model. */
export function buildUnderstandingModel(knowledge: Knowledge, departement: string = DEFAULT_DEPARTEMENT): UnderstandingModel {
  const { procedures, partners, lexicon, intents } = knowledge;
  const ignore = placeWords(knowledge, createTextPipeline(lexicon), departement);
  const indexing = createTextPipeline(lexicon, { ignore });
  const matcher = buildMatcherData(procedures, partners, lexicon, indexing);
  const examples = trainingTexts(knowledge).map(({ text, label }) => ({ features: featuresOf(indexing, text), label }));
  const trainedStems = examples.flatMap((e) => e.features.filter((f) => !f.includes('_')));
  const cueVocabulary = intents.outOfScope.flatMap((t) => t.cues.flatMap((c) => indexing.stems(c)));
  const indexVocabulary = matcher.index.postings.map(([feature]) => feature).filter((f) => !f.includes(' '));
  return {
    placeWords: [...ignore],
    matcher,
    classifier: trainClassifierModel(examples),
    spellingVocabulary: [...new Set([...indexVocabulary, ...indexing.synonymVocabulary, ...cueVocabulary, ...trainedStems])],
  };
}

/** The understanding of one message, from a model built (by default) or loaded; the returned function understands one message. */
export function createUnderstanding(
  knowledge: Knowledge,
  departement: string = DEFAULT_DEPARTEMENT,
  weights: FusionWeights = FUSION,
  model: UnderstandingModel = buildUnderstandingModel(knowledge, departement),
): Understand {
  const { procedures, lexicon, intents } = knowledge;
  const ignore = new Set(model.placeWords);
  const indexing = createTextPipeline(lexicon, { ignore });
  const matcher = createProcedureMatcher(model.matcher);
  const detector = createIntentDetector(intents, indexing);
  const classifier = classifierFrom(model.classifier);
  const correct = createSpellingCorrector(model.spellingVocabulary);
  const pipeline = createTextPipeline(lexicon, { correct, ignore });
  /** A text's classifier features, read once per analysis: a sentence is read alone, then as part of its message. */
  const featuresOfText = remembered((text: string) => featuresOf(pipeline, text));
  // Read once per text and analysis: a part of the message may be the whole message.
  const regimeDetector = createRegimeDetector(lexicon, indexing);
  const regimeOf = remembered(regimeDetector);
  const feelingFree = createFeelingStateReader(lexicon);
  const fusion = createFusion(
    classifier.labels,
    procedures.map((p) => p.id),
    weights,
  );
  const calibrate = createCalibrator(knowledge.calibration);
  const byId = new Map(procedures.map((p) => [p.id, p]));
  const followDeceased = new Set(lexicon.regime.followDeceased);
  const followHousehold = new Set(lexicon.regime.followHousehold);

  const read = (text: string, regimeCues: Set<string>): Reading => {
    // How clearly a sentence, read on its own, names one procedure (0 when it reads as out of scope).
    const names = (sentence: string) => {
      const features = featuresOfText(sentence);
      const best = fusion.mostProbable({
        classifier: classifier.odds(features),
        lexical: matcher.scores(pipeline.terms(sentence)),
        outOfScopeCues: detector.outOfScopeCues(sentence),
        unknownShare: 0,
        length: features.length,
      });
      return best.label !== OUT_OF_SCOPE ? best.probability : 0;
    };
    const sentences = sentencesOf(text, detector, names, weights);
    // A term keeps the largest weight of the sentences it occurs in.
    const termWeights = new Map<string, number>();
    const terms: string[] = [];
    for (const s of sentences) {
      for (const t of pipeline.terms(s.text)) {
        terms.push(t);
        termWeights.set(t, Math.max(s.weight, termWeights.get(t) ?? 0));
      }
    }
    const weight = (t: string) => (regimeCues.has(t) ? REGIME_CUE_WEIGHT : 1) * (termWeights.get(t) ?? 1);
    const lexical = matcher.scores(terms, weight);
    // Words as typed (no typo correction): a correction must not turn a foreign word into a known one.
    let typedTotal = 0;
    let typedUnknown = 0;
    let outOfScopeCues = 0;
    for (const s of sentences) {
      for (const t of indexing.terms(s.text)) {
        typedTotal += s.weight;
        if (!matcher.index.knows(t) && !classifier.vocabulary.has(t)) typedUnknown += s.weight;
      }
      outOfScopeCues += s.weight * detector.outOfScopeCues(s.text);
    }
    const unknownShare = typedTotal === 0 ? 0 : typedUnknown / typedTotal;
    const features = weightedFeaturesOf(featuresOfText, sentences);
    const length = [...features.values()].reduce((a, b) => a + b, 0);
    const evidence = { classifier: classifier.odds([...features.keys()], [...features.values()]), lexical, outOfScopeCues, unknownShare, length };
    const ranked = fusion.best(evidence, RANKED);
    const calibrationInput: CalibrationInput = {
      probability: ranked[0]?.probability ?? 0,
      second: ranked[1]?.probability ?? 0,
      length,
    };
    return { ranked, confidence: calibrate(calibrationInput), lexicalMatch: lexical.some((raw) => raw > 0), calibrationInput };
  };

  const answer = (said: string, context: RegimeAnswer = {}): { understanding: Understanding; input: CalibrationInput | null } => {
    // Who the person is, as said; what they ask, without how they feel ("je suis perdue" asks for no lost paper).
    const cues = regimeOf(said);
    const text = feelingFree(said);
    const regime = context.regime ? (context.regime === 'msa' ? 'msa' : null) : cues.regime;
    const base = {
      text: said,
      regime,
      ...(cues.denied && !context.regime ? { regimeDenied: true } : {}),
      // The words of a job may be request cues ("aide-soignante"): only a question mark makes it a question.
      ...(cues.aboutPerson && !said.includes('?') ? { aboutPersonOnly: true } : {}),
      ...(detector.outOfScopeCues(text) > 0 ? { outOfScopeTopic: true } : {}),
      procedure: null,
      partner: null,
      confidence: 0,
      clarify: false,
      alternatives: [],
    };
    const smallTalk = detector.smallTalk(text);
    if (smallTalk) return { understanding: { ...base, intent: smallTalk }, input: null };
    const { ranked, confidence, lexicalMatch, calibrationInput } = read(text, cues.cueStems);
    const top = ranked[0];
    const standsOut = lexicalMatch || (top?.probability ?? 0) >= MIN_PROBABILITY;
    const procedure = top && top.label !== OUT_OF_SCOPE && standsOut ? byId.get(top.label) : undefined;
    if (!procedure) return { understanding: { ...base, intent: 'out_of_scope' }, input: null };
    const candidates = ranked.filter((r) => r.label !== OUT_OF_SCOPE);
    // Two requests split the probability between them: that is not a doubt, each part is clear.
    const needs = needsOf(text, procedure.id, cues.cueStems);
    const clarify = needs.length < 2 && confidence < knowledge.calibration.clarifyBelow && candidates.length > 1;
    // A survivor's pension is paid by the deceased's scheme, whatever the survivor's own.
    const deceasedRegime = cues.deceased && followDeceased.has(procedure.id) ? cues.deceased : null;
    // Family benefits are the household's: a spouse's farm work makes the household MSA, unless the person said otherwise.
    const householdMsa = cues.household === 'msa' && followHousehold.has(procedure.id) && context.regime !== 'general';
    const regimeHere = deceasedRegime ? (deceasedRegime === 'msa' ? 'msa' : null) : householdMsa ? 'msa' : regime;
    const understanding: Understanding = {
      ...(needs.length > 1 ? { needs } : {}),
      ...base,
      regime: regimeHere,
      intent: 'procedure',
      procedure: { id: procedure.id, title: procedure.title, partner: procedure.partner },
      partner: partnerFor(procedure, regimeHere === 'msa'),
      confidence: round(confidence),
      clarify,
      alternatives: (clarify ? clarifyCandidates(candidates) : candidates.slice(0, MAX_ALTERNATIVES)).map(scored),
    };
    return { understanding, input: calibrationInput };
  };
  /** The procedures the message asks for, the best first, when parts of it each clearly ask for a different one. */
  const needsOf = (text: string, best: string, regimeCues: Set<string>): string[] => {
    const needs = [best];
    // A part that says who the person is ("je cotise à la MSA") or asks nothing is context, not a need.
    const isNeed = (part: string) =>
      detector.isRequest(part) && indexing.terms(part).length >= MIN_PART_TERMS && (!regimeDetector.mayHaveCues(part) || regimeOf(part).cueStems.size === 0);
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
  const understand = (text: string, context?: RegimeAnswer) => answer(text, context).understanding;
  return Object.assign(understand, { inspect: answer });
}

/** 2–4 candidates to propose, best first. */
function clarifyCandidates(ranked: readonly Fused[]): Fused[] {
  const best = ranked[0]?.probability ?? 0;
  const close = ranked.filter((r) => r.probability >= best * CANDIDATE_RATIO).slice(0, 4);
  return close.length >= 2 ? close : ranked.slice(0, 2);
}

const scored = (f: Fused): ScoredProcedure => ({ id: f.label, score: round(f.probability) });
const round = (x: number) => Math.round(x * 1000) / 1000;
