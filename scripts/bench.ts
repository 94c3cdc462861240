/**
 * `npm run bench [file] [--rounds N]`: start-up time (load knowledge + build indexes),
 * analyze latency p50/p99, throughput and memory, in-process.
 * Messages: the labelled file and generated variants of each line (no accents,
 * lower case, typos, truncated, SMS-like), repeated N rounds.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadKnowledge } from '../src/knowledge/load.js';
import { createOrientation } from '../src/orientation/index.js';

const { values, positionals } = parseArgs({ options: { rounds: { type: 'string', default: '20' } }, allowPositionals: true });
const rounds = Math.max(1, Number(values.rounds) || 20);
const file = resolve(positionals[0] ?? '../shared/eval/dev.jsonl');

const startedAt = performance.now();
const knowledge = loadKnowledge();
const loadedAt = performance.now();
const orientation = createOrientation(knowledge);
const startupMs = performance.now() - startedAt;
const buildMs = performance.now() - loadedAt;

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

console.log(`Démarrage (chargement + index) : ${startupMs.toFixed(0)} ms (cible ≤ 1000 ms), dont index : ${buildMs.toFixed(0)} ms`);
console.log(`Messages analysés : ${latencies.length} (${messages.length} distincts × ${rounds} tours)`);
console.log(`Latence p50 : ${at(0.5).toFixed(3)} ms, p99 : ${at(0.99).toFixed(3)} ms (cible p99 ≤ 2 ms), max : ${at(1).toFixed(3)} ms`);
console.log(`Débit : ${Math.round(latencies.length / (totalMs / 1000))} messages/s`);
console.log(`Mémoire (RSS) : ${rssMb.toFixed(0)} Mo (cible ≤ 200 Mo)`);

/** The message and variants as people type them. */
function variants(text: string): string[] {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const words = plain.split(/\s+/);
  const typo = words.map((w, i) => (i % 3 === 1 && w.length > 5 ? w.slice(0, 2) + w.slice(3) : w)).join(' ');
  return [text, plain, typo, words.slice(0, Math.ceil(words.length / 2)).join(' '), `slt ${plain.replace(/s'il vous pla[iî]t/g, 'svp')} stp`];
}
