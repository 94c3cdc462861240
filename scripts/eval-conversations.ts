/**
 * `npm run eval:conversations [-- file.jsonl]`: plays conversation scenarios against the real service
 * (`src/index.ts`, no configuration but a free loopback port) and prints the pass rate and every failing
 * turn with the reply. Options: `--only <id substring>` plays matching scenarios, `--verbose` prints every turn.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { playScenario, type ScenarioResult } from './conversations/play.js';
import { parseScenarios } from './conversations/scenario.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const only = option('--only');
const verbose = args.includes('--verbose');
const file = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/eval/conversations.jsonl');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

async function startService(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  // No configuration: only where to listen, quiet logs, and usage events kept out of the project.
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    FEEDBACK_DIR: mkdtempSync(join(tmpdir(), 'eval-feedback-')),
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`le service s'est arrêté (code ${child.exitCode})`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, child };
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('le service ne répond pas après 60 s');
}

function printResult(result: ScenarioResult): void {
  const { scenario } = result;
  if (result.passed && !verbose) return;
  console.log(`\n${result.passed ? 'RÉUSSI' : 'ÉCHEC'} ${scenario.id} (${scenario.channel})`);
  for (const turn of result.turns) {
    const failed = turn.failures.length > 0;
    if (!failed && !verbose) continue;
    console.log(`  tour ${turn.index + 1} « ${turn.said} »${failed ? ` → attendu ${turn.failures.join(' ; ')}` : ''}`);
    console.log(`    réponse : ${turn.reply.replace(/\n+/g, ' ⏎ ').slice(0, 1500)}`);
  }
}

async function main(): Promise<void> {
  const { scenarios: all, problems } = parseScenarios(readFileSync(file, 'utf8'));
  problems.forEach((p) => console.error(`Ignoré : ${p}`));
  const scenarios = only ? all.filter((s) => s.id.includes(only)) : all;
  const { url, child } = await startService();
  try {
    const results: ScenarioResult[] = [];
    for (const scenario of scenarios) {
      const result = await playScenario(url, scenario);
      results.push(result);
      printResult(result);
    }
    const passed = results.filter((r) => r.passed).length;
    const pct = results.length ? ((100 * passed) / results.length).toFixed(1) : 'n/a';
    const failedIds = results.filter((r) => !r.passed).map((r) => r.scenario.id);
    console.log(`\nFichier : ${file}`);
    console.log(`Scénarios réussis : ${passed}/${results.length} (${pct} %)`);
    if (failedIds.length) console.log(`Échecs : ${failedIds.join(', ')}`);
  } finally {
    child.kill();
  }
}

main().catch((err: unknown) => {
  console.error(`eval:conversations impossible : ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
