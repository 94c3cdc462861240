/**
 * `npm run bench [file] [--rounds N] [--starts N]`: start-up time (load knowledge + build
 * indexes) as the median of N fresh processes, then analyze latency p50/p99, throughput
 * and memory, in-process. Runs compiled (dist/), as in production: no TypeScript loader
 * in the memory figure. Messages: the labelled file and generated variants of each line
 * (no accents, lower case, typos, truncated, SMS-like), repeated N rounds.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createCommuneIndex } from '../src/orientation/location/index.js';
import { foldAccents } from '../src/orientation/text/normalize.js';
import { createUnderstanding } from '../src/orientation/understanding/understand.js';
import { MAX_INPUT_CHARS } from '../src/bot/input.js';
import { measureStartup, type StartupFigures } from './benchStartup.js';
import { printLengthScaling } from './benchLength.js';

const { values, positionals } = parseArgs({
  options: { rounds: { type: 'string', default: '20' }, starts: { type: 'string', default: '5' } },
  allowPositionals: true,
});
const rounds = Math.max(1, Number(values.rounds) || 20);
const starts = Math.max(1, Number(values.starts) || 5);
const file = resolve(positionals[0] ?? '../shared/eval/dev.jsonl');

// Start-up is measured in fresh processes: a second load in this one would find the code already compiled.
console.log(`Charge de la machine : ${loadavg()[0]?.toFixed(2)} (moyenne sur 1 min) pour ${availableParallelism()} cœurs`);
printStartup(Array.from({ length: starts }, startupInFreshProcess));

const { knowledge, orientation } = measureStartup();
const communeIndexMs = timeIt(() => createCommuneIndex(knowledge.communes.communes, knowledge.lexicon.placeStopWords));
const understandingMs = timeIt(() => createUnderstanding(knowledge));
console.log(
  `Index reconstruits à part (code déjà compilé) : communes ${communeIndexMs.toFixed(0)} ms, compréhension (concepts, correcteur) ${understandingMs.toFixed(0)} ms`,
);

const texts = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);
const messages = texts.flatMap(variants);

// Warm-up (JIT, caches), then measure every call.
for (const m of messages) orientation.analyze(m);
const latencies: number[] = [];
const runStart = performance.now();
for (let round = 0; round < rounds; round++) {
  for (const m of messages) {
    const t0 = performance.now();
    orientation.analyze(m);
    latencies.push(performance.now() - t0);
  }
}
const totalMs = performance.now() - runStart;
latencies.sort((a, b) => a - b);
const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
const rssMb = process.memoryUsage().rss / 1024 / 1024;

console.log(`Messages analysés : ${latencies.length} (${messages.length} distincts × ${rounds} tours)`);
console.log(`Latence p50 : ${at(0.5).toFixed(3)} ms, p99 : ${at(0.99).toFixed(3)} ms (cible p99 ≤ 2 ms), max : ${at(1).toFixed(3)} ms`);
console.log(`Débit : ${Math.round(latencies.length / (totalMs / 1000))} messages/s`);
console.log(`Mémoire (RSS) après les messages : ${rssMb.toFixed(0)} Mo (cible ≤ 200 Mo)`);

const worstAccepted = printLengthScaling(orientation, texts.slice(0, 40), MAX_INPUT_CHARS);
console.log(
  `Pire p99 (temps processeur) d’analyse d’un message de ${MAX_INPUT_CHARS} caractères (la limite du bot), tous types : ${worstAccepted.toFixed(3)} ms (cible ≤ 2 ms)`,
);

function startupInFreshProcess(): StartupFigures {
  const script = fileURLToPath(new URL(`./benchStartup${extname(fileURLToPath(import.meta.url))}`, import.meta.url));
  return JSON.parse(execFileSync(process.execPath, [...process.execArgv, script], { encoding: 'utf8' })) as StartupFigures;
}

function printStartup(samples: StartupFigures[]): void {
  const med = (pick: (s: StartupFigures) => number | undefined) => median(samples.map((s) => pick(s) ?? 0)).toFixed(0);
  const walls = samples.map((s) => s.wallMs);
  console.log(
    `Démarrage (chargement + index), médiane de ${samples.length} processus : ${med((s) => s.wallMs)} ms ` +
      `(min ${Math.min(...walls).toFixed(0)}, max ${Math.max(...walls).toFixed(0)} ; cible ≤ 1000 ms), processeur : ${med((s) => s.cpuMs)} ms`,
  );
  console.log(`  chargement : ${med((s) => s.loadMs)} ms`);
  for (const step of Object.keys(samples[0]?.steps ?? {})) console.log(`    ${step} : ${med((s) => s.steps[step])} ms`);
  console.log(`  index : ${med((s) => s.indexMs)} ms`);
  console.log(`  mémoire (RSS) après démarrage : ${med((s) => s.rssMb)} Mo`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function timeIt(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

/** The message and variants as people type them. */
function variants(text: string): string[] {
  const plain = foldAccents(text).toLowerCase();
  const words = plain.split(/\s+/);
  const typo = words.map((w, i) => (i % 3 === 1 && w.length > 5 ? w.slice(0, 2) + w.slice(3) : w)).join(' ');
  return [text, plain, typo, words.slice(0, Math.ceil(words.length / 2)).join(' '), `slt ${plain.replace(/s'il vous pla[iî]t/g, 'svp')} stp`];
}
