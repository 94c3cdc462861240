import type { PersonalDataKind } from './types.js';

/** What replaces personal data in any text we analyse, log or store. Neutral on purpose: it must not match a procedure. */
export const REDACTED = '[masqué]';

/**
 * Every pattern runs in linear time: bounded repetitions, and open-ended runs (e-mail) that can only
 * start where the previous character cannot continue them, so a 10,000-character word is read once.
 */
interface Detector {
  kind: PersonalDataKind;
  pattern: RegExp;
  /** Extra check on the digits or characters found, to avoid flagging ordinary numbers. */
  accept?: (match: string) => boolean;
  /**
   * The masked form of a match, for patterns that include context to keep (the words "je m'appelle",
   * the commune after a street). Default: the whole match becomes REDACTED.
   */
  mask?: (match: string, ...groups: string[]) => string;
  /** What every match holds: without it in the message, the pattern is not run. */
  needs?: 'digit' | '@';
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

/** Words saying a 13-digit number is a tax number, not a social security number without its key. */
const TAX_WORDS = /\b(?:fiscal|fiscale|imp[oô]ts?|spi|d[ée]claration de revenus|avis d'imp[oô]t)\b/i;

const SECU_WORDS = /\b(?:s[ée]cu|s[ée]curit[ée] sociale|carte vitale|ameli|nir)\b/i;

/** A NIR starts with the sex digit, then year and a month 01–12 (or 20–99 for unknown months). */
function looksLikeNir(raw: string): boolean {
  const d = raw.replace(/[\s.-]/g, '').toUpperCase();
  const month = Number(d.slice(3, 5));
  return /^[12378]/.test(d) && ((month >= 1 && month <= 12) || month >= 20);
}

/** Words that end a name or a street name: what follows is the rest of the sentence, kept. */
const STOP_WORDS = new Set([
  'et',
  'je',
  "j'",
  'j’',
  'mais',
  'pour',
  'qui',
  'à',
  'a',
  'au',
  'sur',
  'dans',
  'près',
  'depuis',
  'car',
  'donc',
  'ou',
  'est',
  "c'est",
  'c’est',
  'mon',
  'ma',
  'mes',
  'de',
  'du',
  'des',
  'le',
  'la',
  'les',
  'suis',
  'habite',
  'ai',
  'merci',
  'bonjour',
]);
const STREET_STOP_WORDS = new Set([...STOP_WORDS].filter((w) => !['de', 'du', 'des', 'le', 'la', 'les'].includes(w)));

/** Masks the words of `words` up to the first stop word; returns the masked part and the kept remainder. */
function maskWords(words: string, stops: ReadonlySet<string>): { masked: boolean; rest: string } {
  const parts = words.split(/(\s+)/);
  let i = 0;
  while (i < parts.length && (parts[i]!.trim() === '' || !stops.has(parts[i]!.toLowerCase()))) i++;
  const taken = parts.slice(0, i).join('');
  const space = /\s+$/.exec(taken)?.[0] ?? '';
  return { masked: taken.trim() !== '', rest: space + parts.slice(i).join('') };
}

const WORD = "[\\p{L}'’-]+";
const nameTrigger = new RegExp(
  `(\\b(?:je m['’] ?appelle|mon nom(?: de famille)? (?:est|c['’]est)|mon nom ?:|je me nomme|mon prénom (?:est|c['’]est)|mon prénom ?:)\\s+)(${WORD}(?:\\s+${WORD}){0,3})`,
  'giu',
);
const streetTypes =
  'rue|avenue|av\\.|boulevard|bd|place|chemin|allée|allee|impasse|route|quai|square|cours|faubourg|résidence|residence|lotissement|hameau|sentier|passage|voie|ruelle|cité|cite|rond-point|esplanade|promenade';
const street = new RegExp(`\\b\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+(?:${streetTypes})((?:\\s+${WORD}){0,6})`, 'giu');
const months = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';
const birthDate = new RegExp(
  `(\\b(?:née?s?\\s+le|nee?s?\\s+le|date de naissance\\s*:?|naissance\\s*:?|anniversaire\\s*:?)\\s*)(\\d{1,2}[/.\\- ]\\d{1,2}[/.\\- ](?:\\d{4}|\\d{2})|\\d{1,2}(?:er)?\\s+(?:${months})\\s+\\d{4})`,
  'giu',
);

/**
 * A login or password written after the word that names it ("mdp Soleil60!", "identifiant : 4512378P",
 * "password is abc123"). The token must hold a digit or a sign such as @ # $ % & * + = _, so "mon mot de passe ne marche plus" is
 * left alone; up to three linking words may come between ("identifiant france travail c'est …").
 */
const credentialTrigger = "identifiants?|login|mots? de passe|mdp|password|passcode|code secret|code confidentiel|code d['’]acc[eè]s|code pin|pin";
const credentialLink =
  "c['’]?est|cest|c|est|sont|is|de|du|d['’]|mon|ma|le|la|my|france|travail|p[oô]le|emploi|ameli|caf|msa|ants|imp[oô]ts|franceconnect|carsat|:|=";
const credential = new RegExp(
  `(\\b(?:${credentialTrigger})\\b(?:\\s*(?:${credentialLink})(?![\\p{L}\\d])){0,4}\\s*[:=]?\\s*)((?=[^\\s]{0,63}[\\d@#$%^&*+=_])[^\\s,;]{4,64})`,
  'giu',
);

// Order matters: longer, more specific numbers first, so that a card number is not seen as a phone number.
const detectors: Detector[] = [
  { kind: 'email', needs: '@', pattern: /(?<![\p{L}\d._%+-])[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu },
  { kind: 'iban', needs: 'digit', pattern: /\b[A-Z]{2}\d{2}(?:[ -]?[A-Z\d]{4}){2,7}(?:[ -]?[A-Z\d]{1,3})?\b/gi, accept: (m) => /\d{8}/.test(digitsOf(m)) },
  {
    kind: 'bank-card',
    needs: 'digit',
    pattern: /\b\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,7}\b/g,
    accept: (m) => {
      const d = digitsOf(m);
      return d.length === 16 || (d.length >= 13 && d.length <= 19 && luhnValid(d));
    },
  },
  // American Express: 15 digits grouped 4-6-5.
  { kind: 'bank-card', needs: 'digit', pattern: /\b3[47]\d{2}[ -]?\d{6}[ -]?\d{5}\b/g },
  {
    kind: 'nir',
    needs: 'digit',
    pattern: /\b[12378][ .-]?\d{2}[ .-]?\d{2}[ .-]?(?:\d{2}|2[AB])[ .-]?\d{3}[ .-]?\d{3}(?:[ .-]?\d{2})?\b/gi,
    accept: looksLikeNir,
  },
  { kind: 'tax-number', needs: 'digit', pattern: /\b[0-3] ?\d(?: ?\d){11}\b/g, accept: (m) => digitsOf(m).length === 13 },
  { kind: 'phone', needs: 'digit', pattern: /(?:(?:\+33|0033)[ .]?(?:\(0\)[ .]?)?|\b0)[1-9](?:[ .-]?\d{2}){4}\b/g },
  { kind: 'birth-date', needs: 'digit', pattern: birthDate, mask: (_m, trigger) => `${trigger}${REDACTED}` },
  { kind: 'credential', pattern: credential, mask: (_m, trigger) => `${trigger}${REDACTED}` },
  {
    kind: 'name',
    pattern: nameTrigger,
    mask: (match, trigger, words) => {
      const { masked, rest } = maskWords(words!, STOP_WORDS);
      return masked ? `${trigger}${REDACTED}${rest}` : match;
    },
  },
  {
    kind: 'address',
    needs: 'digit',
    pattern: street,
    mask: (match, words) => {
      const { rest } = maskWords(words!.replace(/^\s+/, ''), STREET_STOP_WORDS);
      return `${REDACTED}${rest}`;
    },
  },
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
  // 13 digits are a NIR without its key or a tax number: the words around say which ("mon numéro fiscal").
  // Most messages hold no digit and no "@": the patterns of numbers and addresses cannot match them.
  const digit = /\d/.test(text);
  const taxWords = digit && TAX_WORDS.test(text) && !SECU_WORDS.test(text);
  const at = text.includes('@');
  for (const { kind, pattern, accept, mask, needs } of detectors) {
    if ((needs === 'digit' && !digit) || (needs === '@' && !at)) continue;
    redacted = redacted.replace(pattern, (match: string, ...rest: unknown[]) => {
      if (accept && !accept(match)) return match;
      if (kind === 'nir' && taxWords && digitsOf(match).length === 13) return match;
      const replaced = mask ? mask(match, ...(rest.filter((g) => typeof g === 'string' || g === undefined) as string[])) : REDACTED;
      if (replaced !== match && !kinds.includes(kind)) kinds.push(kind);
      return replaced;
    });
  }
  return { kinds, redacted };
}
