/**
 * `npm run calibrate`: fits the confidence on held-out labelled messages (never training ones)
 * and writes knowledge/calibration.yaml. A logistic regression (ml-logistic-regression) of "the
 * best procedure is right" on what the understanding saw: the margin of the best fused probability
 * over the second (log p / p₂) and the message's length. (The logit of p, and whether the lexical
 * match or the classifier agree with the answer, were tried: given the margin they add nothing.) Fitted on the held-out files and on their long versions
 * (each message wrapped in narrative, `npm run eval -- <file> --long`), so that long stories
 * get honest confidences too. Never fitted on dev, set B or set D, whose figures are reported.
 * The clarifying threshold is the lowest confidence at which at most 1 % of the messages get a
 * wrong procedure unasked. Rerun after changing the training corpus or the fusion weights.
 */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import LogisticRegression from 'ml-logistic-regression';
import { Matrix } from 'ml-matrix';
import { stringify } from 'yaml';
import { defaultKnowledgeDir, loadKnowledge } from '../src/knowledge/load.js';
import { projectRoot } from '../src/knowledge/projectRoot.js';
import { IDENTITY_CALIBRATION, type Calibration } from '../src/knowledge/schemas/calibration.js';
import { COEFFICIENTS, createCalibrator, regressors, type CalibrationInput } from '../src/orientation/understanding/calibrate.js';
import { createUnderstanding } from '../src/orientation/understanding/understand.js';
import { detectPersonalData } from '../src/orientation/privacy.js';
import { lengthen, readFiller, readLabelled, type Labelled } from '../tools/understanding/evaluation.js';

/** Held-out files, written by other people, never used for training. */
const HELD_OUT = [
  'test/fixtures/eval-blind.jsonl',
  'test/fixtures/eval-generalisation.jsonl',
  'test/fixtures/set-a-residents-sms.jsonl',
  'test/fixtures/set-c-desk-english.jsonl',
];
const FILLER = 'test/fixtures/narrative-filler.yaml';
const MAX_CONFIDENTLY_WRONG = 0.01;

const knowledge = { ...loadKnowledge(), calibration: { ...IDENTITY_CALIBRATION, clarifyBelow: 0 } };
const understand = createUnderstanding(knowledge);
const filler = readFiller(join(projectRoot, FILLER));
const lines: Labelled[] = HELD_OUT.flatMap((file) => {
  const short = readLabelled(join(projectRoot, file));
  return [...short, ...lengthen(short, filler)];
});
interface Sample {
  input: CalibrationInput;
  right: boolean;
}
const samples: Sample[] = [];
for (const line of lines) {
  const text = detectPersonalData(line.text).redacted;
  const { understanding, input } = understand.inspect(text);
  if (input) samples.push({ input, right: understanding.procedure?.id === line.procedure });
}

// Standardised regressors (gradient descent converges), the weights mapped back afterwards.
const raw = samples.map((s) => regressors(s.input));
const columns = COEFFICIENTS.length;
const mean = Array.from({ length: columns }, (_, j) => raw.reduce((s, x) => s + (x[j] ?? 0), 0) / raw.length);
const sd = Array.from({ length: columns }, (_, j) => Math.sqrt(raw.reduce((s, x) => s + ((x[j] ?? 0) - (mean[j] ?? 0)) ** 2, 0) / raw.length) || 1);
const X = new Matrix(raw.map((x) => [1, ...x.map((v, j) => (v - (mean[j] ?? 0)) / (sd[j] ?? 1))]));
const Y = Matrix.columnVector(samples.map((s) => (s.right ? 1 : 0)));
const model = new LogisticRegression({ numSteps: 20_000, learningRate: 0.5 / samples.length });
model.train(X, Y);
// With classes 0 and 1, the first one-vs-all classifier scores class 1 ("right").
const [w0 = 0, ...ws] = model.classifiers[0]?.weights.to1DArray() ?? [];
const coefficient = (j: number) => (ws[j] ?? 0) / (sd[j] ?? 1);
const intercept = w0 - ws.reduce((s, w, j) => s + (w * (mean[j] ?? 0)) / (sd[j] ?? 1), 0);
const fitted: Calibration = {
  ...IDENTITY_CALIBRATION,
  intercept: round(intercept),
  ...Object.fromEntries(COEFFICIENTS.map((c, j) => [c, round(coefficient(j))])),
  fittedOn: [...HELD_OUT, `${FILLER} (versions longues de ces fichiers)`],
};
const confidence = createCalibrator(fitted);

let clarifyBelow = 0.99;
for (let t = 0.3; t <= 0.99; t += 0.01) {
  const wrongUnasked = samples.filter((s) => !s.right && confidence(s.input) >= t).length;
  if (wrongUnasked / lines.length <= MAX_CONFIDENTLY_WRONG) {
    clarifyBelow = Math.round(t * 100) / 100;
    break;
  }
}
const out: Calibration = { ...fitted, clarifyBelow };
const file = join(defaultKnowledgeDir, 'calibration.yaml');
writeFileSync(file, `# Written by \`npm run calibrate\` (scripts/calibrate.ts) from held-out messages: do not edit by hand.\n${stringify(out)}`);
console.log(`${samples.length} réponses sur ${lines.length} messages mis de côté ; précision demandée sous ${clarifyBelow}`);
console.log(COEFFICIENTS.map((c) => `${c} ${out[c]}`).join(', ') + `, intercept ${out.intercept}`);
console.log(`Écrit : ${relative(process.cwd(), file)}`);

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
