import type { Messages } from '../../knowledge/schemas/messages.js';
import type { AnswerView } from '../../orientation/procedures/answerView.js';
import { actionSet, adaptiveCard, bullets, container, heading, openUrl, submitValue, text, toggle, type AdaptiveCardJson, type CardElement } from './card.js';
import type { FeedbackValue } from '../feedbackValue.js';

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

/** The answer as titled sections, rendered below as a card or as text; every line comes worded from the core's view. */
function sections(view: AnswerView, m: Messages['answer'], f: Messages['figures'], options: AnswerOptions = {}): Section[] {
  const { procedure, partner } = view;
  const partnerLines = [view.partnerName, ...(view.msaNote ? [view.msaNote] : []), ...(view.phone ? [view.phone.text] : [])];
  const list: Section[] = [
    { kind: 'partner', title: m.partner, lines: partnerLines, links: partner ? [{ title: m.website, url: partner.website }] : [] },
    { kind: 'online', title: m.online, lines: procedure.online.map((o) => o.label), links: procedure.online.map((o) => ({ title: o.label, url: o.url })) },
    { kind: 'documents', title: view.documents.title, lines: view.documents.lines, links: [] },
    { kind: 'costs', title: m.costs, lines: view.costs, links: [] },
    { kind: 'figures', title: f.title, lines: view.figures, links: [] },
    { kind: 'agentCan', title: m.agentCan, lines: procedure.agentCan, links: [] },
    { kind: 'elsewhere', title: m.elsewhere, lines: procedure.elsewhere, links: [] },
  ];
  const shown = list.filter((s) => s.lines.length > 0 && (options.documents !== false || s.kind !== 'documents'));
  return options.short ? shown.filter((s) => s.kind !== 'agentCan' && s.kind !== 'elsewhere' && s.kind !== 'figures') : shown;
}

function answerLinks(view: AnswerView, m: Messages['answer']): Link[] {
  const official = view.procedure.sources[0];
  return [
    ...(official ? [{ title: m.officialFiche, url: official.url }] : []),
    ...(view.printableUrl ? [{ title: m.printableFiche, url: view.printableUrl }] : []),
  ];
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
    answerLinks(view, m).map((l) => openUrl(l.title, l.url)),
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
    answerLinks(view, m)
      .map((l) => `${l.title} : ${l.url}`)
      .join('\n'),
  );
  return parts.join('\n\n');
}
