import type { FeedbackEvent } from './feedback.js';
import { simplify } from './texts.js';

/** Anonymous figures for a comité de pilotage: volumes, partners, procedures, satisfaction, gaps. */
export interface FeedbackReport {
  from: string | null;
  to: string | null;
  questions: number;
  unanswered: number;
  helpful: number;
  notHelpful: number;
  /** helpful / (helpful + notHelpful), null without any opinion. */
  satisfaction: number | null;
  byMonth: { month: string; questions: number; unanswered: number; helpful: number; notHelpful: number; satisfaction: number | null }[];
  byPartner: { partner: string; questions: number }[];
  byProcedure: { procedure: string; questions: number; helpful: number; notHelpful: number }[];
  byChannel: { channel: string; questions: number }[];
  topUnanswered: { text: string; count: number }[];
}

const rate = (yes: number, no: number) => (yes + no === 0 ? null : yes / (yes + no));

function countBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

const byCountDesc = <T extends { questions: number }>(a: T, b: T) => b.questions - a.questions;

export function buildReport(events: readonly FeedbackEvent[], range: { from?: string; to?: string } = {}, top = 10): FeedbackReport {
  const answers = events.filter((e) => e.kind === 'answer');
  const opinions = events.filter((e) => e.kind === 'feedback');
  const yes = (list: readonly FeedbackEvent[]) => list.filter((e) => e.helpful === true).length;
  const no = (list: readonly FeedbackEvent[]) => list.filter((e) => e.helpful === false).length;
  const months = [...new Set(events.map((e) => e.month))].sort();
  const unanswered = answers.filter((e) => e.unanswered);
  const texts = countBy(unanswered.filter((e) => e.text), (e) => simplify(e.text ?? ''));
  return {
    from: range.from ?? null,
    to: range.to ?? null,
    questions: answers.length,
    unanswered: unanswered.length,
    helpful: yes(opinions),
    notHelpful: no(opinions),
    satisfaction: rate(yes(opinions), no(opinions)),
    byMonth: months.map((month) => {
      const a = answers.filter((e) => e.month === month);
      const o = opinions.filter((e) => e.month === month);
      return { month, questions: a.length, unanswered: a.filter((e) => e.unanswered).length, helpful: yes(o), notHelpful: no(o), satisfaction: rate(yes(o), no(o)) };
    }),
    byPartner: [...countBy(answers, (e) => e.partner)].map(([partner, list]) => ({ partner, questions: list.length })).sort(byCountDesc),
    byProcedure: [...countBy(answers, (e) => e.procedure)]
      .map(([procedure, list]) => {
        const o = opinions.filter((e) => e.procedure === procedure);
        return { procedure, questions: list.length, helpful: yes(o), notHelpful: no(o) };
      })
      .sort(byCountDesc),
    byChannel: [...countBy(answers, (e) => e.channel)].map(([channel, list]) => ({ channel, questions: list.length })).sort(byCountDesc),
    topUnanswered: [...texts.values()]
      .map((list) => ({ text: list[0]?.text ?? '', count: list.length }))
      .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text))
      .slice(0, top),
  };
}

const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)} %`);

/** A plain text table: columns padded, numbers right-aligned. */
function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** The report in French, readable in a terminal or pasted in an e-mail. */
export function formatReport(report: FeedbackReport, names: { partner?: (id: string) => string; procedure?: (id: string) => string } = {}): string {
  const partnerName = names.partner ?? ((id: string) => id);
  const procedureName = names.procedure ?? ((id: string) => id);
  const period = report.from || report.to ? `de ${report.from ?? 'début'} à ${report.to ?? "aujourd'hui"}` : 'toute la période';
  return [
    `Assistant France services de l'Oise : bilan anonyme (${period})`,
    '',
    `Questions reçues : ${report.questions}`,
    `Questions sans réponse : ${report.unanswered}`,
    `Avis « utile » : ${report.helpful} ; avis « pas utile » : ${report.notHelpful} (satisfaction : ${percent(report.satisfaction)})`,
    '',
    'Par mois',
    table(['Mois', 'Questions', 'Sans réponse', 'Utile', 'Pas utile', 'Satisfaction'], report.byMonth.map((m) => [m.month, m.questions, m.unanswered, m.helpful, m.notHelpful, percent(m.satisfaction)])),
    '',
    'Par partenaire',
    table(['Partenaire', 'Questions'], report.byPartner.map((p) => [partnerName(p.partner), p.questions])),
    '',
    'Par démarche',
    table(['Démarche', 'Questions', 'Utile', 'Pas utile'], report.byProcedure.map((p) => [procedureName(p.procedure), p.questions, p.helpful, p.notHelpful])),
    '',
    'Par canal',
    table(['Canal', 'Questions'], report.byChannel.map((c) => [c.channel, c.questions])),
    '',
    'Questions sans réponse les plus fréquentes (données personnelles masquées)',
    report.topUnanswered.length ? table(['Question', 'Nombre'], report.topUnanswered.map((q) => [q.text, q.count])) : 'Aucune.',
  ].join('\n');
}
