/**
 * Infers which situation of a procedure a message describes ("j'ai perdu ma carte" → the loss
 * situation), from cue words per situation kind kept in knowledge/lexicon.yaml (`situationCues`).
 * A situation has the kinds whose label words occur in its id or label ("perte-vol", "Carte perdue ou volée").
 */
import type { Lexicon } from '../../knowledge/schemas/lexicon.js';
import type { Situation } from '../../knowledge/schemas/procedure.js';
import { PhraseMatcher } from '../text/phrases.js';
import type { TextPipeline } from '../text/pipeline.js';
import { stem } from '../text/stem.js';
import { createFeelingStateReader } from '../text/feelingStates.js';

export type SituationFinder = (text: string, situations: readonly Situation[]) => string | null;

export function createSituationFinder(lexicon: Lexicon, pipeline: TextPipeline): SituationFinder {
  // Stop words are kept: "première fois", "jamais eu" are made of them.
  const stems = (text: string) => pipeline.words(text).map(stem);
  const cues = new PhraseMatcher<string>();
  const labels = new PhraseMatcher<string>();
  for (const [kind, words] of Object.entries(lexicon.situationCues)) {
    words.cues.forEach((cue) => cues.add(stems(cue), kind));
    words.labels.forEach((label) => labels.add(stems(label), kind));
  }
  const kindsIn = (matcher: PhraseMatcher<string>, text: string) => new Set(matcher.find(stems(text)).map((m) => m.value));
  // Procedures never change once loaded: each situation's kinds are computed once.
  const situationKinds = new WeakMap<Situation, Set<string>>();
  const kindsOf = (situation: Situation) => {
    let kinds = situationKinds.get(situation);
    if (!kinds) {
      kinds = kindsIn(labels, `${situation.id.replace(/-/g, ' ')} ${situation.label}`);
      situationKinds.set(situation, kinds);
    }
    return kinds;
  };

  const feelingFree = createFeelingStateReader(lexicon);

  return (text, situations) => {
    // "je suis perdue" tells no loss.
    const said = kindsIn(cues, feelingFree(text));
    if (said.size === 0) return null;
    const scored = situations.map((s) => {
      const kinds = [...kindsOf(s)];
      const matched = kinds.filter((k) => said.has(k));
      return { id: s.id, score: matched.length, matched: matched.sort().join(' '), unsaid: kinds.length - matched.length };
    });
    const best = Math.max(0, ...scored.map((s) => s.score));
    let winners = scored.filter((s) => s.score === best);
    // The same words fit several situations ("carte perdue": the loss one, and "titre de séjour perdu ou
    // volé"): the most specific wins, the one naming fewest kinds the message does not say.
    if (new Set(winners.map((w) => w.matched)).size === 1) {
      const fewest = Math.min(...winners.map((w) => w.unsaid));
      winners = winners.filter((w) => w.unsaid === fewest);
    }
    // Two situations fit equally well ("première carte pour mon fils"): not clear, ask.
    return best > 0 && winners.length === 1 ? (winners[0]?.id ?? null) : null;
  };
}
