import type { Knowledge } from '../../knowledge/load.js';
import type { TextPipeline } from '../text/pipeline.js';

/** Communes outside the département served big enough to be named in messages ("je déménage à Lyon"). */
const BIG_CITY = 100_000;

/**
 * Words of place names (communes of the département served, and big cities): they say where, never what,
 * so they are left out of procedure matching. Words the knowledge uses as
 * vocabulary (titles, keywords, lexicon, intent cues) are kept.
 */
export function placeWords(knowledge: Knowledge, pipeline: TextPipeline, departement: string): Set<string> {
  const { procedures, lexicon, intents, communes } = knowledge;
  const vocabulary = [
    ...procedures.flatMap((p) => [p.title, ...p.keywords]),
    ...Object.values(lexicon.procedureTerms).flat(),
    ...[...lexicon.synonyms, ...lexicon.english].flatMap((s) => [s.canonical, ...s.variants]),
    ...intents.outOfScope.flatMap((t) => t.cues),
  ];
  const protectedStems = new Set(vocabulary.flatMap((text) => pipeline.stems(text)));
  const places = new Set<string>();
  for (const commune of communes.communes) {
    if (commune.departement !== departement && (commune.population ?? 0) < BIG_CITY) continue;
    for (const stem of pipeline.stems(commune.name)) if (!protectedStems.has(stem)) places.add(stem);
  }
  return places;
}
