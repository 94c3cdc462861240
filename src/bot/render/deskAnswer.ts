/** The desk answer: the short answer France services agents get (Teams, `fiche <démarche>`), from the core's answer view. */
import type { Messages } from '../../knowledge/schemas/messages.js';
import type { AnswerView } from '../../orientation/procedures/answerView.js';
import { fill } from '../texts.js';

/** A desk answer longer than this lists its situations without their papers (Teams shows short answers). */
export const DESK_SHORT = 1900;

/**
 * Everything at a glance, no question back. A long one (every situation's papers) lists the situations'
 * labels instead, with the command that gives one situation's papers.
 */
export function deskAnswerText(view: AnswerView, m: Messages['desk']): string {
  const full = deskLines(view, m, true).join('\n');
  if (full.length <= DESK_SHORT || view.situation || view.procedure.situations.length < 2) return full;
  return deskLines(view, m, false).join('\n');
}

function deskLines(view: AnswerView, m: Messages['desk'], documents: boolean): string[] {
  const { procedure } = view;
  const situations = view.situation ? [view.situation] : procedure.situations;
  const example = procedure.situations[1]?.label ?? procedure.situations[0]?.label ?? '';
  const papers = documents
    ? [`${m.documents} :`, ...situations.map((s) => `- ${s.label} : ${s.documents.join(' ; ')}${s.note ? ` (${s.note})` : ''}`)]
    : [`${m.situations} :`, ...situations.map((s) => `- ${s.label}`), fill(m.situationHint, { id: procedure.id, situation: example.toLowerCase() })];
  return [
    `${procedure.title} (${procedure.id})`,
    `${m.partner} : ${view.partner?.shortName ?? procedure.partner}${view.phone ? ` – ${view.phone.number}` : ''}`,
    ...(view.msaAlternative ? [view.msaAlternative] : []),
    ...papers,
    `${m.costs} : ${view.costs.join(' ; ')}`,
    ...procedure.online.slice(0, 2).map((o) => `${m.online} : ${o.url}`),
  ];
}

/** One need of several at the desk: its title, partner and the command for its fiche. */
export function deskNeedLine(view: AnswerView, m: Messages['desk']): string {
  return fill(m.needLine, {
    title: view.procedure.title,
    partner: `${view.partner?.shortName ?? view.procedure.partner}${view.phone ? ` – ${view.phone.number}` : ''}`,
    id: view.procedure.id,
  });
}
