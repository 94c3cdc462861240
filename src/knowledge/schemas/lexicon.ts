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

/** Whole words, matched as typed (lower case, no accents, SMS spellings expanded; "j'" is the word "j"). */
const words = z.array(term).default([]);

/**
 * The MSA regime: cues are matched on stems (like procedure keywords); the other lists on whole words.
 * A cue counts for the person it is said of, in the clause it is in (clauses end at punctuation and contrasts).
 */
export const regimeSchema = z.object({
  /** Farm jobs and MSA affiliation said of someone ("agriculteur", "salarié agricole", "affilié MSA"). */
  msa: z.array(term).min(1),
  /** Looser cues ("agricole", "paysagiste", "MSA" alone): a current non-farm job of the same person cancels them. */
  weak: z.array(term).default([]),
  /** Farm workplaces and farm work ("ferme", "pépinière", "récolte"): a cue only after a work word or a place word. */
  workplaces: z.array(term).default([]),
  /** Phrases that contain a cue without saying the person belongs to the MSA ("Crédit agricole", "CAF ou MSA"). */
  notCues: z.array(term).default([]),
  /** Before a workplace, somewhere in its clause: the person works there ("travaille", "salarié", "saisonnier"). */
  workWords: words,
  /** Right before a workplace (an article may come between): "à la ferme", "dans une pépinière", "nous avons une ferme", "on a farm". */
  placeWords: words,
  /** Living or growing up somewhere is not working there: a workplace in a clause with these is no cue ("j'habite dans une ferme"). */
  dwellWords: words,
  /** Words naming the person themself: "je", "j", "moi", "nous", "on", "ma" (not before a relative), "I". */
  self: words,
  /** The person seen from the desk ("usager", "l'assuré"): always the person. */
  desk: words,
  /** "il", "elle", "lui": the relative named last, or the person when no relative was named. */
  pronouns: words,
  /** Impersonal phrases that are not a person ("il faut", "il y a"). */
  impersonal: words,
  /** Relatives and others ("père", "mari", "veuve"): a person after a possessive or an article, or before "de" and a cue ("fils d'agriculteur"). */
  relatives: words,
  /** "mon", "ma", "mes", "son", "sa", "my", "his"… before a relative. */
  possessives: words,
  /** "pour", "for" before a relative ("c'est pour ma mère"): the request is for that relative. */
  forWords: words,
  /** "de", "d", "of": "fils d'agriculteur", "veuve d'un exploitant". */
  ofWords: words,
  /** Articles that may stand between a place word or "de" and the noun ("à la ferme", "veuve d'un exploitant"). */
  articles: words,
  /** A cue in a clause with one of these is in the past ("j'étais", "ancien", "ex", "used to"). */
  past: words,
  /**
   * A cue a few words after one of these, in its clause, is denied ("je ne suis pas agriculteur", "I am not a
   * farmer", "jamais travaillé dans une ferme"): it says nothing of the regime.
   */
  negations: words,
  /** Start a new clause: "mais", "alors que", "but" (punctuation also does). */
  contrasts: words,
  /** Right after a person word (or starting with one: "i m"), these say a job ("je suis", "elle travaille", "I am"); a work word also does. */
  jobVerbs: words,
  /** What makes a job statement current and explicit ("mais", "maintenant", "depuis", "chez"). */
  jobSignals: words,
  /** After a farm job said in the past, a clause with one of these says the current one ("ex-salarié agricole, maintenant cariste"). */
  now: words,
  /** Non-farm employers ("mairie", "commune", "supermarché"): a job statement, and they cancel a loose cue in their clause. */
  employers: words,
  /** Not a job: "je suis à la retraite", "en arrêt", "enceinte", "au chômage". */
  states: words,
  /** The relative has died ("décédé", "veuve", "died"). */
  deceased: words,
  /** A cue in a clause with one of these is a nickname, not a job ("on m'appelle le paysan"): it counts as a loose cue. */
  naming: words,
  /** Procedures whose partner follows the deceased's regime (survivor's pension): the deceased's cues decide. */
  followDeceased: z.array(slug).default([]),
  /** Relatives who make the household (spouse, partner): their farm work counts for family benefits. */
  partners: words,
  /** Procedures paid to the household (family benefits): a spouse's or partner's MSA cues decide too. */
  followHousehold: z.array(slug).default([]),
});

/** Words and spellings used to understand messages (knowledge/lexicon.yaml). */
export const lexiconSchema = z.object({
  /** Whole-word SMS spellings and contractions → their full form, e.g. slt → salut. */
  sms: z.record(z.string(), z.string()).default({}),
  /**
   * SMS spellings that are also abbreviations ("pa": "pas" in "jai pa recu", the prime d'activité in
   * "ma PA"): read as the SMS word, unless right after one of `determiners` or typed in capitals in a
   * message that has lower-case letters.
   */
  smsOrAbbreviation: z
    .object({ words: z.record(z.string(), z.string()).default({}), determiners: z.array(term).default([]) })
    .default({ words: {}, determiners: [] }),
  /** Words that carry no meaning for orientation (written without accents). */
  stopwords: z.array(term).default([]),
  /** French abbreviations, colloquial names and misspellings. */
  synonyms: z.array(synonymSchema).default([]),
  /** English (and mixed) phrasings → French terms. */
  english: z.array(synonymSchema).default([]),
  /** Extra terms per procedure id, when a procedure's own keywords miss them. */
  procedureTerms: z.record(slug, z.array(term)).default({}),
  /**
   * Cues that the person is affiliated to the MSA (farmer, farm employee…), and the words that tell whose
   * cue it is (the person, a relative), when (now, in the past) and what cancels it (a current non-farm job).
   */
  regime: regimeSchema,
  /**
   * Kinds of situation (loss, theft, renewal…): `cues` are what people write about it, `labels` the words
   * naming that kind in situation ids and labels. A message saying one kind gets that situation directly.
   */
  situationCues: z.record(slug, z.object({ cues: z.array(term).min(1), labels: z.array(term).min(1) })).default({}),
  /** Ordinary words that are also commune names ("Y", "Sens", "Bulles"): a place only after a strong cue. */
  placeStopWords: z.array(term).default([]),
  /**
   * How the person feels, said with a word that elsewhere names a request ("je suis perdue", "complètement
   * paumé", "I'm lost": no lost paper). One of `words` right after one of `subjects` (any of `adverbs` may
   * come between) is not read as part of the request.
   */
  feelingStates: z
    .object({ subjects: z.array(term).default([]), adverbs: z.array(term).default([]), words: z.array(term).default([]) })
    .default({ subjects: [], adverbs: [], words: [] }),
});

export type Lexicon = z.infer<typeof lexiconSchema>;
export type RegimeVocabulary = z.infer<typeof regimeSchema>;
