/**
 * "et le volet pour mon patron ?", "elle a peur que ce soit repris sur la succession": a question about a
 * detail of the procedure just answered, found in its own texts (summary, papers, notes, what is done
 * elsewhere). The lines sharing the most words with the question are returned, best first. A word of the
 * question counts from five letters, or from four when it is not a stop word ("visa", "page", "full",
 * "cost", not "what", "does", "faut"); it matches the words of a line that start like it.
 */
import type { ProcedureView } from '../procedures/view.js';

const MIN_WORD = 4;
/** From this length, every word of the question counts, stop word or not ("trouve" in "on le trouve où ?"). */
const ALWAYS_COUNTS = 5;
const PREFIX = 5;
const MAX_LINES = 3;

export function linesAbout(
  words: readonly string[],
  procedure: ProcedureView,
  simple: (text: string) => string,
  stopword: (word: string) => boolean,
): string[] {
  const counts = (w: string) => w.length >= ALWAYS_COUNTS || (w.length >= MIN_WORD && !stopword(w));
  const asked = [...new Set(words.filter(counts).map((w) => w.slice(0, PREFIX)))];
  if (asked.length === 0) return [];
  const lines = [
    ...procedure.summary.split(/(?<=[.!?])\s+/),
    ...procedure.situations.flatMap((s) => [...s.documents, ...(s.note ? s.note.split(/(?<=[.!?])\s+/) : [])]),
    ...procedure.elsewhere,
    ...procedure.agentCan,
  ];
  const scored = [...new Set(lines)].map((line) => {
    // A line word gives its first PREFIX letters and its first MIN_WORD letters, so that "page" finds "pages".
    const lineWords = new Set(
      simple(line)
        .split(' ')
        .filter((w) => w.length >= MIN_WORD)
        .flatMap((w) => [w.slice(0, PREFIX), w.slice(0, MIN_WORD)]),
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
