/**
 * `npm run eval [file]`: measures the understanding of labelled messages
 * (JSON lines {text, procedure, partner}; procedure null = out of scope).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { loadKnowledge } from '../src/knowledge/load.js';
import { createOrientation } from '../src/orientation/index.js';
import type { Analysis } from '../src/orientation/types.js';

const lineSchema = z.object({ text: z.string(), procedure: z.string().nullable(), partner: z.string().nullable() });
type Labelled = z.infer<typeof lineSchema>;

const file = resolve(process.argv[2] ?? '../shared/eval/dev.jsonl');
const lines = readLabelled(file);
const orientation = createOrientation(loadKnowledge());
const results = lines.map((line) => ({ line, analysis: orientation.analyze(line.text) }));
printReport(results);

function readLabelled(path: string): Labelled[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    console.error(`Fichier illisible : ${path} (${(err as NodeJS.ErrnoException).code ?? err})`);
    process.exit(2);
  }
  const out: Labelled[] = [];
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    const parsed = lineSchema.safeParse(safeJson(raw));
    if (parsed.success) out.push(parsed.data);
    else console.error(`Ligne ${i + 1} ignorée : format attendu {text, procedure, partner}`);
  });
  return out;
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function printReport(all: { line: Labelled; analysis: Analysis }[]): void {
  const inScope = all.filter((r) => r.line.procedure !== null);
  const outScope = all.filter((r) => r.line.procedure === null);
  const saidOut = all.filter((r) => r.analysis.intent === 'out_of_scope');
  const top1 = inScope.filter((r) => r.analysis.procedure?.id === r.line.procedure).length;
  const top3 = inScope.filter((r) => r.analysis.alternatives.slice(0, 3).some((a) => a.id === r.line.procedure)).length;
  const partner = inScope.filter((r) => r.analysis.partner === r.line.partner).length;
  const oosHit = outScope.filter((r) => r.analysis.intent === 'out_of_scope').length;
  // Greetings and thanks have no procedure either: any non-procedure intent is right for them.
  const noProcedure = outScope.filter((r) => r.analysis.intent !== 'procedure').length;
  const wrongOut = inScope.filter((r) => r.analysis.intent === 'out_of_scope').length;
  const clarify = inScope.filter((r) => r.analysis.clarify).length;
  const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)} %`);
  console.log(`Fichier : ${file} (${all.length} messages, ${inScope.length} dans le périmètre, ${outScope.length} hors périmètre)`);
  console.log(`Top-1 procédure        : ${pct(top1, inScope.length)} (${top1}/${inScope.length})`);
  console.log(`Top-3 procédure        : ${pct(top3, inScope.length)} (${top3}/${inScope.length})`);
  console.log(`Partenaire             : ${pct(partner, inScope.length)} (${partner}/${inScope.length})`);
  console.log(`Hors périmètre, rappel : ${pct(oosHit, outScope.length)} (${oosHit}/${outScope.length})`);
  console.log(`Hors périmètre, préc.  : ${pct(oosHit, saidOut.length)} (${oosHit}/${saidOut.length})`);
  console.log(`Sans démarche, évitée  : ${pct(noProcedure, outScope.length)} (${noProcedure}/${outScope.length}, salutations comprises)`);
  console.log(`Dans le périmètre dit hors périmètre : ${pct(wrongOut, inScope.length)} (${wrongOut})`);
  console.log(`Demandes de précision  : ${pct(clarify, inScope.length)} (${clarify})`);
  const wrong = all.filter((r) => (r.analysis.procedure?.id ?? null) !== r.line.procedure || (r.line.procedure !== null && r.analysis.partner !== r.line.partner));
  if (wrong.length === 0) return;
  console.log(`\nErreurs (${wrong.length}) : attendu → obtenu`);
  for (const { line, analysis } of wrong) {
    const got = analysis.procedure ? `${analysis.procedure.id}/${analysis.partner}` : analysis.intent;
    const alts = analysis.alternatives.slice(0, 3).map((a) => `${a.id}:${a.score}`).join(', ');
    console.log(`- ${line.procedure ?? 'hors périmètre'}/${line.partner ?? '-'} → ${got}${analysis.clarify ? ' (précision)' : ''} [${alts}] « ${line.text} »`);
  }
}
