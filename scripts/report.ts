/**
 * Anonymous usage report from the feedback log.
 * Usage: npm run report [-- --from 2026-01 --to 2026-12] [--json] [--dir data/feedback]
 */
import { parseArgs } from 'node:util';
import { FeedbackLog } from '../src/bot/feedback.js';
import { buildReport, formatReport } from '../src/bot/feedbackReport.js';
import { defaultKnowledgeDir, loadPartners, loadProcedures } from '../src/knowledge/load.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean', default: false }, dir: { type: 'string', default: 'data/feedback' } } }));
  } catch (err) {
    console.error(`Option invalide : ${(err as Error).message}`);
    return 2;
  }
  for (const key of ['from', 'to'] as const) {
    const month = values[key];
    if (month !== undefined && !MONTH.test(month)) {
      console.error(`--${key} attend un mois au format AAAA-MM, par exemple 2026-01 (reçu : « ${month} »).`);
      return 2;
    }
  }
  const range = { from: values.from, to: values.to };
  const { events, invalidLines } = await new FeedbackLog(values.dir).read(range);
  const report = buildReport(events, range);
  if (values.json) {
    console.log(JSON.stringify({ ...report, invalidLines }, null, 2));
    return 0;
  }
  console.log(formatReport(report, namesFromKnowledge()));
  if (invalidLines > 0) console.error(`Attention : ${invalidLines} ligne(s) illisible(s) ignorée(s) dans ${values.dir}.`);
  return 0;
}

/** Partner and procedure names from the knowledge; ids when it cannot be read. */
function namesFromKnowledge() {
  try {
    const partners = new Map(loadPartners(defaultKnowledgeDir).map((p) => [p.id, p.shortName]));
    const procedures = new Map(loadProcedures(defaultKnowledgeDir).map((p) => [p.id, p.title]));
    return { partner: (id: string) => partners.get(id) ?? id, procedure: (id: string) => procedures.get(id) ?? id };
  } catch {
    return {};
  }
}

process.exitCode = await main();
