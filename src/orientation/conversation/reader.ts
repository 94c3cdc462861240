/**
 * Conversation-level reading of a message: answers to the pending question (yes/no, a situation in free
 * words, a number), follow-ups on what was just shown (cost, hours for a day, appointment…), feelings.
 * Pure functions over the vocabulary of knowledge/conversation.yaml; the procedure itself is the core's
 * `analyze`. Microseconds per call.
 */
import type { Weekday } from '../../knowledge/schemas/common.js';
import { weekdays } from '../../knowledge/schemas/common.js';
import type { ConversationVocabulary, Feeling, FollowUpTopic } from '../../knowledge/schemas/conversation.js';
import type { Lexicon } from '../../knowledge/schemas/lexicon.js';
import type { Situation } from '../../knowledge/schemas/procedure.js';
import { createFeelingStateReader } from '../text/feelingStates.js';
import { normalizeChars } from '../text/normalize.js';
import { createAbbreviationReader, smsMap } from '../text/tokenize.js';

export type HalfDay = 'morning' | 'afternoon';

export interface ConversationReader {
  /** The message as read here: lower case, no accents, SMS spellings expanded, single spaces. */
  simple(text: string): string;
  /** "oui", "nan", "pas du tout"…; null when the message says neither. */
  yesNo(text: string): 'yes' | 'no' | null;
  /** What the message asks about what was just shown, in vocabulary order. */
  topics(text: string): FollowUpTopic[];
  /** "et pour la carte vitale ?": the last question asked about something else. */
  elliptic(text: string): boolean;
  weekday(text: string): Weekday | null;
  halfDay(text: string): HalfDay | null;
  /** "elles sont ouvertes quand ?": the question is about every site shown. */
  plural(text: string): boolean;
  /** "laquelle est ouverte vendredi ?", "which one is closest?": which of the sites shown. */
  which(text: string): boolean;
  /** "demain" (1), "aujourd'hui" (0): a day said from today; null when none. */
  relativeDay(text: string): 0 | 1 | null;
  /** "y en a une là-bas ?": the commune just named or asked about. */
  there(text: string): boolean;
  /** "il a 9 ans", "mineur de 16 ans": the age said, if any. */
  age(text: string): number | null;
  /** "j'ai 58 ans", "je gagne 1300 par mois": the message tells an age or an amount. */
  figure(text: string): boolean;
  /**
   * The situation a free-word answer describes, among those offered; null when unclear. `labels: false`
   * reads only what the message says (first messages), not which offered label it resembles.
   */
  situation(text: string, offered: readonly Situation[], options?: { labels?: boolean }): string | null;
  /** The situations, among those offered, that the kinds the message names fit best (several when tied). */
  situations(text: string, offered: readonly Situation[]): string[];
  /**
   * The offered label an answer names ("carte grise" for "Carte grise : achat…"), by index. `loose` also
   * takes the one label sharing the most long words with the answer (for situations, not for menus).
   */
  choice(text: string, labels: readonly string[], options?: { loose?: boolean }): number | null;
  feeling(text: string): Feeling | null;
  /** "le bus il passe quand ?": the message is about a bus. */
  mobileSite(text: string): boolean;
  /** The words after each place cue ("j'habite a beauvai" → "beauvai"), up to `max` words, in message order. */
  afterPlaceCues(text: string, max: number): string[][];
  /** The message asks a question: a question mark, or one of the openings of a question first. */
  question(text: string): boolean;
  /** "ok jfais comment alors": a vague follow-up on what was just answered. */
  vague(text: string): boolean;
  /** The message asks something: a question, or words of a request ("je voudrais", "i need"). */
  asks(text: string): boolean;
  /** "jsuis au chomage depuis 2 ans", "j'étais maçon": the message tells something of the person. */
  tellsSelf(text: string): boolean;
  /** Number of words of the message. */
  length(text: string): number;
  /** A word as `simple` reads it is one of the stop words of knowledge/lexicon.yaml ("what", "does", "faut"). */
  stopword(word: string): boolean;
  /** A health question or an emergency: never a treatment, always a doctor or 15 / 112. */
  medical(text: string): boolean;
  /**
   * An emergency happening ("il vient de tomber", "le samu est là", "I can't breathe", "strong pain in my
   * chest", "elle répond plus"): a whole phrase, or a vital sign with a word of distress near it; 15 / 112 first.
   */
  emergency(text: string): boolean;
  /**
   * The message without what someone had, told as context ("il avait un appartement, un CDI et une
   * voiture"): from a belongings cue to the sentence end, but for the sentence's question after its last comma.
   */
  withoutBelongings(text: string): string;
  /** "Is there a France services office near me?": the message names the network itself. */
  network(text: string): boolean;
  /** "on peut le déposer à la France services de Noyon ?": the message asks whether the procedure is done or handed in there. */
  doneThere(text: string): boolean;
  /** "Noyon ou Montataire ?", "Clermont, Breteuil": the parts of a message between its list words and commas, as written. */
  listParts(text: string): string[];
  /** The words of the message besides the place named, postal codes and the words that go with a place. */
  besidesPlace(text: string, place: string): string[];
  /**
   * The same reader for one turn: it remembers how it read each text during the turn (a turn reads its
   * message a dozen times: topics, feelings, yes/no, the place…). Nothing outlives the turn.
   */
  forTurn(): ConversationReader;
}

/** Elided words: l', d', j', m', t', s', n', c', qu' (and jusqu', lorsqu', puisqu'). */
const ELISION = /\b(l|d|j|m|t|s|n|c|qu|jusqu|lorsqu|puisqu)' */g;

/** Padded with spaces, so that `includes(' word ')` finds whole words and phrases. */
type Padded = string;

/** The words of a padded text. */
const wordsIn = (padded: Padded): ReadonlySet<string> => new Set(padded.split(' '));

/**
 * Each list of phrases by first word, made once per list: a text holds a phrase only if it holds its first
 * word, so a text is compared with the few phrases that start with one of its words, not with the whole list.
 */
const listIndexes = new WeakMap<readonly string[], Map<string, string[]>>();

function byFirstWord(phrases: readonly string[]): Map<string, string[]> {
  let index = listIndexes.get(phrases);
  if (!index) {
    index = new Map();
    for (const phrase of phrases) {
      const first = phrase.slice(1, phrase.indexOf(' ', 1));
      const same = index.get(first);
      if (same) same.push(phrase);
      else index.set(first, [phrase]);
    }
    listIndexes.set(phrases, index);
  }
  return index;
}

/** The phrases of the list (padded) that the padded text holds. */
function foundIn(padded: Padded, phrases: readonly string[], words: ReadonlySet<string>): string[] {
  const index = byFirstWord(phrases);
  const found: string[] = [];
  for (const word of words) for (const phrase of index.get(word) ?? []) if (padded.includes(phrase)) found.push(phrase);
  return found;
}

/** Whether the padded text holds one of the phrases (padded) of the list. */
function hasIn(padded: Padded, phrases: readonly string[], words: ReadonlySet<string>): boolean {
  const index = byFirstWord(phrases);
  for (const word of words) for (const phrase of index.get(word) ?? []) if (padded.includes(phrase)) return true;
  return false;
}

export function createConversationReader(
  vocabulary: ConversationVocabulary,
  lexicon: Pick<Lexicon, 'sms' | 'smsOrAbbreviation' | 'stopwords' | 'feelingStates'>,
): ConversationReader {
  // "je suis perdue" tells no loss: the situations are read without how the person feels.
  const feelingFree = createFeelingStateReader(lexicon);
  const sms = smsMap(lexicon.sms);
  const abbreviations = createAbbreviationReader(lexicon);
  // An elided article or pronoun is a word of its own ("l'adresse" → "l' adresse"), on both sides of a
  // comparison, so that "adresse" is found in "l'adresse exacte svp" and "j'ai" in "jai" (SMS spelling).
  const simpleOnce = (text: string): string =>
    normalizeChars(abbreviations(text))
      .replace(/[^a-z0-9']+/g, ' ')
      .split(' ')
      .filter(Boolean)
      .map((word) => sms.get(word) ?? word)
      .join(' ')
      .replace(ELISION, "$1' ")
      .replace(/ {2,}/g, ' ')
      .trim();
  const simple = simpleOnce;
  const list = (phrases: readonly string[]) => phrases.map((p) => ` ${simple(p)} `).filter((p) => p.trim());
  const has = (padded: Padded, phrases: readonly string[]) => hasIn(padded, phrases, wordsIn(padded));

  const yes = list(vocabulary.yes);
  const no = list(vocabulary.no);
  const topics = Object.entries(vocabulary.followUps).map(([topic, phrases]) => ({ topic: topic as FollowUpTopic, phrases: list(phrases) }));
  const elliptic = list(vocabulary.elliptic);
  const days = weekdays.map((day) => ({ day, phrases: list(vocabulary.weekdays[day]) }));
  const morning = list(vocabulary.morning);
  const afternoon = list(vocabulary.afternoon);
  const plural = list(vocabulary.plural);
  const which = list(vocabulary.which);
  const today = list(vocabulary.relativeDays.today);
  const tomorrow = list(vocabulary.relativeDays.tomorrow);
  const there = list(vocabulary.there);
  const kinds = Object.entries(vocabulary.situationAnswers).map(([kind, words]) => ({ kind, cues: list(words.cues), labels: list(words.labels) }));
  const feelings = Object.entries(vocabulary.feelings).map(([feeling, phrases]) => ({ feeling: feeling as Feeling, phrases: list(phrases) }));
  const medical = list(vocabulary.medical);
  const emergency = list(vocabulary.emergency);
  const signs = vocabulary.emergencySigns.map((rule) => ({ signs: rule.signs.map(simple), distress: list(rule.distress), reach: rule.reach }));
  const belongings = list(vocabulary.belongings);
  const network = list(vocabulary.network);
  const doneThere = list(vocabulary.doneThere);
  // Whole list words ("ou", "or", "vs": letters only, checked by the schema) or the punctuation between items of a list.
  const listSeparator = new RegExp([...vocabulary.listWords.map((w) => `\\b${w}\\b`), '[,;/?]'].join('|'), 'i');
  const escape = (phrase: string) => simple(phrase).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternatives = (phrases: readonly string[]) =>
    phrases
      .map(escape)
      .filter(Boolean)
      .sort((a, b) => b.length - a.length)
      .join('|');
  const ageAfter = new RegExp(`(?:^| )(\\d{1,3}) ?(?:${alternatives(vocabulary.ageWords.after)})(?= |$)`);
  const ageBefore = new RegExp(`(?:^| )(?:${alternatives(vocabulary.ageWords.before)}) (\\d{1,3})(?= |$)`);
  const mobile = list(vocabulary.mobileSite);
  const questionWords = list(vocabulary.questionWords);
  const vague = list(vocabulary.vague);
  const selfStatements = list(vocabulary.selfStatements);
  const requests = list(vocabulary.requests);
  const placeCues = list(vocabulary.placeCues).sort((a, b) => b.length - a.length);
  // Longest first, so that "je suis" goes before "je".
  const placeOnly = list(vocabulary.placeOnly).sort((a, b) => b.length - a.length);

  // The kinds a situation's id and label name depend on the knowledge only: read once per situation.
  const kindsBySituation = new WeakMap<Situation, Set<string>>();
  const kindsOfSituation = (situation: Situation) => {
    let found = kindsBySituation.get(situation);
    if (!found) {
      const padded = ` ${simple(`${situation.id.replace(/-/g, ' ')} ${situation.label}`)} `;
      found = new Set(kinds.filter((k) => has(padded, k.labels)).map((k) => k.kind));
      kindsBySituation.set(situation, found);
    }
    return found;
  };
  const stopwords = new Set(lexicon.stopwords.map((w) => simple(w)));

  /** The texts one turn read, and how (see `forTurn`); a turn reads at most a few hundred texts. */
  const MAX_REMEMBERED = 512;
  const remembering = <T>(read: (text: string) => T): ((text: string) => T) => {
    const seen = new Map<string, T>();
    return (text) => {
      let found = seen.get(text);
      if (found === undefined) {
        found = read(text);
        if (seen.size < MAX_REMEMBERED) seen.set(text, found);
      }
      return found;
    };
  };

  return readerWith(simpleOnce, false);

  function readerWith(simple: (text: string) => string, remember: boolean): ConversationReader {
    const pad = (text: string): Padded => ` ${simple(text)} `;
    const wordsOf = remember ? remembering(wordsIn) : wordsIn;
    const has = (padded: Padded, phrases: readonly string[]) => hasIn(padded, phrases, wordsOf(padded));
    const words = (text: string) =>
      simple(text)
        .split(' ')
        .filter((w) => w.length > 2);
    const topicsOf = (text: string): FollowUpTopic[] => {
      const padded = pad(text);
      const words = wordsOf(padded);
      const found = topics.map((t) => ({ topic: t.topic, matched: foundIn(padded, t.phrases, words) })).filter((t) => t.matched.length > 0);
      // A topic found only inside a longer phrase of another ("combien" in "combien de temps") is not asked.
      const inside = (phrase: string, other: (typeof found)[number]) => other.matched.some((p) => p !== phrase && p.includes(phrase.trim()));
      return found.filter((t) => !t.matched.every((p) => found.some((o) => o !== t && inside(p, o)))).map((t) => t.topic);
    };
    const topicsRead = remember ? remembering(topicsOf) : topicsOf;
    /** A vital sign ("respir", "chest") with a word of distress at most `reach` words away, in either order. */
    const signed = (text: string): boolean => {
      const said = simple(text).split(' ');
      return signs.some((rule) =>
        said.some(
          (word, at) =>
            rule.signs.some((sign) => word.startsWith(sign)) &&
            has(` ${said.slice(Math.max(0, at - rule.reach), at + rule.reach + 1).join(' ')} `, rule.distress),
        ),
      );
    };

    const reader: ConversationReader = {
      simple,
      forTurn: () => readerWith(remembering(simpleOnce), true),
      yesNo(text) {
        const padded = pad(text);
        // "non" first: "non je suis pas agricultrice, oui salariée" is a no.
        const first = simple(text).split(' ')[0] ?? '';
        if (no.includes(` ${first} `)) return 'no';
        if (yes.includes(` ${first} `)) return 'yes';
        if (has(padded, no)) return 'no';
        if (has(padded, yes)) return 'yes';
        return null;
      },
      // A copy: callers may keep or change the list they get.
      topics: (text) => [...topicsRead(text)],
      elliptic(text) {
        const padded = pad(text);
        return elliptic.some((p) => padded.startsWith(p)) && words(text).length <= 6;
      },
      weekday(text) {
        const padded = pad(text);
        return days.find((d) => has(padded, d.phrases))?.day ?? null;
      },
      halfDay(text) {
        const padded = pad(text);
        if (has(padded, afternoon)) return 'afternoon';
        if (has(padded, morning)) return 'morning';
        return null;
      },
      plural: (text) => has(pad(text), plural),
      which: (text) => has(pad(text), which),
      relativeDay(text) {
        const padded = pad(text);
        return has(padded, tomorrow) ? 1 : has(padded, today) ? 0 : null;
      },
      there: (text) => has(pad(text), there),
      age(text) {
        const simpleText = simple(text);
        const found = ageAfter.exec(simpleText) ?? ageBefore.exec(simpleText);
        const age = found ? Number(found[1]) : null;
        return age !== null && age <= 120 ? age : null;
      },
      figure(text) {
        return reader.age(text) !== null || /(?:^| )\d{3,}(?: |$)|\d ?(?:€|euros?\b)/.test(simple(text).replace(/(\d) (\d{3})\b/g, '$1$2'));
      },
      situation(text, offered, options = {}) {
        const padded = pad(feelingFree(text));
        const said = new Set(kinds.filter((k) => has(padded, k.cues)).map((k) => k.kind));
        const age = reader.age(text);
        if (age !== null && age < vocabulary.adultAge) said.add('mineur');
        if (age !== null && age >= vocabulary.adultAge) said.delete('mineur');
        const byLabel =
          options.labels === false
            ? null
            : reader.choice(
                text,
                offered.map((s) => s.label),
                { loose: true },
              );
        if (said.size === 0) return byLabel === null ? null : (offered[byLabel]?.id ?? null);
        const scored = offered.map((s) => ({ id: s.id, score: [...kindsOfSituation(s)].filter((k) => said.has(k)).length }));
        const best = Math.max(0, ...scored.map((s) => s.score));
        const winners = scored.filter((s) => s.score === best);
        if (best > 0 && winners.length === 1) return winners[0]?.id ?? null;
        return byLabel === null ? null : (offered[byLabel]?.id ?? null);
      },
      situations(text, offered) {
        const padded = pad(feelingFree(text));
        const said = new Set(kinds.filter((k) => has(padded, k.cues)).map((k) => k.kind));
        if (said.size === 0) return [];
        const scored = offered.map((s) => ({ id: s.id, score: [...kindsOfSituation(s)].filter((k) => said.has(k)).length }));
        const best = Math.max(0, ...scored.map((s) => s.score));
        return best > 0 ? scored.filter((s) => s.score === best).map((s) => s.id) : [];
      },
      choice(text, labels, options = {}) {
        const typed = simple(text);
        if (!typed) return null;
        const exact = labels.findIndex((l) => simple(l) === typed);
        if (exact >= 0) return exact;
        // Every word of the answer (3+ letters) starts a word of one label only.
        const said = words(text);
        if (said.length === 0 || said.length > 10) return null;
        const match = (w: string, lw: string) => lw.startsWith(w) || w.startsWith(lw) || (w.length > 5 && lw.length > 5 && w.slice(0, 6) === lw.slice(0, 6));
        const fits = labels.map((label, index) => ({ index, words: words(label) })).filter((l) => said.every((w) => l.words.some((lw) => match(w, lw))));
        if (fits.length === 1) return fits[0]?.index ?? null;
        if (!options.loose) return null;
        // Otherwise the one label sharing the most long words with the answer ("je vois mes remboursements").
        const long = said.filter((w) => w.length > 5);
        const scored = labels.map((label, index) => ({ index, score: long.filter((w) => words(label).some((lw) => match(w, lw))).length }));
        const best = Math.max(0, ...scored.map((x) => x.score));
        const winners = scored.filter((x) => x.score === best);
        return best > 0 && winners.length === 1 ? (winners[0]?.index ?? null) : null;
      },
      feeling(text) {
        const padded = pad(text);
        return feelings.find((f) => has(padded, f.phrases))?.feeling ?? null;
      },
      medical: (text) => has(pad(text), medical) || reader.emergency(text),
      emergency: (text) => has(pad(text), emergency) || signed(text),
      withoutBelongings(text) {
        return text
          .split(/(?<=[.!?…])\s+|\n+/)
          .map((sentence) => {
            const parts = sentence.split(',');
            const from = parts.findIndex((part) => has(pad(part), belongings));
            if (from < 0) return sentence;
            const question = sentence.includes('?') && from < parts.length - 1 ? parts.slice(-1) : [];
            return [...parts.slice(0, from), ...question].join(',');
          })
          .join(' ');
      },
      network: (text) => has(pad(text), network),
      doneThere: (text) => has(pad(text), doneThere),
      listParts: (text) => text.split(listSeparator).filter((part) => part.trim()),
      mobileSite: (text) => has(pad(text), mobile),
      afterPlaceCues(text, max) {
        const padded = pad(text);
        const found: string[][] = [];
        const taken: [number, number][] = [];
        for (const cue of placeCues) {
          for (let at = padded.indexOf(cue); at >= 0; at = padded.indexOf(cue, at + 1)) {
            // A shorter cue inside a longer one found ("habite" in "habite a") adds nothing.
            if (taken.some(([start, end]) => at >= start && at + cue.length <= end)) continue;
            taken.push([at, at + cue.length]);
            const after = padded
              .slice(at + cue.length)
              .trim()
              .split(' ')
              .filter(Boolean)
              .slice(0, max);
            if (after.length > 0 && !found.some((f) => f.join(' ') === after.join(' '))) found.push(after);
          }
        }
        return found;
      },
      question(text) {
        const padded = pad(text);
        return text.includes('?') || questionWords.some((q) => padded.startsWith(q));
      },
      vague: (text) => has(pad(text), vague),
      asks: (text) => reader.question(text) || has(pad(text), requests),
      // "je suis complètement paumée" tells how the person feels, not who they are.
      tellsSelf: (text) => feelingFree(text) === text && has(pad(text), selfStatements),
      length: (text) => simple(text).split(' ').filter(Boolean).length,
      stopword: (word) => stopwords.has(word.replace(/'$/, '')),
      besidesPlace(text, place) {
        const name = new Set(simple(place).split(' '));
        let padded = ` ${simple(text)
          .split(' ')
          .filter((w) => !name.has(w) && !/^\d{5}$/.test(w) && !/^\d{2}$/.test(w))
          .join(' ')} `;
        for (const phrase of placeOnly) while (padded.includes(phrase)) padded = padded.replace(phrase, ' ');
        return padded.split(' ').filter(Boolean);
      },
    };
    return reader;
  }
}
