/**
 * The procedure views of the day, built once: a view depends only on the procedure, its language, the
 * regime, whether MSA mentions are kept and the day in Paris (procedures/view.ts), and every answer,
 * follow-up and printable fiche asks for one. A new day starts afresh. A view is shared by every turn
 * that asks for it: its readers build new objects and never change it (test/orientation/viewCache.test.ts).
 */
import { parisDay } from './figures.js';
import type { ProcedureView, ProcedureViewOptions } from './view.js';

export function cachedProcedureViews(
  build: (id: string, options: ProcedureViewOptions) => ProcedureView | undefined,
): (id: string, options?: ProcedureViewOptions) => ProcedureView | undefined {
  let day = '';
  const views = new Map<string, ProcedureView>();
  return (id, options = {}) => {
    const now = options.now ?? new Date();
    const today = parisDay(now);
    if (today !== day) {
      views.clear();
      day = today;
    }
    const key = `${id}|${options.language ?? 'fr'}|${options.regime ?? 'general'}|${options.msaMentions ?? true}`;
    const known = views.get(key);
    if (known) return known;
    // Only known procedures are kept: a link to an unknown fiche adds nothing.
    const view = build(id, { ...options, now });
    if (view) views.set(key, view);
    return view;
  };
}
