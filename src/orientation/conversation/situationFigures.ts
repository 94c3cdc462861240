/**
 * The amounts that concern one situation. A figure that some situations of the procedure name in their
 * papers and this situation does not is about those other situations (the adult's passport stamp is not
 * the child's; a French stamp is not a foreign passport's cost): it is left out of this situation's
 * answer, unless its cost says it applies to this situation too (its label names the situation). Figures
 * no situation names (a cost per horsepower) stay.
 */
import type { Procedure } from '../../knowledge/schemas/procedure.js';
import type { ProcedureView } from '../procedures/view.js';

const PLACEHOLDER = /\{\{([a-z0-9-]+)\}\}/g;

function figuresNamed(texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap((t) => [...t.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '')));
}

export function forSituation(view: ProcedureView, raw: Procedure, situationId: string | null): ProcedureView {
  const situation = raw.situations.find((s) => s.id === situationId);
  if (!situation) return view;
  const own = figuresNamed([...situation.documents, situation.note ?? '']);
  const others = figuresNamed(raw.situations.filter((s) => s !== situation).flatMap((s) => [...s.documents, s.note ?? '']));
  const elsewhere = (id: string | undefined) => !!id && others.has(id) && !own.has(id);
  const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const saysSituation = (label: string) => plain(label).includes(plain(situation.label));
  const alsoHere = new Set(raw.costs.filter((c) => c.figure && saysSituation(c.label)).map((c) => c.figure));
  const dropped = (id: string | undefined) => elsewhere(id) && !alsoHere.has(id);
  // View costs are the raw costs in the same order (procedures/view.ts maps them one to one).
  const costs = view.costs.filter((_, i) => !dropped(raw.costs[i]?.figure));
  return { ...view, costs, figures: view.figures.filter((f) => !dropped(f.id)) };
}
