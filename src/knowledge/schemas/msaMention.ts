/**
 * `[[msa: …]]` in a text of a procedure's general version: the words that send farmers and farm employees
 * to the MSA ("…sur caf.fr[[msa:, ou sur msa.fr si vous dépendez de la MSA]]."). They are shown while the
 * person's regime is unknown, and to an MSA member; a person who said they are not at the MSA never reads
 * them. A list line (an "ailleurs" line, an online link's label) made only of a mention is left out whole.
 */

/** One mention: `[[msa:` then its text, spaces included (`caf.fr[[msa: (ou msa.fr…)]]`), up to `]]`. */
export const msaMention = /\[\[msa:((?:(?!\]\]|\[\[).)*)\]\]/gs;

/** The text with its mentions kept (tags removed) or left out (spaces tidied): no `[[msa: …]]` left. */
export function applyMsaMentions(text: string, keep: boolean): string {
  if (!text.includes('[[')) return text;
  const out = text.replace(msaMention, (_, inner: string) => (keep ? inner : ''));
  return (keep ? out : out.replace(/ {2,}/g, ' ').replace(/ +([.,)])/g, '$1')).trim();
}

/** What is wrong with the mention tags of a text: an unclosed or unknown `[[…]]`, an empty mention. Empty when fine. */
export function msaMentionProblems(text: string): string[] {
  const problems: string[] = [];
  for (const [, inner] of text.matchAll(msaMention)) if (!inner?.trim()) problems.push('mention MSA [[msa: …]] vide');
  const rest = text.replace(msaMention, '');
  if (rest.includes('[[') || rest.includes(']]')) problems.push('balise mal formée : écrivez [[msa: texte pour les affiliés MSA]]');
  return problems;
}
