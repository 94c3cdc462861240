import type { Lexicon } from '../../knowledge/schemas/lexicon.js';
import type { Partner } from '../../knowledge/schemas/partner.js';
import type { Procedure } from '../../knowledge/schemas/procedure.js';
import type { TextPipeline } from '../text/pipeline.js';
import { ConceptIndex, type ConceptIndexData, type WeightedText } from './conceptIndex.js';

/** How much each field of a procedure tells about it. */
const FIELD_WEIGHT = { title: 3, keywords: 2, lexicon: 2, examples: 1, aliases: 0.5 } as const;

const TITLE_BONUS = 0.8;

export interface RankedProcedure {
  index: number;
  raw: number;
}

export interface ProcedureMatcher {
  readonly index: ConceptIndex;
  /** Procedures by decreasing relevance; only those with a positive score. */
  rank(terms: readonly string[], termWeight?: (term: string) => number): RankedProcedure[];
  /** Raw relevance of every procedure, in the order given (0: no match), as `rank` ranks them. */
  scores(terms: readonly string[], termWeight?: (term: string) => number): Float64Array;
}

/** The matcher's two indexes, built from the knowledge, as plain data (saved in the orientation model). */
export interface MatcherData {
  /** Every field of each procedure, weighted by field. */
  index: ConceptIndexData;
  /** Each procedure's title alone. */
  titles: ConceptIndexData;
}

export function buildMatcherData(procedures: Procedure[], partners: Partner[], lexicon: Lexicon, pipeline: TextPipeline): MatcherData {
  // "autre" gathers unrelated bodies (mairie, MDPH, Anah…): its aliases say nothing about one procedure.
  const aliases = new Map(partners.filter((p) => p.id !== 'autre').map((p) => [p.id, [p.name, p.shortName, ...p.aliases]]));
  const terms = (text: string) => pipeline.documentTerms(text);
  const documents: WeightedText[][] = procedures.map((p) => [
    { terms: terms(p.title), weight: FIELD_WEIGHT.title },
    ...p.keywords.map((k) => ({ terms: terms(k), weight: FIELD_WEIGHT.keywords })),
    ...(lexicon.procedureTerms[p.id] ?? []).map((k) => ({ terms: terms(k), weight: FIELD_WEIGHT.lexicon })),
    ...p.examples.map((e) => ({ terms: terms(e), weight: FIELD_WEIGHT.examples })),
    ...(aliases.get(p.partner) ?? []).map((a) => ({ terms: terms(a), weight: FIELD_WEIGHT.aliases })),
  ]);
  return {
    index: new ConceptIndex(documents).toData(),
    titles: new ConceptIndex(procedures.map((p) => [{ terms: pipeline.terms(p.title), weight: 1 }])).toData(),
  };
}

export function createProcedureMatcher(data: MatcherData): ProcedureMatcher {
  const index = new ConceptIndex(data.index);
  // The title names the procedure's concept: matching it counts on top of the rest, unsaturated.
  const titles = new ConceptIndex(data.titles);

  const scores = (terms: readonly string[], termWeight?: (term: string) => number): Float64Array => {
    const scores = index.score(terms, termWeight);
    titles.addScaled(scores, TITLE_BONUS, terms, termWeight);
    return scores;
  };
  return {
    index,
    scores,
    rank(terms, termWeight) {
      const ranked: RankedProcedure[] = [];
      scores(terms, termWeight).forEach((raw, i) => {
        if (raw > 0) ranked.push({ index: i, raw });
      });
      return ranked.sort((a, b) => b.raw - a.raw || a.index - b.index);
    },
  };
}
