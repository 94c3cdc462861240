/**
 * A procedure as one person sees it on one day: figures filled in and dated, and, for an MSA member
 * (farmers, farm employees), the MSA's own version. One call: `procedureView(procedure, options)`.
 */
import type { Language } from '../../knowledge/schemas/languages.js';
import type { Messages } from '../../knowledge/schemas/messages.js';
import type { Procedure, Situation } from '../../knowledge/schemas/procedure.js';
import { figurePlaceholder } from '../../knowledge/schemas/figure.js';
import { applyMsaMentions } from '../../knowledge/schemas/msaMention.js';
import { handledByMsa } from '../msa.js';
import { fillFigures, parisDay, viewFigure, type FigureView } from './figures.js';

export type Regime = 'msa' | 'general';

export interface ProcedureViewOptions {
  /** "msa" shows the MSA member's version of a procedure that has one. */
  regime?: Regime;
  /** The instant figures are judged at; defaults to the clock. */
  now?: Date;
  /** The language of the texts: English when the procedure has an English version (knowledge/procedures-en/), French otherwise. */
  language?: Language;
  /**
   * False for a person who said they are not at the MSA: the texts marked `[[msa: …]]` (knowledge/schemas/msaMention.ts)
   * are left out. Kept by default (regime unknown, or an MSA member).
   */
  msaMentions?: boolean;
}

/** The procedure with every text ready to show: no `{{placeholder}}` left, costs as plain amounts. */
export interface ProcedureView extends Omit<Procedure, 'costs' | 'figures' | 'msa'> {
  /** `situations`: the only situations the cost applies to, when it does not apply to all. */
  costs: { label: string; amount: string; situations?: string[] }[];
  /** The dated figures, each with its validity and check date (the review date per fact group), and where it is said. */
  figures: (FigureView & { usedBy: 'all' | string[] })[];
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
  const dated = procedure.figures.map((f) => viewFigure(f, day, texts, options.language));
  const byId = new Map(dated.map((f) => [f.id, f]));
  const keepMentions = options.msaMentions ?? true;
  const fillText = (text: string) => fillFigures(applyMsaMentions(text, keepMentions), byId);
  /** A list's texts ready to show; a line made only of an MSA mention that is left out goes. */
  const fillList = (texts: readonly string[]) => texts.map(fillText).filter((t) => t.length > 0);
  const msa = handledByMsa(procedure, options.regime === 'msa') ? procedure.msa : undefined;
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
  const usedBy = figureUse(base, costs);
  const figures = dated.map((f) => ({ ...f, usedBy: usedBy(f.id) }));
  return {
    ...base,
    summary: fillText(base.summary),
    online: base.online.map((o) => ({ ...o, label: applyMsaMentions(o.label, keepMentions) })).filter((o) => o.label.length > 0),
    situations: base.situations.map((s) => {
      const note = s.note !== undefined ? fillText(s.note) : '';
      return { ...s, documents: fillList(s.documents), ...(note ? { note } : {}) };
    }),
    agentCan: fillList(base.agentCan),
    elsewhere: fillList(base.elsewhere),
    costs: costs.map((c) => ({
      label: c.label,
      amount: c.figure ? (byId.get(c.figure)?.inline ?? c.figure) : fillText(c.amount ?? ''),
      ...(c.situations ? { situations: c.situations } : {}),
    })),
    figures,
    regime: msa ? 'msa' : 'general',
    handledBy: msa ? 'msa' : procedure.partner,
  };
}

/**
 * The costs and dated figures that concern one situation (all of them when `situationId` is null):
 * someone who lost a foreign passport is not shown the French passport stamp.
 */
export function forSituation(view: ProcedureView, situationId: string | null): Pick<ProcedureView, 'costs' | 'figures'> {
  if (!situationId) return { costs: view.costs, figures: view.figures };
  return {
    costs: view.costs.filter((c) => !c.situations || c.situations.includes(situationId)),
    figures: view.figures.filter((f) => f.usedBy === 'all' || f.usedBy.includes(situationId)),
  };
}

/** Where each figure is said: "all" when in a text every situation shows, else the situations that show it. */
function figureUse(
  base: { summary: string; agentCan: string[]; elsewhere: string[]; situations: Situation[] },
  costs: Procedure['costs'],
): (id: string) => 'all' | string[] {
  const refs = (text: string) => [...text.matchAll(figurePlaceholder)].map((m) => m[1]!);
  const everywhere = new Set([base.summary, ...base.agentCan, ...base.elsewhere].flatMap(refs));
  const bySituation = new Map<string, Set<string>>();
  const add = (id: string, situation: string) => bySituation.set(id, new Set([...(bySituation.get(id) ?? []), situation]));
  for (const s of base.situations) for (const id of [...s.documents, s.note ?? ''].flatMap(refs)) add(id, s.id);
  for (const c of costs) {
    const ids = [...(c.figure ? [c.figure] : []), ...refs(c.amount ?? '')];
    for (const id of ids) {
      if (!c.situations) everywhere.add(id);
      else for (const sid of c.situations) add(id, sid);
    }
  }
  return (id) => (everywhere.has(id) ? 'all' : [...(bySituation.get(id) ?? [])]);
}
