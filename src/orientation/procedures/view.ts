/**
 * A procedure as one person sees it on one day: figures filled in and dated, and, for an MSA member
 * (farmers, farm employees), the MSA's own version. One call: `procedureView(procedure, options)`.
 */
import type { Messages } from '../../knowledge/schemas/messages.js';
import type { Procedure, Situation } from '../../knowledge/schemas/procedure.js';
import { fillFigures, parisDay, viewFigure, type FigureView } from './figures.js';

export type Regime = 'msa' | 'general';

export interface ProcedureViewOptions {
  /** "msa" shows the MSA member's version of a procedure that has one. */
  regime?: Regime;
  /** The instant figures are judged at; defaults to the clock. */
  now?: Date;
}

/** The procedure with every text ready to show: no `{{placeholder}}` left, costs as plain amounts. */
export interface ProcedureView extends Omit<Procedure, 'costs' | 'figures' | 'msa'> {
  costs: { label: string; amount: string }[];
  /** The dated figures, each with its validity and check date (the review date per fact group). */
  figures: FigureView[];
  /** "msa" when the MSA version was applied. */
  regime: Regime;
  /** The partner that handles it for this person ("msa" for an MSA member). */
  handledBy: string;
}

/** URLs and phone lines an MSA member must never be sent to for a procedure that the MSA handles. */
export const generalRegimeOnly = /\b(?:ameli\.fr|caf\.fr|3646|3230)\b/i;

function msaSituations(procedure: Procedure): Situation[] {
  const changes = new Map((procedure.msa?.situations ?? []).map((s) => [s.id, s]));
  return procedure.situations.map((s) => {
    const change = changes.get(s.id);
    if (!change) return s;
    return { ...s, documents: change.documents ?? s.documents, ...(change.note !== undefined || s.note !== undefined ? { note: change.note ?? s.note } : {}) };
  });
}

export function procedureView(procedure: Procedure, texts: Messages['figures'], options: ProcedureViewOptions = {}): ProcedureView {
  const day = parisDay(options.now ?? new Date());
  const figures = procedure.figures.map((f) => viewFigure(f, day, texts));
  const byId = new Map(figures.map((f) => [f.id, f]));
  const fillText = (text: string) => fillFigures(text, byId);
  const msa = options.regime === 'msa' && procedure.msaAlternative ? procedure.msa : undefined;
  const { msa: _variant, figures: _figures, costs, ...rest } = procedure;
  const base = msa
    ? {
        ...rest,
        summary: msa.summary ?? rest.summary,
        online: msa.online,
        ...(msa.phone ? { phone: msa.phone } : { phone: undefined }),
        situations: msaSituations(procedure),
        agentCan: msa.agentCan ?? rest.agentCan,
        elsewhere: msa.elsewhere ?? rest.elsewhere,
        // General-regime pages are left out: the MSA member is sent to the MSA's own.
        sources: [...msa.sources, ...rest.sources.filter((s) => !generalRegimeOnly.test(s.url))],
      }
    : rest;
  return {
    ...base,
    summary: fillText(base.summary),
    situations: base.situations.map((s) => ({ ...s, documents: s.documents.map(fillText), ...(s.note !== undefined ? { note: fillText(s.note) } : {}) })),
    agentCan: base.agentCan.map(fillText),
    elsewhere: base.elsewhere.map(fillText),
    costs: costs.map((c) => ({ label: c.label, amount: c.figure ? (byId.get(c.figure)?.inline ?? c.figure) : fillText(c.amount ?? '') })),
    figures,
    regime: msa ? 'msa' : 'general',
    handledBy: msa ? 'msa' : procedure.partner,
  };
}
