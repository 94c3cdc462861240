import naiveBayes from 'wink-naive-bayes-text-classifier';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge, type Knowledge } from '../../../src/knowledge/load.js';
import { createOrientation } from '../../../src/orientation/index.js';
import { createTextPipeline } from '../../../src/orientation/text/pipeline.js';
import { featuresOf, OUT_OF_SCOPE, trainClassifier, trainingTexts } from '../../../src/orientation/understanding/classifier.js';

let knowledge: Knowledge;
beforeAll(() => {
  knowledge = loadKnowledge();
});

const messages = [
  'je voudrais renouveler mon passeport avant les vacances',
  'mon ex paie plus la pension des enfants',
  'how do I get my tax notice',
  'recette de la tarte aux pommes',
  'jai perdu ma cart vital',
];

describe('trained classifier', () => {
  it('gives exactly the log-odds that wink-naive-bayes-text-classifier computes', () => {
    const pipeline = createTextPipeline(knowledge.lexicon);
    const examples = trainingTexts(knowledge).map(({ text, label }) => ({ features: featuresOf(pipeline, text), label }));
    const reference = naiveBayes();
    reference.defineConfig({ considerOnlyPresence: true, smoothingFactor: 0.5 });
    for (const { features, label } of examples) if (features.length > 0) reference.learn(features, label);
    reference.consolidate();
    const classifier = trainClassifier(examples);
    for (const text of messages) {
      const features = featuresOf(pipeline, text);
      const expected = reference.computeOdds(features);
      const got = classifier.classify(features);
      expect(got.map((c) => c.label)).toEqual(expected.map(([label]) => label));
      got.forEach((c, i) => expect(c.odds).toBeCloseTo(expected[i]?.[1] ?? NaN, 9));
    }
  });

  it('trains on every procedure and on the out-of-scope class', () => {
    const labels = new Set(trainingTexts(knowledge).map((t) => t.label));
    for (const p of knowledge.procedures) expect(labels.has(p.id)).toBe(true);
    expect(labels.has(OUT_OF_SCOPE)).toBe(true);
  });

  it('is deterministic: two trainings on the same knowledge give the same answers and scores', () => {
    const first = createOrientation(knowledge);
    const second = createOrientation(knowledge);
    for (const text of messages) expect(second.analyze(text)).toEqual(first.analyze(text));
  });

  it('still trains when a procedure has no training file (a new procedure added by an editor)', () => {
    const byProcedure = { ...knowledge.training.byProcedure };
    delete byProcedure['passeport'];
    const orientation = createOrientation({ ...knowledge, training: { ...knowledge.training, byProcedure } });
    expect(orientation.analyze('renouveler mon passeport').procedure?.id).toBe('passeport');
  });
});
