/**
 * One cold start-up, measured as the service starts: load the knowledge, then the orientation model saved
 * by the build (built and saved when stale), and make the indexes from it.
 * Run alone (`node dist/scripts/benchStartup.js`), it prints its figures as JSON:
 * `npm run bench` runs it in several fresh processes and keeps the medians.
 */
import { fileURLToPath } from 'node:url';
import { loadKnowledgeReporting, type Knowledge } from '../src/knowledge/load.js';
import { createOrientation, loadOrientationModel, type Orientation } from '../src/orientation/index.js';
import { DEFAULT_DEPARTEMENT } from '../src/orientation/location/resolve.js';

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
  const { knowledge, key } = loadKnowledgeReporting();
  const loadedAt = performance.now();
  // As the service starts: the orientation model saved by the build (src/orientation/model.ts).
  const model = key ? loadOrientationModel(knowledge, { knowledgeKey: key, departement: DEFAULT_DEPARTEMENT }).model : undefined;
  const orientation = createOrientation(knowledge, { model });
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
