import type { Messages } from '../../knowledge/schemas/messages.js';
import type { Partner } from '../../knowledge/schemas/partner.js';
import type { Situation } from '../../knowledge/schemas/procedure.js';
import type { ProcedureView } from '../../orientation/procedures/view.js';
import { fill } from '../texts.js';
import { actionSet, adaptiveCard, bullets, heading, openUrl, text, type AdaptiveCardJson, type CardElement } from './card.js';

/** What one answer shows: the procedure for this person and situation. */
export interface AnswerView {
  /** Texts ready to show: figures dated, MSA version applied (see orientation.procedureView). */
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
  title: string;
  lines: string[];
  links: Link[];
}

/** The answer as titled sections, rendered below as a card or as text. */
function sections(view: AnswerView, m: Messages['answer'], f: Messages['figures']): Section[] {
  const { procedure, partner, situation } = view;
  const phone = procedure.phone ?? partner?.phone;
  const partnerLines = [partner?.name ?? procedure.partner];
  if (view.msa) partnerLines.push(m.msaNote);
  if (phone) partnerLines.push(`${m.phone} : ${phone.number}${phone.label ? ` – ${phone.label}` : ''}`);
  const documents = situation
    ? [...situation.documents, ...(situation.note ? [situation.note] : [])]
    : procedure.situations.map((s) => `${s.label} : ${s.documents.join(' ; ')}`);
  const list: Section[] = [
    { title: m.partner, lines: partnerLines, links: partner ? [{ title: m.website, url: partner.website }] : [] },
    { title: m.online, lines: procedure.online.map((o) => o.label), links: procedure.online.map((o) => ({ title: o.label, url: o.url })) },
    { title: situation ? fill(m.documents, { situation: situation.label }) : m.documentsAll, lines: documents, links: [] },
    { title: m.costs, lines: procedure.costs.length ? procedure.costs.map((c) => `${c.label} : ${c.amount}`) : [m.free], links: [] },
    { title: f.title, lines: procedure.figures.map((x) => x.line), links: [] },
    { title: m.agentCan, lines: procedure.agentCan, links: [] },
    { title: m.elsewhere, lines: procedure.elsewhere, links: [] },
  ];
  return list.filter((s) => s.lines.length > 0);
}

function ficheLinks(view: AnswerView, m: Messages['answer']): Link[] {
  const official = view.procedure.sources[0];
  return [...(official ? [{ title: m.officialFiche, url: official.url }] : []), { title: m.printableFiche, url: view.printableUrl }];
}

export function answerCard(view: AnswerView, m: Messages['answer'], f: Messages['figures']): AdaptiveCardJson {
  const body: CardElement[] = [text(view.procedure.title, { bold: true, size: 'Large' }), text(view.procedure.summary)];
  for (const section of sections(view, m, f)) {
    body.push(heading(section.title));
    // Online links are shown as buttons only: their labels would otherwise appear twice.
    if (section.title !== m.online) body.push(...bullets(section.lines));
    if (section.links.length) body.push(actionSet(section.links.map((l) => openUrl(l.title, l.url))));
  }
  return adaptiveCard(body, ficheLinks(view, m).map((l) => openUrl(l.title, l.url)));
}

export function answerText(view: AnswerView, m: Messages['answer'], f: Messages['figures']): string {
  const parts = [`${view.procedure.title}\n${view.procedure.summary}`];
  for (const section of sections(view, m, f)) {
    const lines = section.title === m.online ? section.links.map((l) => `- ${l.title} : ${l.url}`) : section.lines.map((l) => `- ${l}`);
    if (section.title !== m.online) lines.push(...section.links.map((l) => `${l.title} : ${l.url}`));
    parts.push(`${section.title}\n${lines.join('\n')}`);
  }
  parts.push(ficheLinks(view, m).map((l) => `${l.title} : ${l.url}`).join('\n'));
  return parts.join('\n\n');
}
