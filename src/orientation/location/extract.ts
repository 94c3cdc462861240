/**
 * Finds the commune a free-text message mentions: "j'habite à Méru", "près de noyon", "60400".
 * Many communes are named like ordinary words ("Y", "Eu", "Sens", "Ville"), so a name counts only
 * after a location cue, or when it is a distinctive name of the Oise ("Crèvecœur", "St Just en Chaussée").
 */
import type { Commune } from '../../knowledge/schemas/commune.js';
import type { CommuneLookup } from '../types.js';
import type { CommuneTables } from './communeTables.js';
import { placeKey } from '../text/normalize.js';

/** Words right before a name that make it a place: "à Méru", "de Noyon", "vers Clermont". */
const prepositions = new Set(['A', 'AU', 'DE', 'D', 'DU', 'SUR', 'VERS', 'PRES', 'HABITE', 'JHABITE']);
/** Words saying the place is the user's home: "j'habite à", "je vis près de". */
const homeWords = new Set([
  'HABITE',
  'JHABITE',
  'HABITES',
  'HABITONS',
  'HABITENT',
  'HABITER',
  'HABITANT',
  'HABITANTE',
  'VIS',
  'VIT',
  'VIVONS',
  'VIVRE',
  'RESIDE',
  'RESIDONS',
  'DOMICILIE',
  'DOMICILIEE',
  'EMMENAGE',
  'EMMENAGER',
  'EMMENAGEE',
  'INSTALLE',
  'INSTALLEE',
  'ORIGINAIRE',
]);
/** Words making a place explicit: "près de", "la mairie de", "secteur Clermont". */
const placeWords = new Set(['PRES', 'PROCHE', 'COTE', 'VERS', 'ENVIRON', 'AUTOUR', 'COMMUNE', 'VILLE', 'VILLAGE', 'SECTEUR', 'MAIRIE', 'CP']);

/** How sure a preceding context makes us that a name is a place: none, preposition, place word, home. */
type Cue = 0 | 1 | 2 | 3;
const NONE: Cue = 0;
const STRONG: Cue = 2;

function cueBefore(tokens: string[], start: number): Cue {
  const previous = tokens[start - 1];
  if (!previous) return NONE;
  const inWindow = (words: ReadonlySet<string>) => {
    for (let i = Math.max(0, start - 4); i < start; i++) if (words.has(tokens[i]!)) return true;
    return false;
  };
  if (inWindow(homeWords) && (prepositions.has(previous) || homeWords.has(previous))) return 3;
  if (placeWords.has(previous)) return 2;
  if (!prepositions.has(previous)) return NONE;
  return inWindow(placeWords) ? 2 : 1;
}

interface Mention {
  result: CommuneLookup;
  cue: Cue;
  oise: boolean;
  length: number;
}

function communesOf(result: CommuneLookup): Commune[] {
  return result.status === 'found' ? [result.commune] : result.status === 'ambiguous' ? result.candidates : [];
}

/** Whether a name key is made of ordinary words ("SENS", "LA CHAMBRE"): see ordinaryWords.ts. */
export type OrdinaryName = (key: string) => boolean;

function accept(key: string, cue: Cue, result: CommuneLookup, isOrdinaryName: OrdinaryName, home: string): boolean {
  if (result.status === 'unknown') return false;
  if (isOrdinaryName(key)) return cue >= STRONG;
  if (cue !== NONE) return true;
  const tokens = key.split(' ');
  const oiseName = result.status === 'found' && result.commune.departement === home && key.replace(/ /g, '').length >= 4;
  return oiseName || tokens.length >= 3;
}

/** Longest accepted name starting at each word; a word inside an accepted name is not tried again. */
function nameMentions(tables: CommuneTables, tokens: string[], isOrdinaryName: OrdinaryName): Mention[] {
  const mentions: Mention[] = [];
  for (let start = 0; start < tokens.length; start++) {
    const longest = tables.firstTokens.get(tokens[start]!);
    if (longest === undefined) continue;
    const cue = cueBefore(tokens, start);
    // The names tried: the words from `start` on, as long as some name starts with them (most words start none longer than one word).
    const keys = [tokens[start]!];
    for (let limit = Math.min(longest, tokens.length - start); keys.length < limit;) {
      const next = `${keys[keys.length - 1]!} ${tokens[start + keys.length]!}`;
      if (!tables.startsSomeName(next)) break;
      keys.push(next);
    }
    for (let length = keys.length; length >= 1; length--) {
      const key = keys[length - 1]!;
      const matches = tables.matches(key);
      if (!matches) continue;
      const result = tables.resolver.resolveName(key, matches);
      if (!accept(key, cue, result, isOrdinaryName, tables.resolver.home)) continue;
      mentions.push({ result, cue, length, oise: communesOf(result).some(tables.resolver.isHome) });
      start += length - 1;
      break;
    }
  }
  return mentions;
}

/** 5-digit codes that are postal codes, not amounts or file numbers ("15000 €", "dossier 60123"). */
const postalCodeInText = /(?<![\d.,])(\d{5})(?![\d.,]|\s*(?:€|euros?\b|eur\b|km\b|m2\b|m²|ans\b|habitants\b|personnes\b))/giu;
const fileNumberBefore = /(?:n°|no|num[ée]ro|dossier|r[ée]f[ée]rence|ref|allocataire|identifiant)\s*:?\s*$/iu;

function postalMention(tables: CommuneTables, text: string, names: Mention[]): CommuneLookup | null {
  for (const match of text.matchAll(postalCodeInText)) {
    const code = match[1]!;
    const communes = tables.byPostalCode.get(code);
    if (!communes || fileNumberBefore.test(text.slice(0, match.index))) continue;
    const named = names.flatMap((m) => communesOf(m.result)).filter((c) => communes.includes(c));
    return tables.resolver.fromCandidates(code, named.length > 0 ? named : communes);
  }
  return null;
}

/** Strongest cue first, then the Oise, then the longest name. */
function best(mentions: Mention[]): Mention | undefined {
  return [...mentions].sort((a, b) => b.cue - a.cue || Number(b.oise) - Number(a.oise) || b.length - a.length)[0];
}

export function extractCommune(tables: CommuneTables, text: string, isOrdinaryName: OrdinaryName): CommuneLookup | null {
  const tokens = placeKey(text).split(' ').filter(Boolean);
  const names = nameMentions(tables, tokens, isOrdinaryName);
  return postalMention(tables, text, names) ?? best(names)?.result ?? null;
}
