/** The pilotage report as plain text (`npm run report`): the dashboard's figures, table by table. */
import { fill } from '../knowledge/fill.js';
import type { PilotageTexts } from '../knowledge/schemas/pilotage.js';
import type { PilotageNames } from './names.js';
import type { PilotageReport } from './report.js';

export const percent = (value: number | null, none = '–') => (value === null ? none : `${Math.round(value * 100)} %`);

/** A plain text table: columns padded, numbers right-aligned. */
function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function periodLabel(report: PilotageReport, texts: PilotageTexts): string {
  const { from, to } = report.filter;
  return from || to ? fill(texts.period, { from: from ?? '…', to: to ?? '…' }) : texts.periodAll;
}

export function formatPilotageReport(report: PilotageReport, names: PilotageNames, texts: PilotageTexts, store: string): string {
  const t = texts.totals;
  const c = texts.columns;
  const ch = texts.charts;
  const pct = (v: number | null) => percent(v, texts.none);
  const n = report.totals;
  const partnerLine = report.filter.partner ? ` — ${texts.filters.partner} : ${names.partner(report.filter.partner)}` : '';
  const section = (title: string, body: string) => `${title}\n${body}`;
  return [
    `${texts.title} — ${periodLabel(report, texts)}${partnerLine}`,
    fill(texts.source, { store }),
    '',
    table(
      [c.type, c.count],
      [
        [t.questions, n.questions],
        [t.conversations, n.conversations ?? texts.none],
        [t.answers, n.answers],
        [t.clarifications, n.clarifications],
        [t.outOfScope, n.outOfScope],
        [t.handovers, n.handovers],
        [t.outOfScopeRate, pct(n.outOfScopeRate)],
        [t.clarificationRate, pct(n.clarificationRate)],
        [t.satisfaction, `${pct(n.satisfaction)} (${n.helpful} / ${n.helpful + n.notHelpful})`],
      ],
    ),
    '',
    section(
      ch.perWeek,
      table(
        [c.week, c.questions, ...report.channels.map((id) => names.channel(id)), c.outOfScope, c.clarifications, c.handovers, c.satisfaction],
        report.weeks.map((w) => [
          w.week,
          w.questions,
          ...report.channels.map((id) => w.byChannel[id] ?? 0),
          w.outOfScope,
          w.clarifications,
          w.handovers,
          pct(w.satisfaction),
        ]),
      ),
    ),
    '',
    section(
      ch.perPartner,
      table(
        [c.partner, c.answers],
        report.byPartner.map((p) => [names.partner(p.partner), p.answers]),
      ),
    ),
    '',
    section(
      ch.topProcedures,
      table(
        [c.procedure, c.answers, c.helpful, c.notHelpful],
        report.topProcedures.map((p) => [names.procedure(p.procedure), p.answers, p.helpful, p.notHelpful]),
      ),
    ),
    '',
    section(
      ch.topSites,
      table(
        [c.site, c.recommended, c.communes],
        report.topSites.map((s) => [names.site(s.site), s.recommended, s.communes.map((x) => `${names.commune(x.commune)} (${x.count})`).join(', ')]),
      ),
    ),
    '',
    section(
      texts.review.title,
      report.toReview.length
        ? table(
            [c.text, c.kind, c.count],
            report.toReview.map((q) => [q.text, texts.review.kinds[q.kind], q.count]),
          )
        : texts.review.none,
    ),
  ].join('\n');
}
