import type { Lexicon } from '../../knowledge/schemas/lexicon.js';
import { normalizeChars } from './normalize.js';
import { wholeWordTest } from './wordFinder.js';

/** French elided forms: "j'ai" → "ai", "l'APL" → "apl", "d'identité" → "identite". */
const ELISION = /^(?:j|l|d|m|t|s|n|c|qu|jusqu|lorsqu|puisqu)'(.+)$/;
const WORD_SPLIT = /[^a-z0-9']+/;

/**
 * Splits a message into normalised words: accents removed, SMS spellings
 * expanded (`sms` maps a whole word to its full form), elisions removed,
 * one- and two-digit numbers dropped (ages, days: noise for orientation).
 */
export function tokenize(text: string, sms: ReadonlyMap<string, string> = new Map()): string[] {
  return tokenizeNormalized(normalizeChars(text), sms);
}

/** `tokenize` of a text already through normalizeChars. */
export function tokenizeNormalized(normalized: string, sms: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const raw of normalized.split(WORD_SPLIT)) {
    const plain = !raw.includes("'");
    const expanded = sms.get(plain ? raw : raw.replace(/'+$/, ''));
    if (expanded !== undefined) for (const word of expanded.split(WORD_SPLIT)) pushWord(word, out);
    else if (plain) pushPlainWord(raw, out);
    else pushWord(raw, out);
  }
  return out;
}

/** A word without apostrophe (most of them): what pushWord does, without its regular expressions. */
function pushPlainWord(word: string, out: string[]): void {
  if (word.length < 2 || (word.length === 2 && isDigit(word.charCodeAt(0)) && isDigit(word.charCodeAt(1)))) return;
  out.push(word);
}

const isDigit = (c: number) => c >= 48 && c <= 57;

function pushWord(word: string, out: string[]): void {
  const trimmed = word.replace(/^'+|'+$/g, '');
  if (!trimmed) return;
  const elided = ELISION.exec(trimmed);
  const rest = elided?.[1] ?? trimmed;
  for (const part of rest.split("'")) {
    if (part.length < 2 || /^\d{1,2}$/.test(part)) continue;
    out.push(part);
  }
}

/** Builds the SMS map with normalised keys and values, so the lexicon can be written naturally. */
export function smsMap(entries: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(entries).map(([key, value]) => [normalizeChars(key).trim(), normalizeChars(value)]));
}

/** A word of raw text, letters, digits and apostrophes (for the context of an ambiguous spelling). */
const RAW_WORD = /[\p{L}\p{N}']+/gu;

/**
 * Reads SMS spellings that are also abbreviations by their context (lexicon `smsOrAbbreviation`): "jai pa
 * recu" → "jai pas recu", while "ma PA", "la pa", "simulation PA" keep the abbreviation. Runs on the raw
 * text, before `tokenize`, since capitals tell the abbreviation apart.
 */
export function createAbbreviationReader(lexicon: Pick<Lexicon, 'smsOrAbbreviation'>): (text: string) => string {
  const words = new Map(Object.entries(lexicon.smsOrAbbreviation.words).map(([key, value]) => [normalizeChars(key).trim(), value]));
  if (words.size === 0) return (text) => text;
  const determiners = new Set(lexicon.smsOrAbbreviation.determiners.map((d) => normalizeChars(d)));
  const any = wholeWordTest([...words.keys()]);
  return (text) => {
    if (!any(text)) return text;
    const lowerCase = /\p{Ll}/u.test(text);
    let previous = '';
    return text.replace(RAW_WORD, (raw) => {
      const key = normalizeChars(raw);
      const before = previous;
      previous = key;
      const meaning = words.get(key);
      if (meaning === undefined) return raw;
      const capitals = lowerCase && raw === raw.toUpperCase();
      return capitals || determiners.has(before) ? raw : meaning;
    });
  };
}
