/** The desk answer: the short answer France services agents get (Teams, `fiche <démarche>`), from the core's answer view. */
import type { Messages } from '../../knowledge/schemas/messages.js';
import type { AnswerView } from '../../orientation/procedures/answerView.js';

/** Everything at a glance, no question back. */
export function deskAnswerText(view: AnswerView, m: Messages['desk']): string {
  const { procedure } = view;
  const situations = view.situation ? [view.situation] : procedure.situations;
  const lines = [
    `${procedure.title} (${procedure.id})`,
    `${m.partner} : ${view.partner?.shortName ?? procedure.partner}${view.phone ? ` – ${view.phone.number}` : ''}`,
    ...(view.msaAlternative ? [view.msaAlternative] : []),
    `${m.documents} :`,
    ...situations.map((s) => `- ${s.label} : ${s.documents.join(' ; ')}${s.note ? ` (${s.note})` : ''}`),
    `${m.costs} : ${view.costs.join(' ; ')}`,
    ...procedure.online.slice(0, 2).map((o) => `${m.online} : ${o.url}`),
  ];
  return lines.join('\n');
}
