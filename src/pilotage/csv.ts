/**
 * The CSV export of the dashboard: one row per week, channel, partner, procedure and kind of
 * event, with its count, so that a spreadsheet can sum any figure of the dashboard. Semicolons and
 * a byte-order mark, as French spreadsheet software expects.
 */
import { stringify } from 'csv-stringify/sync';
import type { PilotageTexts } from '../knowledge/schemas/pilotage.js';
import type { UsageEvent } from '../usage/events.js';
import type { PilotageNames } from './names.js';
import { selectEvents, weekOf, type PilotageFilter } from './report.js';

export function pilotageCsv(all: readonly UsageEvent[], filter: PilotageFilter, names: PilotageNames, texts: PilotageTexts): string {
  const rows = new Map<string, { cells: string[]; count: number; helpful: number; notHelpful: number }>();
  for (const e of selectEvents(all, filter)) {
    const cells = [
      weekOf(e.day),
      e.day.slice(0, 7),
      names.channel(e.channel),
      e.partner ? names.partner(e.partner) : '',
      e.procedure ? names.procedure(e.procedure) : '',
      texts.kinds[e.kind],
    ];
    const key = cells.join('\u0000');
    const row = rows.get(key) ?? { cells, count: 0, helpful: 0, notHelpful: 0 };
    row.count++;
    if (e.helpful === true) row.helpful++;
    if (e.helpful === false) row.notHelpful++;
    rows.set(key, row);
  }
  const c = texts.columns;
  const header = [c.week, c.month, c.channel, c.partner, c.procedure, c.type, c.count, c.helpful, c.notHelpful];
  const body = [...rows.values()]
    .sort((a, b) => a.cells.join('|').localeCompare(b.cells.join('|')))
    .map((r) => [...r.cells, String(r.count), String(r.helpful), String(r.notHelpful)]);
  return stringify([header, ...body], { delimiter: ';', bom: true, record_delimiter: 'windows' });
}
