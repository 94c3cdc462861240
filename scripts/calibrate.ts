/**
 * `npm run calibrate`: fits the confidence on held-out labelled messages (never training ones)
 * and writes knowledge/calibration.yaml. Platt scaling: a logistic regression (ml-logistic-regression)
 * of "the best procedure is right" on the logit of its fused probability. The clarifying threshold
 * is the lowest confidence at which at most 1 % of the messages get a wrong procedure unasked.
 * Rerun after changing the training corpus or the fusion weights.
 */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import LogisticRegression from 'ml-logistic-regression';
import { Matrix } from 'ml-matrix';
import { stringify } from 'yaml';
import { defaultKnowledgeDir, loadKnowledge } from '../src/knowledge/load.js';
import { IDENTITY_CALIBRATION, type Calibration } from '../src/knowledge/schemas/calibration.js';
import { createOrientation } from '../src/orientation/index.js';
import { createCalibrator, logit } from '../src/orientation/understanding/calibrate.js';
import { projectRoot } from '../src/knowledge/projectRoot.js';
import { analyzeAll, isRight, readLabelled } from '../tools/understanding/evaluation.js';

/** Held-out files: older blind fixtures, written by other people, never used for training. */
const HELD_OUT = ['test/fixtures/eval-blind.jsonl', 'test/fixtures/eval-generalisation.jsonl'];
const MAX_CONFIDENTLY_WRONG = 0.01;

const knowledge = { ...loadKnowledge(), calibration: { ...IDENTITY_CALIBRATION, clarifyBelow: 0 } };
const orientation = createOrientation(knowledge);
const results = HELD_OUT.flatMap((file) => analyzeAll(orientation, readLabelled(join(projectRoot, file))));
const answered = results.filter((r) => r.analysis.procedure !== null);

const model = new LogisticRegression({ numSteps: 20_000, learningRate: 1e-3 });
const X = new Matrix(answered.map((r) => [1, logit(r.analysis.confidence)]));
const Y = Matrix.columnVector(answered.map((r) => (isRight(r) ? 1 : 0)));
model.train(X, Y);
// With classes 0 and 1, the first one-vs-all classifier scores class 1 ("right").
const [intercept = 0, slope = 1] = model.classifiers[0]?.weights.to1DArray() ?? [];
const fitted: Calibration = { slope, intercept, clarifyBelow: 0, fittedOn: HELD_OUT };
const confidence = createCalibrator(fitted);

let clarifyBelow = 0.99;
for (let t = 0.3; t <= 0.99; t += 0.01) {
  const wrongUnasked = answered.filter((r) => !isRight(r) && confidence(r.analysis.confidence) >= t).length;
  if (wrongUnasked / results.length <= MAX_CONFIDENTLY_WRONG) {
    clarifyBelow = Math.round(t * 100) / 100;
    break;
  }
}
const out: Calibration = { slope: round(slope), intercept: round(intercept), clarifyBelow, fittedOn: HELD_OUT };
const file = join(defaultKnowledgeDir, 'calibration.yaml');
writeFileSync(file, `# Written by \`npm run calibrate\` (scripts/calibrate.ts) from held-out messages: do not edit by hand.\n${stringify(out)}`);
console.log(
  `${answered.length} réponses sur ${results.length} messages mis de côté ; pente ${out.slope}, ordonnée ${out.intercept}, précision demandée sous ${clarifyBelow}`,
);
console.log(`Écrit : ${relative(process.cwd(), file)}`);

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
