/**
 * The printable fiche of one procedure: documents checklist, costs, online steps, what the agent can do,
 * contacts, official links and, when a commune is given, the nearest France services.
 */
import type { Messages } from '../../knowledge/schemas/messages.js';
import type { AnswerView } from '../../orientation/procedures/answerView.js';
import type { NearbyView } from '../../orientation/location/siteView.js';
import { fill } from '../../knowledge/fill.js';
import { html, link, page, type SafeHtml } from '../html.js';
import { printableFicheScript, printableFicheStyle } from './assets.js';
import { dayInWords } from '../../orientation/procedures/figures.js';
import type { Language } from '../../knowledge/schemas/languages.js';
import { sitesSection } from './sites.js';

export interface PrintableFicheView {
  /** The answer as the chat gives it (the core's view): partner, phone, papers, costs and figures of the situation. */
  answer: AnswerView;
  /** Notices shown under the title (unknown situation, unknown commune). */
  notices: string[];
  /** The nearest France services of the commune asked for (the core's view of them). */
  nearest: NearbyView | null;
  /** The texts of the fiche, in its language. */
  messages: Messages;
  /** French unless said. */
  language?: Language;
}

function section(id: string, title: string, content: SafeHtml): SafeHtml {
  return html`<section aria-labelledby="${id}"><h2 id="${id}">${title}</h2>${content}</section>`;
}

const list = (items: string[]) => html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`;

function checklist(answer: AnswerView, L: Messages['fiche']): SafeHtml {
  const situations = answer.situation ? [answer.situation] : answer.procedure.situations;
  const groups = situations.map(
    (s, i) => html`
${situations.length > 1 ? html`<h3>${s.label}</h3>` : ''}
<ul class="checklist">${s.documents.map((doc, j) => html`<li><input type="checkbox" id="doc-${i}-${j}"><label for="doc-${i}-${j}">${doc}</label></li>`)}</ul>
${s.note ? html`<p class="note">${s.note}</p>` : ''}`,
  );
  return section('s-documents', answer.documents.title, html`<p class="muted no-print">${L.checklistHint}</p>${groups}`);
}

function contacts({ partner, phone }: AnswerView, a: Messages['answer'], L: Messages['fiche']): SafeHtml {
  if (!partner) return html``;
  return section(
    's-contacts',
    L.contacts,
    html`
<p><strong>${partner.name}</strong> : ${partner.handles}</p>
<ul>
${phone ? html`<li>${phone.text}</li>` : ''}
<li>${a.website} : ${link(partner.website, partner.website.replace(/^https:\/\//, ''))}</li>
${partner.local ? html`<li>${L.localOffice} : ${partner.local.website ? link(partner.local.website, partner.local.name) : partner.local.name}${partner.local.note ? html`. ${partner.local.note}` : ''}</li>` : ''}
</ul>`,
  );
}

function body(view: PrintableFicheView): SafeHtml {
  const { answer, messages } = view;
  const { procedure: p, partner } = answer;
  const a = messages.answer;
  const L = messages.fiche;
  const [official, ...others] = p.sources;
  const msaLine = answer.msaNote ?? answer.msaAlternative;
  return html`<header><p class="brand">${L.brand}</p>
<h1>${p.title}</h1>
<p>${p.summary}</p>
${view.notices.map((n) => html`<p class="notice" role="note">${n}</p>`)}
<p class="no-print"><button type="button" class="print" id="print">${L.print}</button></p>
</header>
<main>
${partner ? section('s-partner', a.partner, html`<p><strong>${answer.partnerName}</strong>${msaLine ? html`<br>${msaLine}` : ''}</p>`) : ''}
${checklist(answer, L)}
${section('s-costs', a.costs, list(answer.costs))}
${answer.figures.length > 0 ? section('s-figures', messages.figures.title, list(answer.figures)) : ''}
${p.online.length > 0 ? section('s-online', a.online, html`<ul>${p.online.map((o) => html`<li>${link(o.url, o.label)}</li>`)}</ul>`) : ''}
${section('s-agent', a.agentCan, list(p.agentCan))}
${p.elsewhere.length > 0 ? section('s-elsewhere', a.elsewhere, list(p.elsewhere)) : ''}
${contacts(answer, a, L)}
${
  official
    ? section(
        's-official',
        a.officialFiche,
        html`<p>${link(official.url, official.title)}</p>
${others.length > 0 ? html`<p>${L.otherSources} :</p><ul>${others.map((s) => html`<li>${link(s.url, s.title)}</li>`)}</ul>` : ''}`,
      )
    : ''
}
${view.nearest ? sitesSection(view.nearest, L) : ''}
</main>
<footer><p>${fill(L.reviewed, { date: dayInWords(p.lastReviewed, view.language ?? 'fr') })}</p><p>${L.disclaimer}</p></footer>`;
}

export function renderPrintableFiche(view: PrintableFicheView): string {
  return page({
    title: `${view.answer.procedure.title} – ${view.messages.fiche.titleSuffix}`,
    body: body(view),
    style: printableFicheStyle,
    script: printableFicheScript,
    lang: view.language ?? 'fr',
  });
}

export function renderPrintableFicheNotFound(L: Messages['fiche']): string {
  const content = html`<header><p class="brand">${L.brand}</p><h1>${L.notFoundTitle}</h1></header>
<main><p>${L.notFoundText}</p><p><a href="/">${L.home}</a></p></main>`;
  return page({ title: `${L.notFoundTitle} – ${L.titleSuffix}`, body: content, style: printableFicheStyle });
}
