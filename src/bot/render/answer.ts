import type { Messages } from '../../knowledge/schemas/messages.js';
import type { Partner } from '../../knowledge/schemas/partner.js';
import type { Situation } from '../../knowledge/schemas/procedure.js';
import { forSituation, type ProcedureView } from '../../orientation/procedures/view.js';
import { fill } from '../texts.js';
import { actionSet, adaptiveCard, bullets, container, heading, openUrl, submitValue, text, toggle, type AdaptiveCardJson, type CardElement } from './card.js';
import type { FeedbackValue } from '../feedbackValue.js';

/** What one answer shows: the procedure for this person and situation. */
export interface AnswerView {
  procedure: ProcedureView;
  partner: Partner | undefined;
  /** The person depends on the MSA instead of the usual partner. */
  msa: boolean;
  /** The chosen situation; null lists every situation's documents. */
  situation: Situation | null;
  printableUrl: string;
}

interface Link {
  title: string;
  url: string;
}

interface Section {
  kind: 'partner' | 'online' | 'documents' | 'costs' | 'figures' | 'agentCan' | 'elsewhere';
  title: string;
  lines: string[];
  links: Link[];
}

/** What to show: documents only when the situation is known or asked for all; `short` keeps the essentials (text channels). */
export interface AnswerOptions {
  documents?: boolean;
  short?: boolean;
  /** Cards end with "did this help?" and 👍 / 👎 buttons, counted for the pilotage. */
  feedback?: Messages['feedback'];
}

/** The answer as titled sections, rendered below as a card or as text. */
function sections(view: AnswerView, m: Messages['answer'], f: Messages['figures'], options: AnswerOptions = {}): Section[] {
  const { procedure, partner, situation } = view;
  const phone = procedure.phone ?? partner?.phone;
  const partnerLines = [partner?.name ?? procedure.partner];
  if (view.msa) partnerLines.push(m.msaNote);
  if (phone) partnerLines.push(`${m.phone} : ${phone.number}${phone.label ? ` – ${phone.label}` : ''}`);
  // Only the costs and dated figures of the chosen situation: a foreign passport is not the French 86 € one.
  const { costs: shownCosts, figures: shownFigures } = forSituation(procedure, situation?.id ?? null);
  const documents = situation
    ? [...situation.documents, ...(situation.note ? [situation.note] : [])]
    : procedure.situations.map((s) => `${s.label} : ${s.documents.join(' ; ')}`);
  const list: Section[] = [
    { kind: 'partner', title: m.partner, lines: partnerLines, links: partner ? [{ title: m.website, url: partner.website }] : [] },
    { kind: 'online', title: m.online, lines: procedure.online.map((o) => o.label), links: procedure.online.map((o) => ({ title: o.label, url: o.url })) },
    { kind: 'documents', title: situation ? fill(m.documents, { situation: situation.label }) : m.documentsAll, lines: documents, links: [] },
    { kind: 'costs', title: m.costs, lines: shownCosts.length ? shownCosts.map((c) => `${c.label} : ${c.amount}`) : [m.free], links: [] },
    { kind: 'figures', title: f.title, lines: shownFigures.map((x) => x.line), links: [] },
    { kind: 'agentCan', title: m.agentCan, lines: procedure.agentCan, links: [] },
    { kind: 'elsewhere', title: m.elsewhere, lines: procedure.elsewhere, links: [] },
  ];
  const shown = list.filter((s) => s.lines.length > 0 && (options.documents !== false || s.kind !== 'documents'));
  return options.short ? shown.filter((s) => s.kind !== 'agentCan' && s.kind !== 'elsewhere' && s.kind !== 'figures') : shown;
}

function ficheLinks(view: AnswerView, m: Messages['answer']): Link[] {
  const official = view.procedure.sources[0];
  return [...(official ? [{ title: m.officialFiche, url: official.url }] : []), { title: m.printableFiche, url: view.printableUrl }];
}

/** What a card shows at once: who handles it, what it costs, the papers. The rest opens on demand. */
const SHOWN_FIRST: ReadonlySet<Section['kind']> = new Set(['partner', 'costs', 'documents']);

/**
 * The answer as an Adaptive Card that starts short (title, what to do first, who, cost, papers); online
 * services, dated figures, what an agent can do and what happens elsewhere sit behind toggle buttons.
 */
export function answerCard(view: AnswerView, m: Messages['answer'], f: Messages['figures'], options: AnswerOptions = {}): AdaptiveCardJson {
  const body: CardElement[] = [text(view.procedure.title, { bold: true, size: 'Large' }), text(view.procedure.summary)];
  const all = sections(view, m, f, options);
  const items = (section: Section) => [
    // Online links are shown as buttons only: their labels would otherwise appear twice.
    ...(section.kind !== 'online' ? bullets(section.lines) : []),
    ...(section.links.length ? [actionSet(section.links.map((l) => openUrl(l.title, l.url)))] : []),
  ];
  for (const section of all.filter((s) => SHOWN_FIRST.has(s.kind))) body.push(heading(section.title), ...items(section));
  for (const section of all.filter((s) => !SHOWN_FIRST.has(s.kind))) {
    const id = `details-${section.kind}`;
    body.push({ ...actionSet([toggle(section.title, [id])]), separator: true }, container(id, items(section), true));
  }
  if (options.feedback) body.push(...feedbackButtons(view.procedure.id, options.feedback));
  return adaptiveCard(
    body,
    ficheLinks(view, m).map((l) => openUrl(l.title, l.url)),
  );
}

function feedbackButtons(procedure: string, m: Messages['feedback']): CardElement[] {
  const value = (feedback: FeedbackValue['feedback']): FeedbackValue => ({ feedback, procedure });
  return [{ ...text(m.question), separator: true }, actionSet([submitValue(m.yes, value('yes')), submitValue(m.no, value('no'))])];
}

export function answerText(view: AnswerView, m: Messages['answer'], f: Messages['figures'], options: AnswerOptions = {}): string {
  const parts = [`${view.procedure.title}\n${view.procedure.summary}`];
  for (const section of sections(view, m, f, options)) {
    const lines = section.kind === 'online' ? section.links.map((l) => `- ${l.title} : ${l.url}`) : section.lines.map((l) => `- ${l}`);
    if (section.kind !== 'online') lines.push(...section.links.map((l) => `${l.title} : ${l.url}`));
    parts.push(`${section.title}\n${lines.join('\n')}`);
  }
  parts.push(
    ficheLinks(view, m)
      .map((l) => `${l.title} : ${l.url}`)
      .join('\n'),
  );
  return parts.join('\n\n');
}
