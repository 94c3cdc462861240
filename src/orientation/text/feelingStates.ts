/**
 * "je suis perdue", "je me sens complètement paumé", "I'm lost": how the person feels, with a word that
 * elsewhere names a request (a lost paper). Such a word is taken out of the text before it is read for a
 * request or a situation; "j'ai perdu ma carte", "ma carte est perdue" keep it. The words are in
 * knowledge/lexicon.yaml (`feelingStates`); this file holds only the method. Microseconds per call.
 */
import type { Lexicon } from '../../knowledge/schemas/lexicon.js';
import { normalizeChars } from './normalize.js';
import { normalizedChars, remembered } from './pipeline.js';
import { smsMap } from './tokenize.js';
import { wholeWordTest } from './wordFinder.js';

/** A character of a word of raw text (letters, digits); apostrophes split words ("i'm" → "i", "m"). */
const WORD_CHAR = /^[\p{L}\p{N}]/u;

/** Length of the word character at `i` (2 for a letter outside the BMP), 0 when it is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  // ASCII letters and digits, then everything else by its Unicode category (accents, other scripts).
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return 1;
  if (c < 128) return 0;
  const size = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  return WORD_CHAR.test(text.slice(i, i + size)) ? size : 0;
}

/** Where the next word starts from `i` on (the text's length when none). */
function nextWordStart(text: string, i: number): number {
  let at = i;
  while (at < text.length && wordCharAt(text, at) === 0) at += 1;
  return at;
}

/** Where the word starting at `i` ends (exclusive). */
function wordEnd(text: string, i: number): number {
  let at = i;
  for (let size = wordCharAt(text, at); size > 0 && at < text.length; size = wordCharAt(text, at)) at += size;
  return at;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** One reader per lexicon: the understanding and the situation finder read the same message with it. */
const readers = new WeakMap<Pick<Lexicon, 'sms' | 'feelingStates'>, (text: string) => string>();

/**
 * The text without the feeling words (each replaced by spaces, so that nothing else moves). A text is read
 * once per analysis (see withRememberedTexts), however many parts of the core ask.
 */
export function createFeelingStateReader(lexicon: Pick<Lexicon, 'sms' | 'feelingStates'>): (text: string) => string {
  let reader = readers.get(lexicon);
  if (!reader) readers.set(lexicon, (reader = remembered(createReader(lexicon))));
  return reader;
}

/**
 * `normalizeChars` of the word from `start` to `end`: most words are lower-case a–z and 0–9 without a letter
 * three times in a row, which it leaves as they are.
 */
function keyOf(text: string, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const plain = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (!plain || (i >= start + 2 && c === text.charCodeAt(i - 1) && c === text.charCodeAt(i - 2))) return normalizeChars(text.slice(start, end));
  }
  return text.slice(start, end);
}

/** A–z and 0–9 only: such a word is one piece. */
function isPlain(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return word.length > 0;
}

function createReader(lexicon: Pick<Lexicon, 'sms' | 'feelingStates'>): (text: string) => string {
  const { subjects, adverbs, words } = lexicon.feelingStates;
  const sms = smsMap(lexicon.sms);
  const phrase = (entry: string) =>
    normalizeChars(entry)
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
  const feeling = new Set(words.map((w) => phrase(w).join(' ')));
  const subjectPhrases = subjects.map(phrase).filter((p) => p.length > 0);
  const adverbPhrases = adverbs.map(phrase).filter((p) => p.length > 0);
  if (feeling.size === 0 || subjectPhrases.length === 0) return (text) => text;
  const any = wholeWordTest([...feeling]);

  /** The words of the text, SMS spellings expanded ("jsuis" → "je", "suis", both at the place of "jsuis"). */
  const wordsOf = (text: string): Word[] => {
    const out: Word[] = [];
    let start = nextWordStart(text, 0);
    while (start < text.length) {
      const end = wordEnd(text, start);
      const key = keyOf(text, start, end);
      const expanded = sms.get(key) ?? key;
      if (isPlain(expanded)) out.push({ text: expanded, start, end });
      else for (const piece of expanded.split(/[^a-z0-9]+/)) if (piece) out.push({ text: piece, start, end });
      start = nextWordStart(text, end);
    }
    return out;
  };
  /** Whether `phrase` ends right before word `end` (exclusive); returns where it starts, or -1. */
  const endsAt = (list: readonly Word[], end: number, p: readonly string[]): number => {
    const start = end - p.length;
    if (start < 0) return -1;
    return p.every((w, k) => list[start + k]!.text === w) ? start : -1;
  };
  const saidOfSelf = (list: readonly Word[], at: number): boolean => {
    let end = at;
    // Adverbs between ("je suis complètement perdue", "un peu perdu").
    for (let moved = true; moved;) {
      moved = false;
      for (const adverb of adverbPhrases) {
        const start = endsAt(list, end, adverb);
        if (start >= 0) {
          end = start;
          moved = true;
          break;
        }
      }
    }
    return subjectPhrases.some((subject) => endsAt(list, end, subject) >= 0);
  };

  return (text) => {
    if (!any(normalizedChars(text))) return text;
    const list = wordsOf(text);
    let out = text;
    for (let i = 0; i < list.length; i++) {
      const word = list[i]!;
      if (!feeling.has(word.text) || !saidOfSelf(list, i)) continue;
      out = out.slice(0, word.start) + ' '.repeat(word.end - word.start) + out.slice(word.end);
    }
    return out;
  };
}
