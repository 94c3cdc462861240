/**
 * Accuracy floors on blind sets written by people who never saw the code nor the knowledge
 * (test/fixtures/set-*.jsonl): a regression of the understanding fails CI. The floors are the
 * targets of the product (issue 10); `npm run eval -- <file>` prints the figures and the errors.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { projectRoot } from '../../../src/knowledge/projectRoot.js';
import { createOrientation } from '../../../src/orientation/index.js';
import type { Orientation } from '../../../src/orientation/types.js';
import { analyzeAll, figuresOf, lengthen, readFiller, readLabelled, reliability, type Result } from '../../../tools/understanding/evaluation.js';

const BLIND_SETS = ['set-a-residents-sms.jsonl', 'set-c-desk-english.jsonl'];
const POOLED = [...BLIND_SETS, 'eval-blind.jsonl', 'eval-generalisation.jsonl'];

let orientation: Orientation;
const results = new Map<string, Result[]>();
beforeAll(() => {
  orientation = createOrientation(loadKnowledge());
  for (const file of POOLED) results.set(file, analyzeAll(orientation, readLabelled(join(projectRoot, 'test/fixtures', file))));
});

describe.each(BLIND_SETS)('blind set %s', (file) => {
  it('meets the accuracy targets', () => {
    const f = figuresOf(results.get(file) ?? []);
    expect(f.inScope).toBeGreaterThanOrEqual(250);
    expect(f.top1 / f.inScope).toBeGreaterThanOrEqual(0.95);
    expect(f.top3 / f.inScope).toBeGreaterThanOrEqual(0.99);
    expect(f.partner / f.inScope).toBeGreaterThanOrEqual(0.97);
    expect(f.outOfScopeRecall / f.outOfScope).toBeGreaterThanOrEqual(0.9);
    expect(f.inScopeCalledOut / f.inScope).toBeLessThanOrEqual(0.02);
    expect(f.confidentlyWrong / f.messages).toBeLessThanOrEqual(0.02);
  });
});

// Set B (long stories) stays untouched: only its figures are read, never its errors. Its floor is the figure
// measured after sentence weighting (each sentence read on its own), length normalisation and long training
// stories (top-1 94.9 %, top-3 98.7 %, partner 97.4 %, out-of-scope recall 90.9 %, in scope called out of scope
// 0.3 %, confidently wrong 0.0 %), so that a regression fails.
describe('untouched final set set-b-long-stories.jsonl', () => {
  it('does not fall below its measured figures', () => {
    const f = figuresOf(analyzeAll(orientation, readLabelled(join(projectRoot, 'test/fixtures/set-b-long-stories.jsonl'))));
    expect(f.top1 / f.inScope).toBeGreaterThanOrEqual(0.945);
    expect(f.top3 / f.inScope).toBeGreaterThanOrEqual(0.985);
    expect(f.partner / f.inScope).toBeGreaterThanOrEqual(0.97);
    expect(f.outOfScopeRecall / f.outOfScope).toBeGreaterThanOrEqual(0.9);
    expect(f.inScopeCalledOut / f.inScope).toBeLessThanOrEqual(0.01);
    expect(f.confidentlyWrong / f.messages).toBeLessThanOrEqual(0.01);
  });
});

// Set F (320 mixed messages written and label-reviewed by two other helpers on 2026-12-02, evening) is the
// second untouched final set: nobody tunes on it. Its floor is the target of issue 10 where it was met on the
// day it was written (top-1 96.2 %, top-3 98.9 %, partner 97.7 %, out-of-scope recall 93.2 %, in scope called
// out of scope 1.1 %, confidently wrong 0.6 %), a point under the measured figure where it was not.
describe('untouched final set set-f-mixed-reviewed.jsonl', () => {
  it('does not fall below its floor', () => {
    const f = figuresOf(analyzeAll(orientation, readLabelled(join(projectRoot, 'test/fixtures/set-f-mixed-reviewed.jsonl'))));
    expect(f.inScope).toBeGreaterThanOrEqual(250);
    expect(f.top1 / f.inScope).toBeGreaterThanOrEqual(0.95);
    expect(f.top3 / f.inScope).toBeGreaterThanOrEqual(0.98);
    expect(f.partner / f.inScope).toBeGreaterThanOrEqual(0.97);
    expect(f.outOfScopeRecall / f.outOfScope).toBeGreaterThanOrEqual(0.9);
    expect(f.inScopeCalledOut / f.inScope).toBeLessThanOrEqual(0.02);
    expect(f.confidentlyWrong / f.messages).toBeLessThanOrEqual(0.02);
  });
});

// Long versions of the tuning sets A and C (each message wrapped in narrative, `npm run eval -- <file> --long`):
// a regression on long messages fails here before it reaches a held-out set.
describe.each(BLIND_SETS)('long version of %s', (file) => {
  it('keeps its measured figures', () => {
    const filler = readFiller(join(projectRoot, 'test/fixtures/narrative-filler.yaml'));
    const f = figuresOf(analyzeAll(orientation, lengthen(readLabelled(join(projectRoot, 'test/fixtures', file)), filler)));
    expect(f.top1 / f.inScope).toBeGreaterThanOrEqual(0.87);
    expect(f.top3 / f.inScope).toBeGreaterThanOrEqual(0.96);
    expect(f.inScopeCalledOut / f.inScope).toBeLessThanOrEqual(0.025);
    expect(f.confidentlyWrong / f.messages).toBeLessThanOrEqual(0.03);
  });
});

describe('calibrated confidence', () => {
  it('is right more often in each higher confidence bin (held-out messages pooled)', () => {
    const pooled = POOLED.flatMap((file) => results.get(file) ?? []);
    const bins = reliability(pooled, [0, 0.8, 0.9, 0.95, 1]).filter((b) => b.count >= 20);
    expect(bins.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < bins.length; i++) expect(bins[i]?.accuracy ?? 0).toBeGreaterThanOrEqual(bins[i - 1]?.accuracy ?? 1);
    // The most confident answers are right about as often as they claim.
    const top = bins[bins.length - 1];
    expect(top?.accuracy ?? 0).toBeGreaterThanOrEqual((top?.meanConfidence ?? 1) - 0.03);
  });
});
