/**
 * Warnings about words that quietly hurt matching (knowledge:check, never an error):
 * a lexicon variant that normalises to nothing or to one very common word rewrites
 * every message holding that word ("info retraite" → "retraite"); the same keyword in
 * two procedures makes them tie.
 */
import { join } from 'node:path';
import { createTextPipeline, type TextPipeline } from '../../src/orientation/text/pipeline.js';
import { displayPath } from '../../src/knowledge/readFile.js';
import type { Lexicon } from '../../src/knowledge/schemas/lexicon.js';
import type { Procedure } from '../../src/knowledge/schemas/procedure.js';

/** A stem found in this many procedures is a common word, not a concept. */
export const COMMON_STEM_PROCEDURES = 6;

export function lexiconWarnings(dir: string, lexicon: Lexicon, procedures: Procedure[]): string[] {
  const pipeline = createTextPipeline(lexicon);
  return [...variantWarnings(dir, lexicon, procedures, pipeline), ...keywordWarnings(dir, lexicon, procedures, pipeline)];
}

function variantWarnings(dir: string, lexicon: Lexicon, procedures: Procedure[], pipeline: TextPipeline): string[] {
  const file = displayPath(join(dir, 'lexicon.yaml'));
  const spread = stemSpread(lexicon, procedures, pipeline);
  const warnings: string[] = [];
  for (const [section, entries] of [['synonyms', lexicon.synonyms], ['english', lexicon.english]] as const) {
    for (const { canonical, variants } of entries) {
      // A one-word variant ("secu", "chomage") is a deliberate rewrite; a phrase that loses its other words is not.
      const oneWord = variants.filter((v) => pipeline.words(v).length === 1);
      const deliberate = new Set([canonical, ...oneWord].map((v) => pipeline.stems(v).join(' ')));
      for (const variant of variants) {
        const stems = pipeline.stems(variant);
        const [only] = stems;
        const where = `${file} › ${section} › ${canonical} › « ${variant} »`;
        if (only === undefined) warnings.push(`${where} : ne garde aucun mot une fois les mots vides retirés`);
        else if (stems.length === 1 && pipeline.words(variant).length > 1 && !deliberate.has(only) && (spread.get(only) ?? 0) >= COMMON_STEM_PROCEDURES) {
          warnings.push(`${where} : se réduit au mot courant « ${only} » (${spread.get(only)} démarches) et le remplacerait partout`);
        }
      }
    }
  }
  return warnings;
}

/** Stem → number of procedures whose title, keywords or examples use it. */
function stemSpread(lexicon: Lexicon, procedures: Procedure[], pipeline: TextPipeline): Map<string, number> {
  const spread = new Map<string, number>();
  for (const p of procedures) {
    const texts = [p.title, ...p.keywords, ...p.examples, ...(lexicon.procedureTerms[p.id] ?? [])];
    for (const stem of new Set(texts.flatMap((t) => pipeline.stems(t)))) spread.set(stem, (spread.get(stem) ?? 0) + 1);
  }
  return spread;
}

function keywordWarnings(dir: string, lexicon: Lexicon, procedures: Procedure[], pipeline: TextPipeline): string[] {
  const folder = displayPath(join(dir, 'procedures'));
  const empty: string[] = [];
  const owners = new Map<string, { text: string; ids: Set<string> }>();
  for (const p of procedures) {
    for (const keyword of [...p.keywords, ...(lexicon.procedureTerms[p.id] ?? [])]) {
      const key = pipeline.terms(keyword).join(' ');
      if (!key) {
        empty.push(`${folder} › ${p.id} › keywords › « ${keyword} » : ne garde aucun mot une fois les mots vides retirés`);
        continue;
      }
      const entry = owners.get(key) ?? { text: keyword, ids: new Set<string>() };
      entry.ids.add(p.id);
      owners.set(key, entry);
    }
  }
  const duplicates = [...owners.values()]
    .filter(({ ids }) => ids.size > 1)
    .map(({ text, ids }) => `${folder} › keywords › « ${text} » : mot-clé en double dans ${[...ids].join(', ')}`);
  return [...empty, ...duplicates];
}
