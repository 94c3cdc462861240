/**
 * The coordinators' dashboard as one HTML page in the State design system: key figures, charts
 * (drawn in the browser by Chart.js from the figures embedded in the page, every chart with its
 * data table), the questions to review, filters, CSV export and a print view.
 */
import { fill } from '../../knowledge/fill.js';
import type { PilotageTexts } from '../../knowledge/schemas/pilotage.js';
import { html, SafeHtml } from '../html.js';
import { percent, periodLabel } from '../../pilotage/format.js';
import type { PilotageNames } from '../../pilotage/names.js';
import type { PilotageReport } from '../../pilotage/report.js';

export interface PilotagePageInput {
  report: PilotageReport;
  names: PilotageNames;
  texts: PilotageTexts;
  partners: { id: string; name: string }[];
  /** Where the events come from ("table usage", "fichiers data/feedback"). */
  store: string;
  print: boolean;
}

/** The figures the browser script draws, with names already resolved. */
export interface ChartData {
  weeks: string[];
  channels: { label: string; values: number[] }[];
  partners: { label: string; value: number }[];
  procedures: { label: string; value: number }[];
  sites: { label: string; value: number }[];
  outOfScopeRate: (number | null)[];
  clarificationRate: (number | null)[];
  satisfaction: (number | null)[];
  handovers: number[];
  labels: { outOfScopeRate: string; clarificationRate: string; satisfaction: string; handovers: string; answers: string; recommended: string };
}

/** Axis labels stay readable: long procedure titles are cut (the data table has them whole). */
const MAX_LABEL = 38;
const short = (label: string) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1).trimEnd()}…` : label);

export function chartData({ report, names, texts }: Pick<PilotagePageInput, 'report' | 'names' | 'texts'>): ChartData {
  const ratio = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);
  return {
    weeks: report.weeks.map((w) => w.week),
    channels: report.channels.map((id) => ({ label: names.channel(id), values: report.weeks.map((w) => w.byChannel[id] ?? 0) })),
    partners: report.byPartner.map((p) => ({ label: names.partner(p.partner), value: p.answers })),
    procedures: report.topProcedures.map((p) => ({ label: short(names.procedure(p.procedure)), value: p.answers })),
    sites: report.topSites.map((s) => ({ label: short(names.site(s.site)), value: s.recommended })),
    outOfScopeRate: report.weeks.map((w) => ratio(w.outOfScope, w.questions)),
    clarificationRate: report.weeks.map((w) => ratio(w.clarifications, w.questions)),
    satisfaction: report.weeks.map((w) => ratio(w.helpful, w.helpful + w.notHelpful)),
    handovers: report.weeks.map((w) => w.handovers),
    labels: {
      outOfScopeRate: texts.totals.outOfScopeRate,
      clarificationRate: texts.totals.clarificationRate,
      satisfaction: texts.totals.satisfaction,
      handovers: texts.totals.handovers,
      answers: texts.columns.answers,
      recommended: texts.columns.recommended,
    },
  };
}

/** JSON inside <script type="application/json">: "<" escaped so no text can close the element. */
function embedJson(value: unknown): SafeHtml {
  return new SafeHtml(JSON.stringify(value).replace(/</g, '\\u003c'));
}

function table(caption: string, headers: string[], rows: (string | number)[][]): SafeHtml {
  return html`<div class="fr-table fr-table--no-caption fr-mb-0"><div class="fr-table__wrapper"><div class="fr-table__container"><div class="fr-table__content">
<table><caption>${caption}</caption>
<thead><tr>${headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${rows.map((r) => html`<tr>${r.map((cell, i) => (i === 0 ? html`<th scope="row">${cell}</th>` : html`<td class="${typeof cell === 'number' || /^\d+ %$/.test(cell) ? 'num' : ''}">${cell}</td>`))}</tr>`)}</tbody>
</table></div></div></div></div>`;
}

function chartBlock(id: string, title: string, dataTable: SafeHtml, texts: PilotageTexts, print: boolean): SafeHtml {
  return html`<section class="fr-col-12 fr-col-lg-6 chart-block" aria-labelledby="${id}-title">
<h2 class="fr-h5" id="${id}-title">${title}</h2>
<div class="chart"><canvas id="${id}" role="img" aria-label="${title}"></canvas></div>
<details${print ? new SafeHtml(' open') : ''}><summary>${texts.charts.dataTable}</summary>${dataTable}</details>
</section>`;
}

function tile(label: string, value: string | number, id: string): SafeHtml {
  return html`<div class="fr-col-6 fr-col-md-4 fr-col-lg-3"><div class="tile"><p class="tile__value" id="total-${id}">${value}</p><p class="tile__label">${label}</p></div></div>`;
}

function filters(input: PilotagePageInput): SafeHtml {
  const { texts, report, partners } = input;
  const f = texts.filters;
  const query = new URLSearchParams();
  if (report.filter.from) query.set('du', report.filter.from);
  if (report.filter.to) query.set('au', report.filter.to);
  if (report.filter.partner) query.set('partenaire', report.filter.partner);
  const printQuery = new URLSearchParams(query);
  printQuery.set('impression', '1');
  return html`<form class="filters no-print" method="get" action="/pilotage">
<fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">${f.legend}</legend>
<div class="fr-fieldset__element fr-fieldset__element--inline"><div class="fr-input-group"><label class="fr-label" for="du">${f.from}</label><input class="fr-input" type="month" id="du" name="du" value="${report.filter.from ?? ''}"></div></div>
<div class="fr-fieldset__element fr-fieldset__element--inline"><div class="fr-input-group"><label class="fr-label" for="au">${f.to}</label><input class="fr-input" type="month" id="au" name="au" value="${report.filter.to ?? ''}"></div></div>
<div class="fr-fieldset__element fr-fieldset__element--inline"><div class="fr-select-group"><label class="fr-label" for="partenaire">${f.partner}</label><select class="fr-select" id="partenaire" name="partenaire">
<option value="">${f.allPartners}</option>
${partners.map((p) => html`<option value="${p.id}"${p.id === report.filter.partner ? new SafeHtml(' selected') : ''}>${p.name}</option>`)}
</select></div></div>
<div class="fr-fieldset__element fr-fieldset__element--inline"><button class="fr-btn" type="submit">${f.apply}</button></div>
</fieldset>
<ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
<li><a class="fr-btn fr-btn--secondary" href="/pilotage?${printQuery.toString()}">${f.print}</a></li>
<li><a class="fr-btn fr-btn--secondary" href="/pilotage/export.csv?${query.toString()}" download>${f.csv}</a></li>
</ul>
</form>`;
}

export function pilotagePage(input: PilotagePageInput): string {
  const { report, names, texts, print } = input;
  const t = texts.totals;
  const c = texts.columns;
  const ch = texts.charts;
  const n = report.totals;
  const pct = (v: number | null) => percent(v, texts.none);
  const weeks = report.weeks;
  return html`<!doctype html>
<html lang="fr" data-fr-scheme="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${texts.title} – Préfecture de l'Oise</title>
<link rel="icon" href="/assets/dsfr/favicon/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/dsfr/dsfr.min.css">
<link rel="stylesheet" href="/pilotage/assets/pilotage.css">
<script src="/pilotage/assets/chart.umd.min.js" defer></script>
<script src="/pilotage/assets/pilotage.js" defer></script>
</head>
<body class="${print ? 'print' : ''}">
<header class="fr-header"><div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row">
<div class="fr-header__brand"><div class="fr-header__brand-top"><div class="fr-header__logo"><p class="fr-logo">Préfet<br>de l'Oise</p></div></div>
<div class="fr-header__service"><p class="fr-header__service-title">${texts.title}</p><p class="fr-header__service-tagline">${texts.subtitle}</p></div></div>
</div></div></div></header>
<main id="contenu" class="fr-container fr-my-4w">
<h1 class="fr-h2">${texts.title}</h1>
<p class="fr-text--lead" id="periode">${periodLabel(report, texts)}${report.filter.partner ? ` — ${names.partner(report.filter.partner)}` : ''}</p>
<p class="fr-text--sm">${texts.anonymity} ${fill(texts.source, { store: input.store })}</p>
${filters(input)}
<section aria-label="${t.questions}"><div class="fr-grid-row fr-grid-row--gutters fr-mb-4w">
${tile(t.questions, n.questions, 'questions')}
${tile(t.conversations, n.conversations ?? texts.none, 'conversations')}
${tile(t.answers, n.answers, 'answers')}
${tile(t.clarifications, n.clarifications, 'clarifications')}
${tile(t.outOfScope, n.outOfScope, 'out-of-scope')}
${tile(t.handovers, n.handovers, 'handovers')}
${tile(t.outOfScopeRate, pct(n.outOfScopeRate), 'out-of-scope-rate')}
${tile(t.satisfaction, pct(n.satisfaction), 'satisfaction')}
</div></section>
<div class="fr-grid-row fr-grid-row--gutters">
${chartBlock(
  'chart-weeks',
  ch.perWeek,
  table(
    ch.perWeek,
    [c.week, ...report.channels.map((id) => names.channel(id)), c.questions],
    weeks.map((w) => [w.week, ...report.channels.map((id) => w.byChannel[id] ?? 0), w.questions]),
  ),
  texts,
  print,
)}
${chartBlock(
  'chart-partners',
  ch.perPartner,
  table(
    ch.perPartner,
    [c.partner, c.answers],
    report.byPartner.map((p) => [names.partner(p.partner), p.answers]),
  ),
  texts,
  print,
)}
${chartBlock(
  'chart-procedures',
  ch.topProcedures,
  table(
    ch.topProcedures,
    [c.procedure, c.answers, c.helpful, c.notHelpful],
    report.topProcedures.map((p) => [names.procedure(p.procedure), p.answers, p.helpful, p.notHelpful]),
  ),
  texts,
  print,
)}
${chartBlock(
  'chart-rates',
  ch.rates,
  table(
    ch.rates,
    [c.week, c.questions, c.outOfScope, c.clarifications],
    weeks.map((w) => [w.week, w.questions, w.outOfScope, w.clarifications]),
  ),
  texts,
  print,
)}
${chartBlock(
  'chart-sites',
  ch.topSites,
  table(
    ch.topSites,
    [c.site, c.recommended, c.communes],
    report.topSites.map((s) => [names.site(s.site), s.recommended, s.communes.map((x) => `${names.commune(x.commune)} (${x.count})`).join(', ')]),
  ),
  texts,
  print,
)}
${chartBlock(
  'chart-satisfaction',
  ch.satisfaction,
  table(
    ch.satisfaction,
    [c.week, c.helpful, c.notHelpful, c.satisfaction],
    weeks.map((w) => [w.week, w.helpful, w.notHelpful, pct(w.satisfaction)]),
  ),
  texts,
  print,
)}
${chartBlock(
  'chart-handovers',
  ch.handovers,
  table(
    ch.handovers,
    [c.week, c.handovers],
    weeks.map((w) => [w.week, w.handovers]),
  ),
  texts,
  print,
)}
</div>
<section class="fr-mt-4w" aria-labelledby="review-title">
<h2 class="fr-h4" id="review-title">${texts.review.title}</h2>
<p>${texts.review.intro}</p>
${
  report.toReview.length
    ? table(
        texts.review.title,
        [c.text, c.kind, c.count],
        report.toReview.map((q) => [q.text, texts.review.kinds[q.kind], q.count]),
      )
    : html`<p>${texts.review.none}</p>`
}
</section>
</main>
<script type="application/json" id="pilotage-data">${embedJson(chartData(input))}</script>
</body>
</html>
`.value;
}

/** The page shown without access: a form for the token, or the sign-in notice. */
export function accessPage(texts: PilotageTexts, state: 'form' | 'wrong' | 'disabled'): string {
  const a = texts.auth;
  return html`<!doctype html>
<html lang="fr" data-fr-scheme="light">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${a.title} – ${texts.title}</title>
<link rel="icon" href="/assets/dsfr/favicon/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/dsfr/dsfr.min.css"><link rel="stylesheet" href="/pilotage/assets/pilotage.css"></head>
<body><main id="contenu" class="fr-container fr-my-6w">
<h1 class="fr-h3">${a.title}</h1>
${
  state === 'disabled'
    ? html`<p>${a.disabled}</p>`
    : html`<p>${a.intro}</p>
${state === 'wrong' ? html`<div class="fr-alert fr-alert--error fr-alert--sm fr-mb-2w" role="alert"><p>${a.wrong}</p></div>` : ''}
<form method="post" action="/pilotage/session">
<div class="fr-input-group"><label class="fr-label" for="jeton">${a.token}</label><input class="fr-input" type="password" id="jeton" name="jeton" autocomplete="current-password" required></div>
<button class="fr-btn" type="submit">${a.submit}</button>
</form>`
}
</main></body></html>
`.value;
}
