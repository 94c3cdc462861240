/** The desk answer: the short answer France services agents get (Teams, `fiche <démarche>`), from the core's answer view. */
import type { Messages } from '../../knowledge/schemas/messages.js';
import type { AnswerView } from '../../orientation/procedures/answerView.js';

/**
 * Teams shows desk answers up to this length at a glance (the whole reply, as ../shared/eval/README.md
 * counts it); the full lists stay one follow-up away ("papiers", the situation in a few words).
 */
export const DESK_MAX = 2000;
/** Room left under DESK_MAX for what the turn may add around the fiche (the MSA line, a notice). */
const DESK_BUDGET = 1700;

/**
 * Everything at a glance, no question back: partner, what the agent does first, the key papers of each
 * situation on one line (each paper's head, before its details), the cost, online or not, and the one line
 * that says how to get the rest. With a situation chosen: that situation's full papers.
 */
export function deskAnswerText(view: AnswerView, m: Messages['desk']): string {
  if (view.situation) return lines(view, m, fullPapers(view, m)).join('\n');
  for (const most of [Infinity, 4, 3, 2, 1]) {
    const text = lines(view, m, keyPapers(view, m, most)).join('\n');
    if (text.length <= DESK_BUDGET || most === 1) return text;
  }
  return '';
}

function lines(view: AnswerView, m: Messages['desk'], papers: string[]): string[] {
  const { procedure } = view;
  return [
    `${procedure.title} (${procedure.id})`,
    `${m.partner} : ${view.partner?.shortName ?? procedure.partner}${view.phone ? ` – ${view.phone.number}` : ''}`,
    ...(view.msaAlternative ? [view.msaAlternative] : []),
    ...(procedure.agentCan[0] ? [`${m.first} : ${procedure.agentCan[0]}`] : []),
    ...papers,
    `${m.costs} : ${view.costs.join(' ; ')}`,
    // Two links at most: the service, and the MSA's while the regime is unknown.
    ...(procedure.online.length ? procedure.online.slice(0, 2).map((o) => `${m.online} : ${o.url}`) : [m.notOnline]),
    ...(view.situation ? [] : [m.more]),
  ];
}

/** The chosen situation's papers, each in full, and its note. */
function fullPapers(view: AnswerView, m: Messages['desk']): string[] {
  const s = view.situation!;
  return [`${m.documents} (${s.label}) :`, ...s.documents.map((d) => `- ${d}`), ...(s.note ? [s.note] : [])];
}

/** One line per situation: the head of its first `most` papers. */
function keyPapers(view: AnswerView, m: Messages['desk'], most: number): string[] {
  const situations = view.procedure.situations;
  return [
    `${m.keyPapers} :`,
    ...situations.map((s) => {
      const heads = s.documents.slice(0, most).map(paperHead);
      const more = s.documents.length > most ? ' …' : '';
      return situations.length === 1 ? `- ${heads.join(' ; ')}${more}` : `- ${s.label} : ${heads.join(' ; ')}${more}`;
    }),
  ];
}

/**
 * The head of a paper, before its details: "Une photo d'identité de moins de 6 mois, aux normes" →
 * "Une photo d'identité de moins de 6 mois"; "Le certificat de cession (cerfa 15776) et le code…" →
 * "Le certificat de cession"; "Votre passeport. S'il a été perdu…" → "Votre passeport".
 */
export function paperHead(paper: string): string {
  const cut = paper.search(/ \(|, | – |\. /);
  return (cut > 0 ? paper.slice(0, cut) : paper).trim();
}
