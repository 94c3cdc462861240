/**
 * One cold start-up, measured: load the knowledge, then build the indexes.
 * Run alone (`node dist/scripts/benchStartup.js`), it prints its figures as JSON:
 * `npm run bench` runs it in several fresh processes and keeps the medians.
 */
import { fileURLToPath } from 'node:url';
import { loadKnowledge, type Knowledge } from '../src/knowledge/load.js';
import { createOrientation, type Orientation } from '../src/orientation/index.js';

export interface StartupFigures {
  /** Load + index build, wall clock. */
  wallMs: number;
  /** Processor time of the whole process (all threads: JIT compilers and GC helpers too). */
  cpuMs: number;
  loadMs: number;
  indexMs: number;
  /** Loading steps recorded by the knowledge loader (performance measures), summed by step. */
  steps: Record<string, number>;
  rssMb: number;
}

export function measureStartup(): { knowledge: Knowledge; orientation: Orientation; figures: StartupFigures } {
  const cpuAtStart = process.cpuUsage();
  const startedAt = performance.now();
  const knowledge = loadKnowledge();
  const loadedAt = performance.now();
  const orientation = createOrientation(knowledge);
  const endedAt = performance.now();
  const cpu = process.cpuUsage(cpuAtStart);
  const figures: StartupFigures = {
    wallMs: endedAt - startedAt,
    cpuMs: (cpu.user + cpu.system) / 1000,
    loadMs: loadedAt - startedAt,
    indexMs: endedAt - loadedAt,
    steps: loadSteps(),
    rssMb: process.memoryUsage().rss / 1024 / 1024,
  };
  return { knowledge, orientation, figures };
}

function loadSteps(): Record<string, number> {
  const prefix = 'knowledge › ';
  const steps: Record<string, number> = {};
  for (const m of performance.getEntriesByType('measure')) {
    if (!m.name.startsWith(prefix)) continue;
    const step = m.name.slice(prefix.length);
    steps[step] = (steps[step] ?? 0) + m.duration;
  }
  return steps;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(JSON.stringify(measureStartup().figures));
