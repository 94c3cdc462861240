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

/** How much of each situation a desk answer shows: every paper in full, or the head of the first `most`; its note's first `sentences`. */
interface Detail {
  most: number;
  full?: boolean;
  sentences: number;
}

/** From the fullest short fiche to the shortest: the first that fits is shown. */
const SHORTER: Detail[] = [
  { most: Infinity, sentences: Infinity },
  { most: Infinity, sentences: 2 },
  { most: Infinity, sentences: 1 },
  { most: 4, sentences: 1 },
  { most: 3, sentences: 1 },
  { most: 2, sentences: 1 },
  { most: 2, sentences: 0 },
  { most: 1, sentences: 0 },
];

/**
 * Everything at a glance, no question back: partner, what the agent does first, the key papers of each
 * situation on one line (each paper's head, before its details) with its note (or the note's first sentence),
 * the cost, online or not, and the one line that says how to get the rest. With a situation chosen: that
 * situation's full papers. `full` (the agent asks more about the fiche just given): every paper and note.
 * `budget`: the length it should keep under (less when the nearest sites follow).
 */
export function deskAnswerText(view: AnswerView, m: Messages['desk'], options: { full?: boolean; budget?: number } = {}): string {
  if (view.situation) return lines(view, m, fullPapers(view, m)).join('\n');
  if (options.full) return lines(view, m, situationLines(view, m, { most: Infinity, full: true, sentences: Infinity }), false).join('\n');
  let text = '';
  for (const detail of SHORTER) {
    text = lines(view, m, situationLines(view, m, detail)).join('\n');
    if (text.length <= (options.budget ?? DESK_BUDGET)) break;
  }
  return text;
}

function lines(view: AnswerView, m: Messages['desk'], papers: string[], more = !view.situation): string[] {
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
    ...(more ? [m.more] : []),
  ];
}

/** The chosen situation's papers, each in full, and its note. */
function fullPapers(view: AnswerView, m: Messages['desk']): string[] {
  const s = view.situation!;
  return [`${m.documents} (${s.label}) :`, ...s.documents.map((d) => `- ${d}`), ...(s.note ? [s.note] : [])];
}

/** One line per situation: its papers (in full, or the head of the first `most`) and its note. */
function situationLines(view: AnswerView, m: Messages['desk'], detail: Detail): string[] {
  const situations = view.procedure.situations;
  return [
    `${detail.full ? m.documents : m.keyPapers} :`,
    ...situations.map((s) => {
      const papers = detail.full ? s.documents : s.documents.slice(0, detail.most).map(paperHead);
      const more = s.documents.length > papers.length ? ' …' : '';
      const note = s.note && detail.sentences > 0 ? ` (${sentences(s.note, detail.sentences)})` : '';
      return `- ${situations.length === 1 ? '' : `${s.label} : `}${papers.join(' ; ')}${more}${note}`;
    }),
  ];
}

/** The first `most` sentences of a note: "Commencez en ligne… Ensuite, allez… Tout peut aussi…" → "Commencez en ligne… Ensuite, allez…". */
function sentences(text: string, most: number): string {
  const parts = text.split(/(?<=[.!?]) (?=\p{Lu})/u);
  return parts.length <= most ? text : parts.slice(0, most).join(' ');
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
