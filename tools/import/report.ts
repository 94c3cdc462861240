import type { SiteAnomaly } from '../../src/knowledge/schemas/site.js';

export function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Readable anomaly list, grouped by kind: one line per problem with its status. */
export function anomalyReport(anomalies: SiteAnomaly[], title: string): string {
  const lines = [`Anomalies ${title} : ${anomalies.length} (corrigées : ${anomalies.filter((a) => a.status === 'corrected').length})`];
  const kinds = [...new Set(anomalies.map((a) => a.kind))].sort();
  for (const kind of kinds) {
    const list = anomalies.filter((a) => a.kind === kind);
    lines.push(`  ${kind} (${list.length})`);
    for (const a of list) {
      const mark = a.status === 'corrected' ? 'corrigé ' : 'signalé ';
      lines.push(`    [${mark}] ${a.siteId} ${a.siteName} › ${a.field} : ${a.detail}${a.raw ? ` — brut : « ${oneLine(a.raw)} »` : ''}`);
    }
  }
  return lines.join('\n');
}

const oneLine = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text).replace(/\s+/g, ' ');
