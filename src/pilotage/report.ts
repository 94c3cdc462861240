/**
 * The figures of the comité de pilotage, computed from usage events: volumes per week and channel,
 * partners and procedures, out-of-scope and clarification rates, France services recommended and
 * the communes they serve, satisfaction, hand-over requests, and the masked questions to review.
 * Pure: the dashboard, its CSV export and `npm run report` all show exactly these numbers.
 */
import { normalizeChars } from '../orientation/text/normalize.js';
import { inRange, monthOf, type UsageEvent, type UsageRange } from '../usage/events.js';

export interface PilotageFilter extends UsageRange {
  /** Keep only the events of this partner (out-of-scope questions have none). */
  partner?: string;
}

export interface WeekRow {
  /** Monday of the week (YYYY-MM-DD). */
  week: string;
  questions: number;
  byChannel: Record<string, number>;
  outOfScope: number;
  clarifications: number;
  handovers: number;
  helpful: number;
  notHelpful: number;
  satisfaction: number | null;
}

export interface PilotageReport {
  filter: PilotageFilter;
  totals: {
    /** Every message the assistant had to understand: answers, clarifications, out of scope. */
    questions: number;
    answers: number;
    clarifications: number;
    outOfScope: number;
    handovers: number;
    helpful: number;
    notHelpful: number;
    satisfaction: number | null;
    outOfScopeRate: number | null;
    clarificationRate: number | null;
    /** Distinct conversations (salted hashes); null when none was counted. */
    conversations: number | null;
  };
  channels: string[];
  weeks: WeekRow[];
  byChannel: { channel: string; questions: number }[];
  byPartner: { partner: string; answers: number }[];
  topProcedures: { procedure: string; partner: string | null; answers: number; helpful: number; notHelpful: number }[];
  topSites: { site: string; recommended: number; communes: { commune: string; count: number }[] }[];
  /** Masked questions that went unanswered or whose answer did not help, most frequent first. */
  toReview: { text: string; kind: 'out_of_scope' | 'disliked'; count: number; procedure: string | null }[];
}

const QUESTION_KINDS = new Set(['answer', 'clarify', 'out_of_scope']);
const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** Monday of the ISO week of a day, computed on the calendar (no time zone involved). */
export function weekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const back = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - back);
  return date.toISOString().slice(0, 10);
}

function increment<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

const sortedDesc = <K>(map: Map<K, number>) => [...map].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));

export function selectEvents(events: readonly UsageEvent[], filter: PilotageFilter): UsageEvent[] {
  return events.filter((e) => inRange(monthOf(e), filter) && (!filter.partner || e.partner === filter.partner));
}

export function buildPilotageReport(all: readonly UsageEvent[], filter: PilotageFilter = {}, top = 10): PilotageReport {
  const events = selectEvents(all, filter);
  const questions = events.filter((e) => QUESTION_KINDS.has(e.kind));
  const count = (kind: UsageEvent['kind']) => events.filter((e) => e.kind === kind).length;
  const opinions = events.filter((e) => e.kind === 'feedback');
  const helpful = opinions.filter((e) => e.helpful === true).length;
  const notHelpful = opinions.filter((e) => e.helpful === false).length;
  const hashes = new Set(events.map((e) => e.conversation).filter((c): c is string => c !== null));
  const channels = [...new Set(questions.map((e) => e.channel))].sort();

  return {
    filter,
    totals: {
      questions: questions.length,
      answers: count('answer'),
      clarifications: count('clarify'),
      outOfScope: count('out_of_scope'),
      handovers: count('handover'),
      helpful,
      notHelpful,
      satisfaction: rate(helpful, helpful + notHelpful),
      outOfScopeRate: rate(count('out_of_scope'), questions.length),
      clarificationRate: rate(count('clarify'), questions.length),
      conversations: hashes.size > 0 ? hashes.size : null,
    },
    channels,
    weeks: weekRows(events),
    byChannel: sortedDesc(countMap(questions, (e) => e.channel)).map(([channel, n]) => ({ channel, questions: n })),
    byPartner: sortedDesc(
      countMap(
        events.filter((e) => e.kind === 'answer'),
        (e) => e.partner,
      ),
    ).map(([partner, n]) => ({ partner, answers: n })),
    topProcedures: topProcedures(events, top),
    topSites: topSites(events, top),
    toReview: toReview(events, top * 3),
  };
}

function countMap(events: readonly UsageEvent[], key: (e: UsageEvent) => string | null): Map<string, number> {
  const map = new Map<string, number>();
  for (const e of events) {
    const k = key(e);
    if (k !== null) increment(map, k);
  }
  return map;
}

function weekRows(events: readonly UsageEvent[]): WeekRow[] {
  const rows = new Map<string, WeekRow>();
  for (const e of events) {
    const week = weekOf(e.day);
    let row = rows.get(week);
    if (!row) {
      row = { week, questions: 0, byChannel: {}, outOfScope: 0, clarifications: 0, handovers: 0, helpful: 0, notHelpful: 0, satisfaction: null };
      rows.set(week, row);
    }
    if (QUESTION_KINDS.has(e.kind)) {
      row.questions++;
      row.byChannel[e.channel] = (row.byChannel[e.channel] ?? 0) + 1;
    }
    if (e.kind === 'out_of_scope') row.outOfScope++;
    if (e.kind === 'clarify') row.clarifications++;
    if (e.kind === 'handover') row.handovers++;
    if (e.kind === 'feedback' && e.helpful === true) row.helpful++;
    if (e.kind === 'feedback' && e.helpful === false) row.notHelpful++;
  }
  return [...rows.values()]
    .map((row) => ({ ...row, satisfaction: rate(row.helpful, row.helpful + row.notHelpful) }))
    .sort((a, b) => a.week.localeCompare(b.week));
}

function topProcedures(events: readonly UsageEvent[], top: number): PilotageReport['topProcedures'] {
  const answers = countMap(
    events.filter((e) => e.kind === 'answer'),
    (e) => e.procedure,
  );
  return sortedDesc(answers)
    .slice(0, top)
    .map(([procedure, n]) => {
      const opinions = events.filter((e) => e.kind === 'feedback' && e.procedure === procedure);
      return {
        procedure,
        partner: events.find((e) => e.procedure === procedure && e.partner)?.partner ?? null,
        answers: n,
        helpful: opinions.filter((e) => e.helpful === true).length,
        notHelpful: opinions.filter((e) => e.helpful === false).length,
      };
    });
}

function topSites(events: readonly UsageEvent[], top: number): PilotageReport['topSites'] {
  const recommended = new Map<string, number>();
  const communes = new Map<string, Map<string, number>>();
  for (const e of events) {
    for (const site of e.sites) {
      increment(recommended, site);
      if (!e.commune) continue;
      const served = communes.get(site) ?? new Map<string, number>();
      increment(served, e.commune);
      communes.set(site, served);
    }
  }
  return sortedDesc(recommended)
    .slice(0, top)
    .map(([site, n]) => ({
      site,
      recommended: n,
      communes: sortedDesc(communes.get(site) ?? new Map())
        .slice(0, 5)
        .map(([commune, c]) => ({ commune, count: c })),
    }));
}

function toReview(events: readonly UsageEvent[], top: number): PilotageReport['toReview'] {
  const groups = new Map<string, PilotageReport['toReview'][number]>();
  for (const e of events) {
    if (!e.text) continue;
    const kind = e.kind === 'feedback' ? 'disliked' : e.kind === 'out_of_scope' ? 'out_of_scope' : null;
    if (!kind || (kind === 'disliked' && e.helpful !== false)) continue;
    const key = `${kind}|${normalizeChars(e.text).replace(/\s+/g, ' ').trim()}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { text: e.text, kind, count: 1, procedure: e.procedure });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)).slice(0, top);
}
