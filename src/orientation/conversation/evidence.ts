/**
 * Word evidence for a procedure in a message: one of the procedure's keywords written in the message
 * (each of its words, typos within the first letters aside), or a word that only a few procedures use.
 * Tells a classification the message supports ("et une carte d'identité ?") from one the classifier
 * merely falls to when the message names nothing ("je vois mes remboursements ou alors ?" read as the
 * AAH). The partner's short name and aliases count too ("et pour la CAF ?"), but for the catch-all partner. Words
 * that most procedures' keywords use ("de", "mon", "pour") count for nothing. Pure, built once.
 */
import type { Partner } from '../../knowledge/schemas/partner.js';
import type { Procedure } from '../../knowledge/schemas/procedure.js';

/** Words are compared by this many first letters ("remboursements" ~ "remboursement"). */
const STEM = 6;
/** A word in the keywords of more than this share of the procedures is a common word. */
const COMMON_SHARE = 0.15;
/** A word of this many letters or more, used by this many procedures at most, is evidence on its own. */
const RARE_LETTERS = 5;
const RARE_PROCEDURES = 2;

export type Evidence = (text: string, procedureId: string) => boolean;

/** The partner whose short name is no evidence of anything ("Autres services publics"). */
const CATCH_ALL_PARTNER = 'autre';

export function createEvidence(
  procedures: readonly Pick<Procedure, 'id' | 'title' | 'keywords' | 'partner'>[],
  partners: readonly Pick<Partner, 'id' | 'shortName' | 'aliases'>[],
  simple: (text: string) => string,
): Evidence {
  const stems = (text: string) =>
    simple(text)
      .split(' ')
      .map((w) => w.replace(/^[a-z]{1,2}'/, '').replace(/'$/, ''))
      .filter((w) => /^[a-z0-9]+$/.test(w))
      .map((w) => w.slice(0, STEM));
  const users = new Map<string, Set<string>>();
  for (const procedure of procedures)
    for (const text of [procedure.title, ...procedure.keywords])
      for (const word of stems(text)) users.set(word, (users.get(word) ?? new Set()).add(procedure.id));
  const common = (word: string) => (users.get(word)?.size ?? 0) > COMMON_SHARE * procedures.length;
  const keywords = new Map(
    procedures.map((p) => [p.id, p.keywords.map((k) => stems(k).filter((w) => !common(w))).filter((words) => words.length > 0)] as const),
  );
  // Words of one partner's short name only ("caf", "cpam", "travail"), of 3 letters or more.
  const partnerWords = new Map<string, string[]>();
  for (const partner of partners.filter((p) => p.id !== CATCH_ALL_PARTNER))
    for (const word of new Set([partner.shortName, ...partner.aliases].flatMap((name) => stems(name)).filter((w) => w.length >= 3)))
      partnerWords.set(word, [...(partnerWords.get(word) ?? []), partner.id]);
  const partnerOf = new Map(procedures.map((p) => [p.id, p.partner]));
  return (text, procedureId) => {
    const said = new Set(stems(text));
    const partner = partnerOf.get(procedureId);
    if ([...said].some((w) => partnerWords.get(w)?.length === 1 && partnerWords.get(w)?.[0] === partner)) return true;
    if ((keywords.get(procedureId) ?? []).some((words) => words.every((w) => said.has(w)))) return true;
    return [...said].some((w) => w.length >= RARE_LETTERS && users.get(w)?.has(procedureId) && (users.get(w)?.size ?? 0) <= RARE_PROCEDURES);
  };
}

/**
 * The partners a message names by a word of their short name or aliases that no other partner uses ("et la
 * CAF ?", "et les impôts aussi ?"); the catch-all partner is never named.
 */
export function createPartnerNames(
  partners: readonly Pick<Partner, 'id' | 'shortName' | 'aliases'>[],
  simple: (text: string) => string,
  stopword: (word: string) => boolean,
): (text: string) => Set<string> {
  const stems = (text: string) =>
    simple(text)
      .split(' ')
      .map((w) => w.replace(/^[a-z]{1,2}'/, '').replace(/'$/, ''))
      .filter((w) => /^[a-z0-9]+$/.test(w) && !stopword(w))
      .map((w) => w.slice(0, STEM));
  const owners = new Map<string, Set<string>>();
  for (const partner of partners.filter((p) => p.id !== CATCH_ALL_PARTNER))
    for (const word of [partner.shortName, ...partner.aliases].flatMap((name) => stems(name)).filter((w) => w.length >= 3))
      owners.set(word, (owners.get(word) ?? new Set()).add(partner.id));
  return (text) => new Set(stems(text).flatMap((w) => (owners.get(w)?.size === 1 ? [...owners.get(w)!] : [])));
}
