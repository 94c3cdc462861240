// Types for the part of ml-logistic-regression (untyped) that scripts/calibrate.ts uses.
declare module 'ml-logistic-regression' {
  import type { Matrix } from 'ml-matrix';
  export default class LogisticRegression {
    constructor(options?: { numSteps?: number; learningRate?: number });
    train(X: Matrix, Y: Matrix): void;
    /** One-vs-all classifiers; with classes 0 and 1, the first scores class 1. */
    classifiers: { weights: Matrix; testScores(X: Matrix): number[] }[];
  }
}
