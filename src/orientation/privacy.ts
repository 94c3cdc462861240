import type { PersonalDataKind } from './types.js';

/** What replaces personal data in any text we analyse, log or store. Neutral on purpose: it must not match a procedure. */
export const REDACTED = '[masqué]';

interface Detector {
  kind: PersonalDataKind;
  pattern: RegExp;
  /** Extra check on the digits or characters found, to avoid flagging ordinary numbers. */
  accept?: (match: string) => boolean;
}

const digitsOf = (s: string) => s.replace(/\D/g, '');

/** Luhn checksum of bank cards; 16-digit numbers are masked even when mistyped. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** A NIR starts with the sex digit, then year and a month 01–12 (or 20–99 for unknown months). */
function looksLikeNir(raw: string): boolean {
  const d = raw.replace(/\s/g, '').toUpperCase();
  const month = Number(d.slice(3, 5));
  return /^[12378]/.test(d) && (month >= 1 && month <= 12 || month >= 20);
}

// Order matters: longer, more specific numbers first, so that a card number is not seen as a phone number.
const detectors: Detector[] = [
  { kind: 'email', pattern: /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.[\p{L}]{2,}/gu },
  { kind: 'iban', pattern: /\b[A-Z]{2}\d{2}(?:[ -]?[A-Z\d]{4}){2,7}(?:[ -]?[A-Z\d]{1,3})?\b/gi, accept: (m) => /\d{8}/.test(digitsOf(m)) },
  { kind: 'bank-card', pattern: /\b\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,7}\b/g, accept: (m) => { const d = digitsOf(m); return d.length === 16 || (d.length >= 13 && d.length <= 19 && luhnValid(d)); } },
  { kind: 'nir', pattern: /\b[12378] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3}(?: ?\d{2})?\b/gi, accept: looksLikeNir },
  { kind: 'tax-number', pattern: /\b[0-3]\d(?: ?\d){11}\b/g, accept: (m) => digitsOf(m).length === 13 },
  { kind: 'phone', pattern: /(?:\+33 ?|0033 ?|\b0)[1-9](?:[ .-]?\d{2}){4}\b/g },
];

export interface PersonalDataFinding {
  /** Kinds found, in detection order, each once. */
  kinds: PersonalDataKind[];
  /** The text with every finding replaced by REDACTED. */
  redacted: string;
}

/** Finds personal numbers and contacts the assistant never needs, and masks them. */
export function detectPersonalData(text: string): PersonalDataFinding {
  const kinds: PersonalDataKind[] = [];
  let redacted = text;
  for (const { kind, pattern, accept } of detectors) {
    redacted = redacted.replace(pattern, (match) => {
      if (accept && !accept(match)) return match;
      if (!kinds.includes(kind)) kinds.push(kind);
      return REDACTED;
    });
  }
  return { kinds, redacted };
}
