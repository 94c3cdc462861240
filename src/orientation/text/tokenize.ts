import { normalizeChars } from './normalize.js';

/** French elided forms: "j'ai" → "ai", "l'APL" → "apl", "d'identité" → "identite". */
const ELISION = /^(?:j|l|d|m|t|s|n|c|qu|jusqu|lorsqu|puisqu)'(.+)$/;
const WORD_SPLIT = /[^a-z0-9']+/;

/**
 * Splits a message into normalised words: accents removed, SMS spellings
 * expanded (`sms` maps a whole word to its full form), elisions removed,
 * one- and two-digit numbers dropped (ages, days: noise for orientation).
 */
export function tokenize(text: string, sms: ReadonlyMap<string, string> = new Map()): string[] {
  const out: string[] = [];
  for (const raw of normalizeChars(text).split(WORD_SPLIT)) {
    const expanded = sms.get(raw.replace(/'+$/, ''));
    for (const word of expanded === undefined ? [raw] : expanded.split(WORD_SPLIT)) pushWord(word, out);
  }
  return out;
}

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
