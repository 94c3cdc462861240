/**
 * `npm run eval [file]`: measures the understanding of labelled messages
 * (JSON lines {text, procedure, partner}; procedure null = out of scope):
 * accuracy figures, the reliability table of the confidence, then every error.
 */
import { join, resolve } from 'node:path';
import { loadKnowledge } from '../src/knowledge/load.js';
import { createOrientation } from '../src/orientation/index.js';
import { projectRoot } from '../src/knowledge/projectRoot.js';
import { analyzeAll, figuresOf, lengthen, readFiller, readLabelled, reliability, type Result } from '../tools/understanding/evaluation.js';

const args = process.argv.slice(2);
/** `--long`: each message wrapped in narrative sentences that ask nothing (tools/understanding/evaluation.ts). */
const long = args.includes('--long');
const file = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/eval/dev.jsonl');
let lines;
try {
  lines = readLabelled(file, (n) => console.error(`Ligne ${n} ignorée : format attendu {text, procedure, partner}`));
  if (long) lines = lengthen(lines, readFiller(join(projectRoot, 'test/fixtures/narrative-filler.yaml')));
} catch (err) {
  console.error(`Fichier illisible : ${file} (${(err as NodeJS.ErrnoException).code ?? err})`);
  process.exit(2);
}
const results = analyzeAll(createOrientation(loadKnowledge()), lines);
printFigures(results);
printReliability(results);
printErrors(results);

function printFigures(all: Result[]): void {
  const f = figuresOf(all);
  const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)} %`);
  console.log(
    `Fichier : ${file}${long ? ' (allongé de récit, --long)' : ''} (${f.messages} messages, ${f.inScope} dans le périmètre, ${f.outOfScope} hors périmètre)`,
  );
  console.log(`Top-1 procédure        : ${pct(f.top1, f.inScope)} (${f.top1}/${f.inScope})`);
  console.log(`Top-3 procédure        : ${pct(f.top3, f.inScope)} (${f.top3}/${f.inScope})`);
  console.log(`Partenaire             : ${pct(f.partner, f.inScope)} (${f.partner}/${f.inScope})`);
  console.log(`Hors périmètre, rappel : ${pct(f.outOfScopeRecall, f.outOfScope)} (${f.outOfScopeRecall}/${f.outOfScope})`);
  console.log(`Sans démarche, évitée  : ${pct(f.noProcedure, f.outOfScope)} (${f.noProcedure}/${f.outOfScope}, salutations comprises)`);
  console.log(`Dans le périmètre dit hors périmètre : ${pct(f.inScopeCalledOut, f.inScope)} (${f.inScopeCalledOut})`);
  console.log(`Demandes de précision  : ${pct(f.clarify, f.inScope)} (${f.clarify})`);
  console.log(`Faux avec assurance    : ${pct(f.confidentlyWrong, f.messages)} (${f.confidentlyWrong}, mauvaise démarche sans demande de précision)`);
}

function printReliability(all: Result[]): void {
  console.log('\nFiabilité de la confiance (messages orientés vers une démarche) :');
  console.log('  confiance    | messages | confiance moy. | justes');
  for (const bin of reliability(all)) {
    const range = `[${bin.from.toFixed(2)}, ${bin.to.toFixed(2)}${bin.to === 1 ? ']' : ')'}`;
    const acc = bin.count === 0 ? '   -' : `${(100 * bin.accuracy).toFixed(1)} %`;
    console.log(
      `  ${range.padEnd(12)} | ${String(bin.count).padStart(8)} | ${bin.count === 0 ? '             -' : bin.meanConfidence.toFixed(3).padStart(14)} | ${acc}`,
    );
  }
}

function printErrors(all: Result[]): void {
  const wrong = all.filter(
    (r) => (r.analysis.procedure?.id ?? null) !== r.line.procedure || (r.line.procedure !== null && r.analysis.partner !== r.line.partner),
  );
  if (wrong.length === 0) return;
  console.log(`\nErreurs (${wrong.length}) : attendu → obtenu`);
  for (const { line, analysis } of wrong) {
    const got = analysis.procedure ? `${analysis.procedure.id}/${analysis.partner}` : analysis.intent;
    const alts = analysis.alternatives
      .slice(0, 3)
      .map((a) => `${a.id}:${a.score}`)
      .join(', ');
    console.log(
      `- ${line.procedure ?? 'hors périmètre'}/${line.partner ?? '-'} → ${got}${analysis.clarify ? ' (précision)' : ''} conf ${analysis.confidence} [${alts}] « ${line.text} »`,
    );
  }
}
