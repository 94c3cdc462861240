import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FeedbackLog, type NewFeedbackEvent } from '../../src/bot/feedback.js';
import { buildReport, formatReport } from '../../src/bot/feedbackReport.js';

const base = { kind: 'answer' as const, channel: 'webchat', intent: 'procedure', procedure: 'carte-vitale', partner: 'assurance-maladie', helpful: null, unanswered: false };

/** Writes events as the bot does, month by month. */
async function logWith(months: Record<string, NewFeedbackEvent[]>): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'report-'));
  for (const [month, events] of Object.entries(months)) {
    const log = new FeedbackLog(dir, () => new Date(`${month}-15T12:00:00Z`));
    for (const event of events) log.record(event);
    await log.flush();
  }
  return dir;
}

const sample = {
  '2026-10': [base, base, { ...base, kind: 'feedback' as const, helpful: true }, { ...base, intent: 'out_of_scope', procedure: null, partner: null, unanswered: true, text: 'quel temps fait-il' }],
  '2026-11': [
    { ...base, procedure: 'rsa', partner: 'msa', channel: 'msteams' },
    { ...base, kind: 'feedback' as const, procedure: 'rsa', partner: 'msa', helpful: false, text: 'rsa agriculteur' },
    { ...base, kind: 'feedback' as const, helpful: true },
    { ...base, intent: 'out_of_scope', procedure: null, partner: null, unanswered: true, text: 'Quel temps fait-il ?' },
    { ...base, intent: 'procedure', procedure: null, partner: null, unanswered: true, text: 'mon IBAN FR76 3000 6000 0112 3456 7890 189' },
  ],
};

describe('feedback report', () => {
  it('counts questions, unanswered ones and opinions per month, partner and procedure', async () => {
    const { events } = await new FeedbackLog(await logWith(sample)).read();
    const report = buildReport(events);
    expect(report.questions).toBe(6);
    expect(report.unanswered).toBe(3);
    expect([report.helpful, report.notHelpful]).toEqual([2, 1]);
    expect(report.satisfaction).toBeCloseTo(2 / 3);
    expect(report.byMonth.map((m) => [m.month, m.questions, m.unanswered, m.helpful, m.notHelpful])).toEqual([
      ['2026-10', 3, 1, 1, 0],
      ['2026-11', 3, 2, 1, 1],
    ]);
    expect(report.byPartner).toEqual([{ partner: 'assurance-maladie', questions: 2 }, { partner: 'msa', questions: 1 }]);
    expect(report.byProcedure.find((p) => p.procedure === 'rsa')).toEqual({ procedure: 'rsa', questions: 1, helpful: 0, notHelpful: 1 });
    expect(report.byChannel).toEqual([{ channel: 'webchat', questions: 5 }, { channel: 'msteams', questions: 1 }]);
    // Same question typed twice differently is counted once, twice; the IBAN never shows.
    expect(report.topUnanswered).toEqual([{ text: 'quel temps fait-il', count: 2 }, { text: 'mon IBAN [masqué]', count: 1 }]);
  });

  it('limits the report to the months asked for', async () => {
    const { events } = await new FeedbackLog(await logWith(sample)).read({ from: '2026-11', to: '2026-11' });
    expect(buildReport(events).questions).toBe(3);
  });

  it('prints a French table with the satisfaction rate', async () => {
    const { events } = await new FeedbackLog(await logWith(sample)).read();
    const text = formatReport(buildReport(events), { partner: (id) => (id === 'msa' ? 'MSA' : id) });
    expect(text).toContain('Questions reçues : 6');
    expect(text).toContain('satisfaction : 67 %');
    expect(text).toMatch(/2026-11\s+3\s+2\s+1\s+1\s+50 %/);
    expect(text).toMatch(/MSA\s+1/);
  });

  it('runs as npm run report, in French or as JSON, and rejects a malformed month', async () => {
    const dir = await logWith(sample);
    const run = (...args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/report.ts', '--dir', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(run()).toContain('Questions sans réponse : 3');
    expect(JSON.parse(run('--json', '--from', '2026-10', '--to', '2026-10')).questions).toBe(3);
    expect(() => run('--from', '2026-13')).toThrow(/AAAA-MM/);
  });
});
