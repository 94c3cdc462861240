import type { Messages } from '../../knowledge/schemas/messages.js';
import type { Partner } from '../../knowledge/schemas/partner.js';
import type { Situation } from '../../knowledge/schemas/procedure.js';
import type { ProcedureView } from '../../orientation/procedures/view.js';
import { fill } from '../texts.js';
import { actionSet, adaptiveCard, bullets, heading, openUrl, text, type AdaptiveCardJson, type CardElement } from './card.js';

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
}

/** The answer as titled sections, rendered below as a card or as text. */
function sections(view: AnswerView, m: Messages['answer'], f: Messages['figures'], options: AnswerOptions = {}): Section[] {
  const { procedure, partner, situation } = view;
  const phone = procedure.phone ?? partner?.phone;
  const partnerLines = [partner?.name ?? procedure.partner];
  if (view.msa) partnerLines.push(m.msaNote);
  if (phone) partnerLines.push(`${m.phone} : ${phone.number}${phone.label ? ` – ${phone.label}` : ''}`);
  const documents = situation
    ? [...situation.documents, ...(situation.note ? [situation.note] : [])]
    : procedure.situations.map((s) => `${s.label} : ${s.documents.join(' ; ')}`);
  const list: Section[] = [
    { kind: 'partner', title: m.partner, lines: partnerLines, links: partner ? [{ title: m.website, url: partner.website }] : [] },
    { kind: 'online', title: m.online, lines: procedure.online.map((o) => o.label), links: procedure.online.map((o) => ({ title: o.label, url: o.url })) },
    { kind: 'documents', title: situation ? fill(m.documents, { situation: situation.label }) : m.documentsAll, lines: documents, links: [] },
    { kind: 'costs', title: m.costs, lines: procedure.costs.length ? procedure.costs.map((c) => `${c.label} : ${c.amount}`) : [m.free], links: [] },
    { kind: 'figures', title: f.title, lines: procedure.figures.map((x) => x.line), links: [] },
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

export function answerCard(view: AnswerView, m: Messages['answer'], f: Messages['figures'], options: AnswerOptions = {}): AdaptiveCardJson {
  const body: CardElement[] = [text(view.procedure.title, { bold: true, size: 'Large' }), text(view.procedure.summary)];
  for (const section of sections(view, m, f, options)) {
    body.push(heading(section.title));
    // Online links are shown as buttons only: their labels would otherwise appear twice.
    if (section.kind !== 'online') body.push(...bullets(section.lines));
    if (section.links.length) body.push(actionSet(section.links.map((l) => openUrl(l.title, l.url))));
  }
  return adaptiveCard(body, ficheLinks(view, m).map((l) => openUrl(l.title, l.url)));
}

export function answerText(view: AnswerView, m: Messages['answer'], f: Messages['figures'], options: AnswerOptions = {}): string {
  const parts = [`${view.procedure.title}\n${view.procedure.summary}`];
  for (const section of sections(view, m, f, options)) {
    const lines = section.kind === 'online' ? section.links.map((l) => `- ${l.title} : ${l.url}`) : section.lines.map((l) => `- ${l}`);
    if (section.kind !== 'online') lines.push(...section.links.map((l) => `${l.title} : ${l.url}`));
    parts.push(`${section.title}\n${lines.join('\n')}`);
  }
  parts.push(ficheLinks(view, m).map((l) => `${l.title} : ${l.url}`).join('\n'));
  return parts.join('\n\n');
}
