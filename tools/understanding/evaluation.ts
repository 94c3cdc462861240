/**
 * Measures the understanding on labelled messages (JSON lines {text, procedure, partner};
 * procedure null = out of scope): the figures of `npm run eval`, the reliability table of
 * the confidence, and the samples `npm run calibrate` fits on.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Analysis, Orientation } from '../../src/orientation/types.js';

export const labelledSchema = z.object({ text: z.string(), procedure: z.string().nullable(), partner: z.string().nullable() });
export type Labelled = z.infer<typeof labelledSchema>;

export interface Result {
  line: Labelled;
  analysis: Analysis;
}

/** Reads a JSON-lines file; bad lines are reported through `onBadLine` and skipped. */
export function readLabelled(path: string, onBadLine: (lineNumber: number) => void = () => {}): Labelled[] {
  const out: Labelled[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      if (!raw.trim()) return;
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        json = undefined;
      }
      const parsed = labelledSchema.safeParse(json);
      if (parsed.success) out.push(parsed.data);
      else onBadLine(i + 1);
    });
  return out;
}

export const analyzeAll = (orientation: Orientation, lines: readonly Labelled[]): Result[] =>
  lines.map((line) => ({ line, analysis: orientation.analyze(line.text) }));

/** A procedure was given and it is the labelled one. */
export const isRight = (r: Result): boolean => r.analysis.procedure !== null && r.analysis.procedure.id === r.line.procedure;

export interface Figures {
  messages: number;
  inScope: number;
  outOfScope: number;
  top1: number;
  top3: number;
  partner: number;
  /** Out-of-scope messages answered out of scope. */
  outOfScopeRecall: number;
  /** Out-of-scope messages given no procedure (greetings included). */
  noProcedure: number;
  /** In-scope messages called out of scope. */
  inScopeCalledOut: number;
  clarify: number;
  /** A wrong procedure given without a clarifying question (in-scope and out-of-scope messages). */
  confidentlyWrong: number;
}

export function figuresOf(results: readonly Result[]): Figures {
  const inScope = results.filter((r) => r.line.procedure !== null);
  const outScope = results.filter((r) => r.line.procedure === null);
  const count = (list: readonly Result[], test: (r: Result) => boolean) => list.filter(test).length;
  return {
    messages: results.length,
    inScope: inScope.length,
    outOfScope: outScope.length,
    top1: count(inScope, isRight),
    top3: count(inScope, (r) => r.analysis.alternatives.slice(0, 3).some((a) => a.id === r.line.procedure)),
    partner: count(inScope, (r) => r.analysis.partner === r.line.partner),
    outOfScopeRecall: count(outScope, (r) => r.analysis.intent === 'out_of_scope'),
    noProcedure: count(outScope, (r) => r.analysis.intent !== 'procedure'),
    inScopeCalledOut: count(inScope, (r) => r.analysis.intent === 'out_of_scope'),
    clarify: count(inScope, (r) => r.analysis.clarify),
    confidentlyWrong: count(results, (r) => r.analysis.procedure !== null && !r.analysis.clarify && !isRight(r)),
  };
}

export interface Bin {
  from: number;
  to: number;
  count: number;
  meanConfidence: number;
  /** Share of right procedures among the answers whose confidence falls in the bin. */
  accuracy: number;
}

export const RELIABILITY_EDGES = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 1];

/** Confidence bins vs observed accuracy, over every message given a procedure. */
export function reliability(results: readonly Result[], edges: readonly number[] = RELIABILITY_EDGES): Bin[] {
  const answered = results.filter((r) => r.analysis.procedure !== null);
  const bins: Bin[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const from = edges[i] ?? 0;
    const to = edges[i + 1] ?? 1;
    const last = i + 2 === edges.length;
    const inBin = answered.filter((r) => r.analysis.confidence >= from && (r.analysis.confidence < to || (last && r.analysis.confidence <= to)));
    const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length);
    bins.push({
      from,
      to,
      count: inBin.length,
      meanConfidence: mean(inBin.map((r) => r.analysis.confidence)),
      accuracy: mean(inBin.map((r) => (isRight(r) ? 1 : 0))),
    });
  }
  return bins;
}

const fillerSchema = z.object({ fr: z.array(z.string()), fr_closing: z.array(z.string()), en: z.array(z.string()), en_closing: z.array(z.string()) });
export type Filler = z.infer<typeof fillerSchema>;

export const readFiller = (path: string): Filler => fillerSchema.parse(parse(readFileSync(path, 'utf8')));

const ENGLISH = /\b(the|my|i|how|what|where|is|to|do|can|need|want|lost)\b/i;

/**
 * Long messages made from short ones: each labelled message wrapped in 1–3 narrative sentences
 * that ask nothing (test/fixtures/narrative-filler.yaml), the request in the middle or at the end,
 * sometimes a closing. Deterministic: the same lines always give the same messages.
 */
export function lengthen(lines: readonly Labelled[], filler: Filler): Labelled[] {
  return lines.map((line, i) => {
    const english = ENGLISH.test(line.text) && !/[éèàç]/.test(line.text);
    const pool = english ? filler.en : filler.fr;
    const closing = english ? filler.en_closing : filler.fr_closing;
    const pick = (list: readonly string[], k: number) => list[(i * 17 + k * 29) % list.length] ?? '';
    const before = Array.from({ length: 1 + (i % 3) }, (_, k) => pick(pool, k));
    const after = i % 4 === 1 ? [pick(pool, 5)] : [];
    const end = i % 2 === 0 ? [pick(closing, 0)] : [];
    const request = /[.?!]$/.test(line.text.trim()) ? line.text.trim() : `${line.text.trim()}.`;
    return { ...line, text: [...before, request, ...after, ...end].join(' ') };
  });
}
