/**
 * Whether a message says that the person it is about belongs to the MSA (farmer, farm employee, "affilié
 * MSA"). A cue counts for the person it is said of: the nearest person word before it in its sentence
 * ("je", "nous", "usager"; "mon père", "ma femme" for a relative; "il"/"elle" for the relative named just
 * before), and as said then: a past cue ("j'étais ouvrière agricole") or a loose one ("paysagiste") gives
 * way to a current non-farm job of the same person ("mais je suis aide à domicile depuis 15 ans"). The
 * answer is the regime of the person the request is about: the person, or the relative the message ends
 * on when the message says something of that relative's work. Every word list is in knowledge/lexicon.yaml
 * (`regime`); this file holds only the method. Microseconds per call.
 */
import type { Lexicon, RegimeVocabulary } from '../../knowledge/schemas/lexicon.js';
import { normalizeChars } from '../text/normalize.js';
import { PhraseMatcher } from '../text/phrases.js';
import type { TextPipeline } from '../text/pipeline.js';
import { stem } from '../text/stem.js';
import { smsMap } from '../text/tokenize.js';

export interface RegimeCues {
  /** 'msa' when the person the message is about is MSA-affiliated, by what the message says. */
  regime: 'msa' | null;
  /** Stems of the cues found (whoever they are said of): they tell who someone is, not what is asked. */
  cueStems: Set<string>;
  /**
   * The regime of a relative the message says has died ("mon mari agriculteur est décédé", "veuve d'un
   * exploitant"): a survivor's pension follows it (`regime.followDeceased`). Null when no such relative.
   */
  deceased: 'msa' | 'general' | null;
  /**
   * 'msa' when the person's spouse or partner is MSA-affiliated by what the message says ("mon mari est
   * exploitant agricole"): family benefits follow the household (`regime.followHousehold`).
   */
  household: 'msa' | null;
  /**
   * The message says the person is not in the MSA: every cue found is denied ("non je suis pas agricultrice"),
   * or, without any cue, it says their job with a non-farm employer ("je suis caissière à l'intermarché").
   */
  denied: boolean;
  /**
   * Every meaningful word of the message says who the person is: a clause with a regime cue (said or denied),
   * or their own job said outright ("non je suis pas agricultrice, je suis aide-soignante en ehpad").
   */
  aboutPerson: boolean;
}

type Kind =
  | 'work'
  | 'place'
  | 'dwell'
  | 'self'
  | 'desk'
  | 'pronoun'
  | 'impersonal'
  | 'relative'
  | 'possessive'
  | 'for'
  | 'of'
  | 'article'
  | 'past'
  | 'negation'
  | 'contrast'
  | 'jobVerb'
  | 'jobSignal'
  | 'now'
  | 'employer'
  | 'state'
  | 'deceased'
  | 'naming';

const LISTS: Record<Kind, keyof RegimeVocabulary> = {
  work: 'workWords',
  place: 'placeWords',
  dwell: 'dwellWords',
  self: 'self',
  desk: 'desk',
  pronoun: 'pronouns',
  impersonal: 'impersonal',
  relative: 'relatives',
  possessive: 'possessives',
  for: 'forWords',
  of: 'ofWords',
  article: 'articles',
  past: 'past',
  negation: 'negations',
  contrast: 'contrasts',
  jobVerb: 'jobVerbs',
  jobSignal: 'jobSignals',
  now: 'now',
  employer: 'employers',
  state: 'states',
  deceased: 'deceased',
  naming: 'naming',
};

type Strength = 'strong' | 'weak' | 'place' | 'not';

/** Sentence ends: a person word does not reach over them. Commas end a clause only. */
const SENTENCE_END = /([.!?;\n]+)/;
const CLAUSE_END = /[,:()]+|\s[-–]\s/;
const WORD_SPLIT = /[^a-z0-9']+/;
const NON_WORD_CHAR = /[^a-z0-9]/;
/** A negation denies a cue that starts at most this many words after it ("pas" … "affilié à la MSA"). */
const NEGATION_REACH = 5;

/** One word of the message with where it stands. */
interface Word {
  text: string;
  sentence: number;
  clause: number;
  /** Stem when the word carries meaning (cue matching), else null. */
  stem: string | null;
  /** The sentence ends with a question mark. */
  asks: boolean;
}

interface Person {
  at: number;
  id: string;
  /** "de mon mari": the relative is a complement, not who the clause is about. */
  complement: boolean;
  /** "pour ma mère": the request is for this relative. */
  for?: boolean;
}

interface Cue {
  start: number;
  length: number;
  strength: Exclude<Strength, 'not'>;
}

/** What the message says of one person. */
interface Evidence {
  strong: boolean;
  soft: boolean;
  job: boolean;
  deceased: boolean;
  /** Some cue of this person is said in the present ("est exploitant", not "était", "ex-"). */
  current: boolean;
  /** Some cue of this person is said in the past ("j'étais ouvrière agricole"): their career may count at the MSA. */
  past: boolean;
  /** The person says a job of their own outright ("mais moi je suis caissière chez Leclerc", "je suis employée du magasin"). */
  stated: boolean;
  /** Where the message first says something of this person's work. */
  first: number;
}

const APOSTROPHE = 39;
const isDigit = (c: number) => c >= 48 && c <= 57;

export interface RegimeDetector {
  (text: string): RegimeCues;
  /**
   * False when the text holds no regime cue (whoever it would be said of): its cueStems are then empty. Cheaper
   * than reading the text through: a part of a message is only asked whether it says who asks.
   */
  mayHaveCues(text: string): boolean;
}

export function createRegimeDetector(lexicon: Lexicon, pipeline: TextPipeline): RegimeDetector {
  const vocabulary = lexicon.regime;
  const sms = smsMap(lexicon.sms);
  const stopwords = pipeline.stopwords;
  /** One-word adverbs of degree ("complètement", "très"), as written without accents. */
  const degree = new Set(lexicon.feelingStates.adverbs.map((a) => normalizeChars(a)).filter((a) => !a.includes(' ')));
  /** Person ids of a spouse or partner ("relative:mari"), as the relatives are read below. */
  const household = new Set<string>();

  const add = (out: Word[], piece: string, sentence: number, clause: number, asks: boolean) => {
    if (!piece) return;
    // Not one or two digits (ages, days), not a stop word.
    const meaningful = piece.length >= 2 && !(piece.length === 2 && isDigit(piece.charCodeAt(0)) && isDigit(piece.charCodeAt(1))) && !stopwords.has(piece);
    out.push({ text: piece, sentence, clause, stem: meaningful ? stem(piece) : null, asks });
  };
  const wordsOf = (text: string): Word[] => {
    const out: Word[] = [];
    const parts = pipeline.normalized(text).split(SENTENCE_END);
    // split() with a group alternates sentences and their ends.
    parts.forEach((sentenceText, index) => {
      if (index % 2 === 1) return;
      const sentence = index / 2;
      const asks = (parts[index + 1] ?? '').includes('?');
      {
        for (const clauseText of sentenceText.split(CLAUSE_END)) {
          const clause = (out.at(-1)?.clause ?? -1) + 1;
          for (const raw of clauseText.split(WORD_SPLIT)) {
            const bare = raw.charCodeAt(0) === APOSTROPHE || raw.charCodeAt(raw.length - 1) === APOSTROPHE ? raw.replace(/^'+|'+$/g, '') : raw;
            const expanded = sms.get(bare) ?? bare;
            if (!NON_WORD_CHAR.test(expanded)) add(out, expanded, sentence, clause, asks);
            else for (const piece of expanded.split(/[^a-z0-9]+/)) add(out, piece, sentence, clause, asks);
          }
        }
      }
    });
    return out;
  };
  const phraseOf = (entry: string) => wordsOf(entry).map((w) => w.text);
  for (const partner of vocabulary.partners) household.add(`relative:${phraseOf(partner).join(' ')}`);

  const cues = new PhraseMatcher<Strength>();
  const addCues = (list: readonly string[], strength: Strength) => list.forEach((cue) => cues.add(pipeline.stems(cue), strength));
  addCues(vocabulary.notCues, 'not');
  addCues(vocabulary.msa, 'strong');
  addCues(vocabulary.weak, 'weak');
  addCues(vocabulary.workplaces, 'place');

  const markers = new Map<string, Set<Kind>>();
  /** Lengths of the marker phrases that start with a word, longest first. */
  const lengthsByFirst = new Map<string, number[]>();
  for (const [kind, list] of Object.entries(LISTS) as [Kind, keyof RegimeVocabulary][]) {
    for (const entry of vocabulary[list] as readonly string[]) {
      const tokens = phraseOf(entry);
      if (tokens.length === 0) continue;
      const key = tokens.join(' ');
      markers.set(key, (markers.get(key) ?? new Set()).add(kind));
      const lengths = lengthsByFirst.get(tokens[0]!) ?? [];
      if (!lengths.includes(tokens.length))
        lengthsByFirst.set(
          tokens[0]!,
          [...lengths, tokens.length].sort((a, b) => b - a),
        );
    }
  }
  const keyAt = (words: readonly Word[], i: number, length: number) => {
    let key = words[i]!.text;
    for (let k = 1; k < length; k++) key += ` ${words[i + k]!.text}`;
    return key;
  };
  /** The kinds of the marker phrases starting at `i` (within its clause), with their lengths. */
  const markersAt = (words: readonly Word[], i: number): Map<Kind, number> => {
    const at = new Map<Kind, number>();
    for (const length of lengthsByFirst.get(words[i]!.text) ?? []) {
      if (i + length > words.length || words[i + length - 1]!.clause !== words[i]!.clause) continue;
      markers.get(keyAt(words, i, length))?.forEach((kind) => at.has(kind) || at.set(kind, length));
    }
    return at;
  };

  /** A contrast ("mais", "alors que") starts a new clause: "j'étais ouvrière agricole | mais je suis aide à domicile". */
  const splitAtContrasts = (words: Word[]): Word[] => {
    let shift = 0;
    return words.map((w, i) => {
      const previous = words[i - 1];
      if (previous && previous.clause === w.clause && contrastAt(words, i)) shift += 1;
      return shift === 0 ? w : { ...w, clause: w.clause + shift };
    });
  };
  /**
   * Length of the longest marker phrase of `kind` starting at `i` (within its clause), 0 when none:
   * `markersAt(words, i).get(kind) ?? 0`, without building the map.
   */
  const markerLength = (words: readonly Word[], i: number, kind: Kind): number => {
    const lengths = lengthsByFirst.get(words[i]!.text);
    if (!lengths) return 0;
    for (const length of lengths) {
      if (i + length > words.length || words[i + length - 1]!.clause !== words[i]!.clause) continue;
      if (markers.get(keyAt(words, i, length))?.has(kind)) return length;
    }
    return 0;
  };
  const markerAt = (words: readonly Word[], i: number, kind: Kind): boolean => markerLength(words, i, kind) > 0;
  const contrastAt = (words: readonly Word[], i: number): boolean => markerAt(words, i, 'contrast');

  /** "je suis caissière à l'intermarché", "je bosse à la mairie": the person's own job, with a non-farm employer. */
  const saysOtherJob = (words: readonly Word[]): boolean => {
    // Both in one sentence: "mon mari est décédé à l'hôpital, je suis perdue" says no job of anyone.
    // One word is not both ("faire suivre mon courrier par La Poste": the employer, no job said).
    const employers = new Map<number, number[]>();
    const jobs: { sentence: number; at: number }[] = [];
    for (let i = 0; i < words.length; i++) {
      if (!lengthsByFirst.has(words[i]!.text)) continue;
      const sentence = words[i]!.sentence;
      if (markerAt(words, i, 'employer')) employers.set(sentence, [...(employers.get(sentence) ?? []), i]);
      if (markerAt(words, i, 'work') || saysJobAt(words, i)) jobs.push({ sentence, at: i });
    }
    return jobs.some((job) => (employers.get(job.sentence) ?? []).some((at) => at !== job.at));
  };
  /**
   * "je suis caissière", "I'm a nurse": the person's own verb of being followed by what they are; not "je
   * suis à l'hôpital" or "I'm in Clermont" (a place), nor "je suis perdue" (a state), nor "je suis pas…".
   */
  const saysJobAt = (words: readonly Word[], i: number): boolean => {
    const verb = markerLength(words, i, 'jobVerb');
    if (!verb) return false;
    // "je suis", or a verb that carries its subject ("i m").
    const subject = (i > 0 && words[i - 1]!.clause === words[i]!.clause && markerAt(words, i - 1, 'self')) || (verb > 1 && markerAt(words, i, 'self'));
    // "je suis complètement perdu": how much says nothing of what the person is (knowledge/lexicon.yaml feelingStates.adverbs).
    let next = i + verb;
    while (next < words.length - 1 && words[next]!.clause === words[i]!.clause && degree.has(words[next]!.text)) next += 1;
    if (!subject || next >= words.length || words[next]!.clause !== words[i]!.clause) return false;
    return !markerAt(words, next, 'place') && !markerAt(words, next, 'state') && !markerAt(words, next, 'negation') && !markerAt(words, next, 'deceased');
  };

  /** The words of the text and its cues, on the stems of meaningful words (with where each stands among all the words). */
  const cuesOf = (text: string) => {
    const read = wordsOf(text);
    const meaningfulStems: string[] = [];
    const meaningfulAt: number[] = [];
    for (let i = 0; i < read.length; i++) {
      const stem = read[i]!.stem;
      if (stem === null) continue;
      meaningfulStems.push(stem);
      meaningfulAt.push(i);
    }
    return { read, meaningfulStems, meaningfulAt, matches: cues.find(meaningfulStems).filter((m) => m.value !== 'not') };
  };

  const detect = (text: string): RegimeCues => {
    const { read, meaningfulStems, meaningfulAt, matches } = cuesOf(text);
    // Most messages have no cue and stop here.
    if (matches.length === 0) return { regime: null, cueStems: new Set(), deceased: null, household: null, denied: saysOtherJob(read), aboutPerson: false };
    const words = splitAtContrasts(read);
    // Marker phrases starting at each word (longest first), and the kinds present in each clause.
    const starts = words.map((_, i) => markersAt(words, i));
    const clauseKinds = new Map<number, Set<Kind>>();
    starts.forEach((at, i) => {
      const clause = words[i]!.clause;
      const kinds = clauseKinds.get(clause) ?? new Set<Kind>();
      at.forEach((_, kind) => kinds.add(kind));
      clauseKinds.set(clause, kinds);
    });
    /** Length of the phrase of this kind that starts at `i` (same clause), 0 when none. */
    const phraseAt = (i: number, kind: Kind): number => starts[i]?.get(kind) ?? 0;
    const is = (i: number, kind: Kind) => phraseAt(i, kind) > 0;
    const inClause = (clause: number, kind: Kind) => clauseKinds.get(clause)?.has(kind) ?? false;
    /** Skips articles from `i` on. */
    const afterArticles = (i: number) => {
      let j = i;
      while (is(j, 'article')) j += 1;
      return j;
    };
    /** The word before `i`, articles skipped backwards. */
    const beforeArticles = (i: number) => {
      let j = i - 1;
      while (j >= 0 && is(j, 'article')) j -= 1;
      return j;
    };

    const cueStems = new Set<string>();
    /**
     * Words that say who the person is: a cue, said or denied, or the person's own job said outright, with its
     * clause up to the next "je" ("je suis caissière et je voudrais l'APL" asks for the APL).
     */
    const personWords = new Set<number>();
    const markPerson = (at: number, after: number) => {
      const clause = words[at]!.clause;
      let j = at;
      while (j > 0 && words[j - 1]!.clause === clause) j -= 1;
      for (; j < words.length && words[j]!.clause === clause && !(j > after && is(j, 'self')); j++) personWords.add(j);
    };
    const found: Cue[] = [];
    let deniedCues = 0;
    for (const match of matches) {
      if (match.value === 'not') continue;
      const first = meaningfulAt[match.start]!;
      const last = meaningfulAt[match.start + match.length - 1]!;
      const cue: Cue = { start: first, length: last - first + 1, strength: match.value };
      if (cue.strength === 'place' && (inClause(words[first]!.clause, 'dwell') || !placeInContext(cue.start))) continue;
      // "j'habite un village agricole", "on vit dans une région viticole": where the person lives, not their
      // work ("ouvrier viticole et j'habite à Noyon" still is).
      if (cue.strength === 'weak' && dwellsBefore(cue.start)) continue;
      // A denied cue still says who asks (its words count little in matching), but not that they are in the MSA.
      for (let k = match.start; k < match.start + match.length; k++) cueStems.add(meaningfulStems[k]!);
      markPerson(first, last);
      if (denied(cue.start)) {
        deniedCues += 1;
        continue;
      }
      found.push(cue);
    }
    function denied(start: number): boolean {
      const clause = words[start]!.clause;
      for (let i = start - 1; i >= 0 && i >= start - NEGATION_REACH && words[i]!.clause === clause; i--) if (is(i, 'negation')) return true;
      return false;
    }
    /** A dwell word before the cue in its clause, with no work word between them. */
    function dwellsBefore(start: number): boolean {
      const clause = words[start]!.clause;
      for (let i = start - 1; i >= 0 && words[i]!.clause === clause; i--) {
        if (is(i, 'work')) return false;
        if (is(i, 'dwell')) return true;
      }
      return false;
    }
    function placeInContext(start: number): boolean {
      const clause = words[start]!.clause;
      const before = beforeArticles(start);
      if (before >= 0 && words[before]!.clause === clause && is(before, 'place')) return true;
      for (let i = start - 1; i >= 0 && words[i]!.clause === clause; i--) if (is(i, 'work')) return true;
      return false;
    }
    const cueAt = new Set(found.flatMap((c) => Array.from({ length: c.length }, (_, k) => c.start + k)));
    const cueClauses = new Set(found.map((c) => words[c.start]!.clause));

    // Person words, in order; "il"/"elle" stand for the relative named just before.
    const persons: Person[] = [];
    let relativeNamed = false;
    for (let i = 0; i < words.length; i++) {
      if (cueAt.has(i)) continue;
      const impersonal = phraseAt(i, 'impersonal');
      if (impersonal > 0) {
        i += impersonal - 1;
        continue;
      }
      const relative = phraseAt(i, 'relative');
      if (relative > 0) {
        const possessed = is(i - 1, 'possessive') || is(i - 1, 'article');
        const ofCue = is(i + relative, 'of') && cueAt.has(afterArticles(i + relative + 1));
        if (possessed || ofCue) {
          const complement = possessed && is(beforeArticles(i - 1), 'of');
          const id = `relative:${words
            .slice(i, i + relative)
            .map((w) => w.text)
            .join(' ')}`;
          persons.push({ at: i, id, complement, for: possessed && is(beforeArticles(i - 1), 'for') });
          relativeNamed = true;
          i += relative - 1;
          continue;
        }
      }
      const beforeRelative = (is(i, 'possessive') || is(i, 'article')) && is(i + 1, 'relative');
      if ((is(i, 'self') && !beforeRelative) || is(i, 'desk')) persons.push({ at: i, id: 'self', complement: false });
      else if (is(i, 'pronoun')) {
        const last = persons.at(-1);
        if (last?.id.startsWith('relative:')) persons.push({ at: i, id: last.id, complement: false });
        else if (!relativeNamed) persons.push({ at: i, id: 'self', complement: false });
      }
    }
    /**
     * Who the words at `i` are said of: the nearest person word before in the sentence; else the person when
     * they name themself later in it ("cultivateur, ma femme et moi on a droit…"), else the first named after.
     */
    const holderAt = (i: number): string => {
      const sentence = words[i]!.sentence;
      const same = persons.filter((p) => words[p.at]!.sentence === sentence);
      const before = same.filter((p) => p.at < i).at(-1);
      if (before) return before.id;
      const after = same.filter((p) => p.at > i && !p.complement);
      return after.some((p) => p.id === 'self') ? 'self' : (after[0]?.id ?? 'self');
    };

    const evidence = new Map<string, Evidence>();
    const of = (id: string, at = Infinity): Evidence => {
      const known = evidence.get(id) ?? { strong: false, soft: false, job: false, deceased: false, current: false, past: false, stated: false, first: at };
      known.first = Math.min(known.first, at);
      evidence.set(id, known);
      return known;
    };
    for (const cue of found) {
      const clause = words[cue.start]!.clause;
      const said = of(holderAt(cue.start), cue.start);
      const past = inClause(clause, 'past');
      // "paysagiste salarié d'une commune": a loose cue with a non-farm employer is not farm work.
      if (cue.strength !== 'strong' && inClause(clause, 'employer')) continue;
      if (!past) said.current = true;
      else said.past = true;
      // "on m'appelle le paysan": a nickname names no job, it counts as a loose cue.
      if (cue.strength === 'strong' && !past && !inClause(clause, 'naming')) said.strong = true;
      else said.soft = true;
    }
    // Current non-farm jobs: "mais moi je suis infirmière", "sa femme est infirmière", "ex-salarié agricole,
    // maintenant cariste". The person's own "je suis …" needs a signal (a contrast, "depuis", "chez", an
    // employer), or to follow a farm job of theirs said in the past.
    const personAt = new Map(persons.map((p) => [p.at, p.id]));
    const pastCueOf = new Map<string, number>();
    for (const cue of found) {
      if (!inClause(words[cue.start]!.clause, 'past')) continue;
      const id = holderAt(cue.start);
      pastCueOf.set(id, Math.min(pastCueOf.get(id) ?? Infinity, cue.start));
    }
    const checked = new Set<number>();
    const clauseStart = new Map<number, number>();
    words.forEach((w, i) => clauseStart.has(w.clause) || clauseStart.set(w.clause, i));
    words.forEach((w, i) => {
      const clause = w.clause;
      if (checked.has(clause) || cueClauses.has(clause) || inClause(clause, 'state') || inClause(clause, 'deceased')) return;
      let subject = personAt.has(i);
      for (let j = i - 1; j >= i - 3 && j >= 0 && !subject; j--) subject = personAt.has(j) && words[j]!.clause === clause;
      const verb = is(i, 'jobVerb') && subject;
      if (!verb && !is(i, 'work') && !is(i, 'now')) return;
      checked.add(clause);
      const holder = holderAt(i);
      const first = clauseStart.get(clause)!;
      const signalled = inClause(clause, 'jobSignal') || inClause(clause, 'employer') || is(first, 'contrast');
      const afterPast = (pastCueOf.get(holder) ?? Infinity) < i && (verb || is(i, 'now'));
      const relativeSays = verb && holder !== 'self';
      if (!signalled && !afterPast && !relativeSays) return;
      const said = of(holder, i);
      said.job = true;
      if (signalled && ((verb && saysJobAt(words, i)) || is(i, 'work'))) {
        said.stated = true;
        if (holder === 'self') markPerson(i, i + 1);
      }
    });
    // A relative the message says has died (a sentence with "décédé", or "veuve d'un exploitant").
    const deathSentences = new Set(words.flatMap((w, i) => (is(i, 'deceased') ? [w.sentence] : [])));
    for (const person of persons) {
      if (person.id.startsWith('relative:') && deathSentences.has(words[person.at]!.sentence)) of(person.id).deceased = true;
    }
    // At the desk, the person the agent speaks of has died ("usager ancien agri décédé, sa veuve veut la
    // réversion"): a desk word is the nearest person before a death word of its clause.
    words.forEach((w, i) => {
      if (!is(i, 'deceased') || is(i, 'relative')) return;
      const before = persons.filter((p) => p.at < i && words[p.at]!.clause === w.clause).at(-1);
      if (before && is(before.at, 'desk')) of('self').deceased = true;
    });

    const msa = (e: Evidence | undefined) => e !== undefined && (e.strong || (e.soft && !e.job));
    // The request is about the relative the message ends on when it names them again after saying what they
    // do ("mon père est ancien exploitant, il veut le minimum vieillesse"), else about the person.
    // The sentence that asks (the last with a question mark) tells whom the request is about; else the whole message.
    const asking = words.findLast((w) => w.asks)?.sentence;
    const last = persons.filter((p) => !p.complement && (asking === undefined || words[p.at]!.sentence === asking)).at(-1);
    const named = last && last.id !== 'self' ? evidence.get(last.id) : undefined;
    // "c'est pour ma mère, elle a été exploitante": the relative the request is said to be for.
    const forWhom = persons.filter((p) => p.for).at(-1);
    const forNamed = forWhom ? evidence.get(forWhom.id) : undefined;
    const about =
      forWhom && forNamed && (forNamed.strong || forNamed.soft || forNamed.job)
        ? forWhom.id
        : last && named && named.first < last.at && (named.strong || named.soft || named.job)
          ? last.id
          : 'self';
    const dead = [...evidence.values()].filter((e) => e.deceased);
    const partnerMsa = [...evidence].some(([id, e]) => household.has(id) && !e.deceased && e.current && msa(e));
    // The person's own non-farm job, said outright, beats farm words about others, a farm childhood or a
    // nickname ("j'ai grandi à la ferme mais moi je suis caissière chez Leclerc"): not in the MSA. Their own
    // farm job, even a past one, keeps the regime open (a career may count at the MSA).
    const own = evidence.get('self');
    const ownJobOnly = about === 'self' && !!own?.stated && !own.strong && !own.past && !partnerMsa && dead.length === 0;
    return {
      regime: msa(evidence.get(about)) ? 'msa' : null,
      cueStems,
      // A deceased relative's farm work is their career: said in the past, and no later job undoes it.
      deceased: dead.length === 0 ? null : dead.some((e) => e.strong || e.soft) ? 'msa' : 'general',
      household: partnerMsa ? 'msa' : null,
      denied: (deniedCues > 0 && found.length === 0) || ownJobOnly,
      aboutPerson: words.every((w, i) => w.stem === null || personWords.has(i)),
    };
  };
  return Object.assign(detect, { mayHaveCues: (text: string) => cuesOf(text).matches.length > 0 });
}
