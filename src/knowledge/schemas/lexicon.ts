import { z } from 'zod';
import { slug } from './common.js';

/** Numbers are accepted as words (a form number such as 2042). */
const term = z.coerce.string().trim().min(1, 'ne doit pas être vide');

/** Variants people type, all rewritten to one canonical term before matching. */
export const synonymSchema = z.object({
  /** The term the knowledge uses, e.g. "carte identite". */
  canonical: term,
  /** What people type instead: abbreviations, old names, misspellings, English. */
  variants: z.array(term).min(1),
});

/** Words and spellings used to understand messages (knowledge/lexicon.yaml). */
export const lexiconSchema = z.object({
  /** Whole-word SMS spellings and contractions → their full form, e.g. slt → salut. */
  sms: z.record(z.string(), z.string()).default({}),
  /** Words that carry no meaning for orientation (written without accents). */
  stopwords: z.array(term).default([]),
  /** French abbreviations, colloquial names and misspellings. */
  synonyms: z.array(synonymSchema).default([]),
  /** English (and mixed) phrasings → French terms. */
  english: z.array(synonymSchema).default([]),
  /** Extra terms per procedure id, when a procedure's own keywords miss them. */
  procedureTerms: z.record(slug, z.array(term)).default({}),
  /** Cues that the person is affiliated to the MSA (farmer, farm employee…). */
  regime: z.object({
    msa: z.array(term).min(1),
    /** Phrases that contain a cue without saying the person belongs to the MSA ("Crédit agricole", "CAF ou MSA"). */
    notCues: z.array(term).default([]),
  }),
  /**
   * Kinds of situation (loss, theft, renewal…): `cues` are what people write about it, `labels` the words
   * naming that kind in situation ids and labels. A message saying one kind gets that situation directly.
   */
  situationCues: z.record(slug, z.object({ cues: z.array(term).min(1), labels: z.array(term).min(1) })).default({}),
  /** Ordinary words that are also commune names ("Y", "Sens", "Bulles"): a place only after a strong cue. */
  placeStopWords: z.array(term).default([]),
});

export type Synonym = z.infer<typeof synonymSchema>;
export type Lexicon = z.infer<typeof lexiconSchema>;
