import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { pilotageCsv } from '../../src/pilotage/csv.js';
import { formatPilotageReport } from '../../src/pilotage/format.js';
import { namesFrom } from '../../src/pilotage/names.js';
import { buildPilotageReport, weekOf } from '../../src/pilotage/report.js';
import { generateMonth } from './generate.js';

const knowledge = loadKnowledge();
const names = namesFrom(knowledge);
const texts = knowledge.pilotage;

describe('pilotage report', () => {
  const { events, expected } = generateMonth();

  it('counts every kind of event as generated', () => {
    const { totals } = buildPilotageReport(events);
    expect(totals).toMatchObject({
      questions: expected.questions,
      answers: expected.answers,
      clarifications: expected.clarifications,
      outOfScope: expected.outOfScope,
      handovers: expected.handovers,
      helpful: expected.helpful,
      notHelpful: expected.notHelpful,
    });
    expect(totals.outOfScopeRate).toBeCloseTo(expected.outOfScope / expected.questions);
    expect(totals.clarificationRate).toBeCloseTo(expected.clarifications / expected.questions);
    expect(totals.satisfaction).toBeCloseTo(expected.helpful / (expected.helpful + expected.notHelpful));
  });

  it('splits questions per week and channel so that the weeks add up to the month', () => {
    const report = buildPilotageReport(events);
    expect(report.weeks.reduce((sum, w) => sum + w.questions, 0)).toBe(expected.questions);
    for (const channel of report.channels) {
      expect(report.weeks.reduce((sum, w) => sum + (w.byChannel[channel] ?? 0), 0)).toBe(expected.byChannel[channel]);
    }
    expect(Object.fromEntries(report.byPartner.map((p) => [p.partner, p.answers]))).toEqual(expected.byPartner);
  });

  it('weeks start on Monday, across months and years', () => {
    expect(weekOf('2026-12-01')).toBe('2026-11-30');
    expect(weekOf('2026-11-30')).toBe('2026-11-30');
    expect(weekOf('2027-01-03')).toBe('2026-12-28');
  });

  it('filters by period and by partner', () => {
    const october = generateMonth('2026-10', 100, 7).events;
    const both = [...october, ...events];
    expect(buildPilotageReport(both, { from: '2026-11', to: '2026-11' }).totals.questions).toBe(expected.questions);
    const caf = buildPilotageReport(events, { partner: 'caf' });
    expect(caf.byPartner).toEqual([{ partner: 'caf', answers: expected.byPartner['caf'] }]);
    expect(caf.totals.outOfScope).toBe(0);
  });

  it('lists the sites recommended with the communes of the users they were recommended to', () => {
    const sited = [
      { ...events[0]!, kind: 'answer' as const, sites: ['a', 'b'], commune: '60057' },
      { ...events[0]!, kind: 'answer' as const, sites: ['a'], commune: '60175' },
      { ...events[0]!, kind: 'answer' as const, sites: ['a'], commune: '60057' },
    ];
    const { topSites } = buildPilotageReport(sited);
    expect(topSites[0]).toEqual({
      site: 'a',
      recommended: 3,
      communes: [
        { commune: '60057', count: 2 },
        { commune: '60175', count: 1 },
      ],
    });
  });

  it('groups the masked questions to review and keeps only unanswered or disliked ones', () => {
    const { toReview } = buildPilotageReport(events);
    expect(toReview.find((q) => q.text === 'quel temps demain')?.kind).toBe('out_of_scope');
    expect(toReview.find((q) => q.kind === 'disliked')?.count).toBe(expected.notHelpful);
  });

  it('exports a CSV whose counts add up to the generated totals, named from the knowledge', () => {
    const rows = parse(pilotageCsv(events, {}, names, texts), { delimiter: ';', bom: true, columns: true }) as Record<string, string>[];
    const sum = (kind: string) =>
      rows.filter((r) => r[texts.columns.type] === texts.kinds[kind as keyof typeof texts.kinds]).reduce((s, r) => s + Number(r[texts.columns.count]), 0);
    expect(sum('answer')).toBe(expected.answers);
    expect(sum('clarify')).toBe(expected.clarifications);
    expect(sum('out_of_scope')).toBe(expected.outOfScope);
    expect(sum('handover')).toBe(expected.handovers);
    expect(rows.reduce((s, r) => s + Number(r[texts.columns.helpful]), 0)).toBe(expected.helpful);
    const caf = knowledge.partners.find((p) => p.id === 'caf')!.shortName;
    expect(
      rows
        .filter((r) => r[texts.columns.partner] === caf && r[texts.columns.type] === texts.kinds.answer)
        .reduce((s, r) => s + Number(r[texts.columns.count]), 0),
    ).toBe(expected.byPartner['caf']);
  });

  it('prints the same figures as text for npm run report', () => {
    const text = formatPilotageReport(buildPilotageReport(events), names, texts, 'test');
    expect(text).toContain(texts.title);
    expect(text).toMatch(new RegExp(`${texts.totals.questions}\\s+${expected.questions}\\b`));
    expect(text).toMatch(new RegExp(`${texts.totals.handovers}\\s+${expected.handovers}\\b`));
    expect(text).toContain(knowledge.partners.find((p) => p.id === 'caf')!.shortName);
  });
});
