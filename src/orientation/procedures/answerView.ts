/**
 * The view model of one answer about a procedure: who handles it for this person, their phone, the
 * papers, the costs and dated figures of the situation, worded once here from knowledge texts. The
 * Adaptive Card, the plain text, the desk answer, the printable fiche and the CLI render these fields as
 * they are.
 */
import type { Messages } from '../../knowledge/schemas/messages.js';
import type { Partner } from '../../knowledge/schemas/partner.js';
import type { Situation } from '../../knowledge/schemas/procedure.js';
import { fill } from '../../knowledge/fill.js';
import { forSituation, type ProcedureView } from './view.js';

/** The texts an answer view is worded with, in the user's language. */
export type AnswerTexts = Pick<Messages, 'answer' | 'desk'>;

export interface AnswerView {
  /** The procedure as this person sees it today (figures filled in, MSA version for an MSA member). */
  procedure: ProcedureView;
  partner: Partner | undefined;
  /** Who handles it: the partner's name (its id when the partner is unknown). */
  partnerName: string;
  /** Said when the person depends on the MSA instead of the usual partner. */
  msaNote: string | null;
  /** Said when the MSA may handle it instead and the regime is not known ("Agriculteurs… : MSA"). */
  msaAlternative: string | null;
  /** The procedure's own line, else the partner's: "Téléphone : 3646 – service gratuit + prix d'un appel". */
  phone: { number: string; label: string | null; text: string } | null;
  /** The situation chosen; null lists every situation's documents. */
  situation: Situation | null;
  /** "Papiers à apporter (perte)" and one line per paper (one line per situation when none is chosen). */
  documents: { title: string; lines: string[] };
  /** "Timbre fiscal : 86 €" for the situation, or the "Gratuit" text. */
  costs: string[];
  /** The dated figures of the situation, as sentences. */
  figures: string[];
  /** Our printable fiche of this answer; null on the printable fiche itself. */
  printableUrl: string | null;
}

export interface AnswerViewInput {
  procedure: ProcedureView;
  partner: Partner | undefined;
  /** The person depends on the MSA instead of the usual partner. */
  msa: boolean;
  /** Whether the person's regime is known (then no MSA alternative is mentioned). */
  regimeKnown?: boolean;
  situation: Situation | null;
  printableUrl: string | null;
}

export function answerView(input: AnswerViewInput, texts: AnswerTexts): AnswerView {
  const { procedure, partner, situation } = input;
  const m = texts.answer;
  const phone = procedure.phone ?? partner?.phone;
  // Only the costs and dated figures of the chosen situation: a foreign passport is not the French 86 € one.
  const shown = forSituation(procedure, situation?.id ?? null);
  return {
    procedure,
    partner,
    partnerName: partner?.name ?? procedure.partner,
    msaNote: input.msa ? m.msaNote : null,
    msaAlternative: !input.msa && procedure.msaAlternative && !input.regimeKnown ? texts.desk.msa : null,
    phone: phone ? { number: phone.number, label: phone.label ?? null, text: `${m.phone} : ${phone.number}${phone.label ? ` – ${phone.label}` : ''}` } : null,
    situation,
    documents: situation
      ? { title: fill(m.documents, { situation: situation.label }), lines: [...situation.documents, ...(situation.note ? [situation.note] : [])] }
      : { title: m.documentsAll, lines: procedure.situations.map((s) => `${s.label} : ${s.documents.join(' ; ')}`) },
    costs: shown.costs.length ? shown.costs.map((c) => `${c.label} : ${c.amount}`) : [m.free],
    figures: shown.figures.map((f) => f.line),
    printableUrl: input.printableUrl,
  };
}
