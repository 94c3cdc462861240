/**
 * Several needs in one message ("carte grise, courrier et CAF"): the procedures named by its parts.
 * Uses the core's `needs` when it gives them, otherwise analyses each part of the message (split on
 * commas, colons, "et", "+") and keeps the distinct, confident procedures, in the order written.
 */
import type { Procedure } from '../../knowledge/schemas/procedure.js';
import { REDACTED } from '../privacy.js';
import type { Analysis, Orientation } from '../types.js';

/** A part must name its procedure at least this clearly to count as a need of its own. */
const PART_CONFIDENCE = 0.5;
const MIN_PART_WORDS = 2;
/** A procedure the whole message also ranks this high is a need of its own. */
const SUPPORTED = 0.8;
/** Below this confidence the whole message is unsure… */
const SURE_WHOLE = 0.9;
/** …and a part this clear names a need of its own. */
const CLEAR_PART = 0.7;
const MAX_NEEDS = 4;
/** A list ("carte vitale perdue, inscription france travail, attestation caf"): short items… */
const LIST_ITEM_WORDS = 8;
/** …two of them naming their procedures this clearly make the message a list, whose clear parts are each a need. */
const LIST_ITEM_CONFIDENCE = 0.85;

/** Commas, semicolons, colons and lines: the marks of a list. */
const LIST_SEPARATORS = /[,;:\n]/g;
/** The words that join needs named one after the other ("carte grise et courrier", "car and mail"). */
const JOINING = ['et', 'puis', 'ainsi que', 'and', 'then'];
const words = (list: readonly string[]) => list.map((w) => `\\b${w}\\b`).join('|');
/** The parts a message may name needs in: list marks, joining words, "avec" and "plus". */
const PARTS = new RegExp(`[,;:+\\n]|${words([...JOINING, 'avec', 'plus'])}`, 'i');
/** The parts that tell the order a message names its needs in: list and sentence marks, joining words. */
const ORDER_PARTS = new RegExp(`[,;:+\\n.!?]|${words(JOINING)}`, 'i');

/** "changer l'adresse de ma carte grise, faire suivre mon courrier et m'inscrire sur les listes": the parts, in order. */
export function orderParts(text: string): string[] {
  return text.split(ORDER_PARTS).filter((p) => p.trim());
}

export function splitNeeds(text: string, orientation: Pick<Orientation, 'understand' | 'procedure'>, analysis: Analysis): Procedure[] {
  const fromCore = (analysis as Analysis & { needs?: string[] }).needs;
  const ids: string[] = [];
  const add = (id: string | undefined) => {
    if (id && !ids.includes(id)) ids.push(id);
  };
  if (Array.isArray(fromCore) && fromCore.length > 1) fromCore.forEach(add);
  else {
    // A part holding a masked personal number ("mon numéro de sécu est [masqué]") is not a need.
    const parts = text
      .split(PARTS)
      .map((p) => p.trim())
      .filter((p) => !p.includes(REDACTED))
      .filter((p) => p.split(/\s+/).filter((w) => w.length > 1).length >= MIN_PART_WORDS || /^\p{L}{4,}$/u.test(p));
    if (parts.length < 2) return [];
    // The whole message supports a part's procedure, or is itself unsure and the part is clear.
    const wholeUnsure = analysis.clarify || analysis.confidence < SURE_WHOLE;
    const supported = (id: string) => analysis.alternatives.some((a) => a.id === id && a.score >= SUPPORTED);
    // A sure message supports at most one procedure (its scores add up to 1, SUPPORTED > 0.5): its parts
    // could only name that one, so they are not analysed (three readings saved on most questions), unless
    // it is written as a list ("carte vitale perdue, inscription france travail, attestation caf").
    const looksLikeList = (text.match(LIST_SEPARATORS) ?? []).length >= 2;
    if (!wholeUnsure && !looksLikeList && analysis.alternatives.filter((a) => a.score >= SUPPORTED).length < 2) return [];
    const read = parts.map((part) => ({ part, found: orientation.understand(part) }));
    // A part the core still doubts about ("tous mes voisins sont agriculteurs", "moi je suis aide à domicile":
    // a conflict with neighbours? home care?) tells the story, it is no item of a list.
    const item = ({ part, found }: (typeof read)[number]) =>
      found.intent === 'procedure' &&
      !!found.procedure &&
      !found.clarify &&
      found.confidence >= LIST_ITEM_CONFIDENCE &&
      part.split(/\s+/).length <= LIST_ITEM_WORDS;
    const listed = new Set(read.filter(item).map((r) => r.found.procedure!.id));
    for (const { found } of read) {
      if (found.intent !== 'procedure' || !found.procedure || found.confidence < PART_CONFIDENCE) continue;
      const inList = listed.size >= 2 && found.confidence >= CLEAR_PART && !found.clarify;
      if (supported(found.procedure.id) || (wholeUnsure && found.confidence >= CLEAR_PART) || inList) add(found.procedure.id);
    }
  }
  return ids
    .slice(0, MAX_NEEDS)
    .map((id) => orientation.procedure(id))
    .filter((p): p is Procedure => !!p);
}

/** "Carte d'identité ou passeport": the procedures named on each side of "ou", when each side names one clearly. */
export function splitAlternatives(text: string, orientation: Pick<Orientation, 'understand' | 'procedure'>): Procedure[] {
  const parts = text
    .split(/\bou\b/i)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2 || parts.length > MAX_NEEDS) return [];
  const ids: string[] = [];
  for (const part of parts) {
    const found = orientation.understand(part);
    // A side the core is unsure of ("à la caf ?" in "à la msa ou à la caf ?": a partner, not a procedure) is no alternative.
    if (found.intent !== 'procedure' || !found.procedure || found.clarify || found.confidence < PART_CONFIDENCE) return [];
    if (!ids.includes(found.procedure.id)) ids.push(found.procedure.id);
  }
  return ids.length >= 2 ? ids.map((id) => orientation.procedure(id)).filter((p): p is Procedure => !!p) : [];
}
