import type { Messages } from '../../knowledge/schemas/messages.js';
import type { Partner } from '../../knowledge/schemas/partner.js';
import type { ProcedureView } from '../../orientation/procedures/view.js';

/** A desk answer for France services agents: everything at a glance, no question back. */
export function deskText(procedure: ProcedureView, partner: Partner | undefined, m: Messages['desk'], free: string): string {
  const phone = procedure.phone ?? partner?.phone;
  const lines = [
    `${procedure.title} (${procedure.id})`,
    `${m.partner} : ${partner?.shortName ?? procedure.partner}${phone ? ` – ${phone.number}` : ''}`,
    ...(procedure.msaAlternative ? [m.msa] : []),
    `${m.documents} :`,
    ...procedure.situations.map((s) => `- ${s.label} : ${s.documents.join(' ; ')}`),
    `${m.costs} : ${procedure.costs.length ? procedure.costs.map((c) => `${c.label} ${c.amount}`).join(' ; ') : free}`,
    ...procedure.online.slice(0, 2).map((o) => `${m.online} : ${o.url}`),
  ];
  return lines.join('\n');
}
