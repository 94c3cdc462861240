import type { Messages } from '../../knowledge/schemas/messages.js';
import type { Partner } from '../../knowledge/schemas/partner.js';
import type { Situation } from '../../knowledge/schemas/procedure.js';
import type { ProcedureView } from '../../orientation/procedures/view.js';

export interface DeskOptions {
  /** The person is at the MSA: the partner shown is the MSA. */
  msa?: boolean;
  /** Whether the regime is known (then the MSA line is not needed). */
  regimeKnown?: boolean;
  /** Only this situation's documents. */
  situation?: Situation | null;
}

/** A desk answer for France services agents: everything at a glance, no question back. */
export function deskText(procedure: ProcedureView, partner: Partner | undefined, m: Messages['desk'], free: string, options: DeskOptions = {}): string {
  const phone = procedure.phone ?? partner?.phone;
  const situations = options.situation ? [options.situation] : procedure.situations;
  const lines = [
    `${procedure.title} (${procedure.id})`,
    `${m.partner} : ${partner?.shortName ?? procedure.partner}${phone ? ` – ${phone.number}` : ''}`,
    ...(procedure.msaAlternative && !options.regimeKnown ? [m.msa] : []),
    `${m.documents} :`,
    ...situations.map((s) => `- ${s.label} : ${s.documents.join(' ; ')}${s.note ? ` (${s.note})` : ''}`),
    `${m.costs} : ${procedure.costs.length ? procedure.costs.map((c) => `${c.label} ${c.amount}`).join(' ; ') : free}`,
    ...procedure.online.slice(0, 2).map((o) => `${m.online} : ${o.url}`),
  ];
  return lines.join('\n');
}
