/**
 * "et le volet pour mon patron ?", "elle a peur que ce soit repris sur la succession": a question about a
 * detail of the procedure just answered, found in its own texts (summary, papers, notes, what is done
 * elsewhere). The lines sharing the most words with the question are returned, best first.
 */
import type { ProcedureView } from '../procedures/view.js';

const MIN_WORD = 5;
const PREFIX = 5;
const MAX_LINES = 3;

export function linesAbout(words: readonly string[], procedure: ProcedureView, simple: (text: string) => string): string[] {
  const asked = [...new Set(words.filter((w) => w.length >= MIN_WORD).map((w) => w.slice(0, PREFIX)))];
  if (asked.length === 0) return [];
  const lines = [
    ...procedure.summary.split(/(?<=[.!?])\s+/),
    ...procedure.situations.flatMap((s) => [...s.documents, ...(s.note ? s.note.split(/(?<=[.!?])\s+/) : [])]),
    ...procedure.elsewhere,
    ...procedure.agentCan,
  ];
  const scored = [...new Set(lines)].map((line) => {
    const lineWords = new Set(
      simple(line)
        .split(' ')
        .filter((w) => w.length >= MIN_WORD)
        .map((w) => w.slice(0, PREFIX)),
    );
    return { line, score: asked.filter((w) => lineWords.has(w)).length };
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  if (best === 0) return [];
  return scored
    .filter((s) => s.score === best)
    .slice(0, MAX_LINES)
    .map((s) => s.line);
}
