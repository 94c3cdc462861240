/**
 * `npm run bench:bot`: the built bot (`dist/src/index.js`) against two floors on the same botbuilder +
 * restify stack, measured in the same run and interleaved (the order rotates every round):
 * - echo: one reply, no state (bench/floors/echoBot.ts);
 * - floor: ConversationState + UserState and a waterfall sending a text, an Adaptive Card and a choice
 *   prompt (bench/floors/statefulBot.ts).
 * Every request is a new conversation. Figures are ratios to the floors, never absolute claims.
 * Options: --rounds 3 --duration 3 (s per run) --connections 20,200 --storage memory,blob
 * --blob-duration 8 --blob-connections (default: --connections) --starts 5 --conversations 20000.
 * Processor time per request is read from /proc (user + system time of the server process, all its
 * threads: GC and JIT included) around each run, so that a loaded machine's waiting is not counted.
 * A Blob turn makes four requests to Azurite: Blob runs last longer, so that a slow turn is
 * measured rather than cut at the end of the run (the "answered" column shows how many were).
 * Loopback only; every run is bounded in time or count.
 */
import { mkdtempSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/knowledge/projectRoot.js';
import { startAzurite, type Azurite } from './azurite.js';
import { load, probe, type LoadFigures } from './load.js';
import { cpuMs, rssMb, start, stop, type Running } from './processes.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '3' },
    connections: { type: 'string', default: '20,200' },
    'blob-connections': { type: 'string', default: '' },
    'blob-duration': { type: 'string', default: '8' },
    storage: { type: 'string', default: 'memory,blob' },
    starts: { type: 'string', default: '5' },
    conversations: { type: 'string', default: '20000' },
  },
});
const rounds = Math.max(3, Number(values.rounds) || 3);
const durationS = Math.min(30, Math.max(1, Number(values.duration) || 3));
const counts = (list: string) =>
  list
    .split(',')
    .map(Number)
    .filter((n) => n > 0 && n <= 1000);
const connectionCounts = counts(values.connections);
const blobConnectionCounts = values['blob-connections'] ? counts(values['blob-connections']) : connectionCounts;
const blobDurationS = Math.min(60, Math.max(durationS, Number(values['blob-duration']) || 8));
const storages = values.storage.split(',').filter((s): s is 'memory' | 'blob' => s === 'memory' || s === 'blob');
const starts = Math.min(20, Math.max(1, Number(values.starts) || 5));
const conversations = Math.min(100_000, Math.max(0, Number(values.conversations) || 0));

type ServerName = 'bot' | 'echo' | 'floor';
const scripts: Record<ServerName, string> = {
  bot: join(projectRoot, 'dist', 'src', 'index.js'),
  echo: join(projectRoot, 'dist', 'bench', 'floors', 'echoBot.js'),
  floor: join(projectRoot, 'dist', 'bench', 'floors', 'statefulBot.js'),
};
const names: ServerName[] = ['bot', 'echo', 'floor'];
/** The three first messages measured: a resident's question, a greeting, a commune. */
const messages = { resident: "Bonjour, j'ai perdu ma carte vitale, comment faire ?", greeting: 'bonjour', commune: 'Beauvais' } as const;
type MessageName = keyof typeof messages;

function envFor(name: ServerName, storage: 'memory' | 'blob', azurite: Azurite | undefined): Record<string, string> {
  const env: Record<string, string> = { NODE_ENV: 'development', FEEDBACK_DIR: mkdtempSync(join(tmpdir(), 'bench-feedback-')) };
  if (storage === 'blob' && azurite && name !== 'echo') {
    Object.assign(env, { STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: `bench-${name}-${Date.now()}` });
  }
  return env;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');
const rotate = <T>(xs: T[], by: number) => xs.map((_, i) => xs[(i + by) % xs.length] as T);

console.log(`# bench:bot — ${new Date().toISOString()}`);
console.log(
  `Machine load ${loadavg()[0]?.toFixed(2)} (1 min) on ${availableParallelism()} cores; ${rounds} rounds × ${durationS} s per run (Blob ${blobDurationS} s); connections ${connectionCounts.join(', ')} (Blob ${blobConnectionCounts.join(', ')})\n`,
);

await startupAndIdle();
for (const storage of storages) await throughput(storage);
if (conversations > 0) await memoryAfterConversations();

/** Time to the first 200 of /healthz and idle RSS, median of fresh starts, interleaved. */
async function startupAndIdle(): Promise<void> {
  const ready: Record<ServerName, number[]> = { bot: [], echo: [], floor: [] };
  const idle: Record<ServerName, number[]> = { bot: [], echo: [], floor: [] };
  for (let i = 0; i < starts; i++) {
    for (const name of rotate(names, i)) {
      const running = await start(name, scripts[name], envFor(name, 'memory', undefined));
      ready[name].push(running.readyMs);
      await new Promise((r) => setTimeout(r, 1500));
      idle[name].push(rssMb(running));
      await stop(running);
    }
  }
  console.log(`## Start-up (median of ${starts} fresh processes, memory storage)\n`);
  console.log('| server | time to /healthz, ratio to echo | idle RSS (MB) |');
  console.log('| --- | --- | --- |');
  for (const name of names) console.log(`| ${name} | ${ratio(median(ready[name]), median(ready.echo))} | ${median(idle[name]).toFixed(0)} |`);
  console.log('');
}

async function throughput(storage: 'memory' | 'blob'): Promise<void> {
  const azurite = storage === 'blob' ? await startAzurite() : undefined;
  const runS = storage === 'blob' ? blobDurationS : durationS;
  const runConnections = storage === 'blob' ? blobConnectionCounts : connectionCounts;
  const running = {} as Record<ServerName, Running>;
  try {
    for (const name of names) running[name] = await start(name, scripts[name], envFor(name, storage, azurite));
    for (const [key, text] of Object.entries(messages)) {
      const first = await probe(running.bot.url, text);
      console.log(
        `First reply of the bot to the ${key} (${storage}): HTTP ${first.status}, ${first.replies} activities, ${(first.bytes / 1024).toFixed(1)} KB`,
      );
    }
    // Warm-up: JIT and caches, not measured.
    for (const name of names) await load(running[name].url, messages.resident, { connections: 20, durationS: 1 });

    const samples = new Map<string, (LoadFigures & { cpuMsPerRequest: number })[]>();
    const key = (c: number, m: MessageName, s: ServerName) => `${c}/${m}/${s}`;
    for (let round = 0; round < rounds; round++) {
      for (const connections of runConnections) {
        for (const message of Object.keys(messages) as MessageName[]) {
          for (const name of rotate(names, round)) {
            const cpuBefore = cpuMs(running[name]);
            const run = await load(running[name].url, messages[message], { connections, durationS: runS });
            const figures = { ...run, cpuMsPerRequest: (cpuMs(running[name]) - cpuBefore) / Math.max(run.requests, 1) };
            samples.set(key(connections, message, name), [...(samples.get(key(connections, message, name)) ?? []), figures]);
          }
        }
      }
    }
    console.log(`\n## Throughput, ${storage} storage (median of ${rounds} interleaved rounds; new conversation per request)\n`);
    console.log(
      '| connections | message | bot req/s ÷ echo | bot req/s ÷ floor | bot p50 ÷ floor | bot p99 ÷ floor | floor p99 ÷ echo | CPU ms per request bot / echo / floor | errors bot / echo / floor | answered bot / echo / floor |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const connections of runConnections) {
      for (const message of Object.keys(messages) as MessageName[]) {
        const m = (s: ServerName, pick: (f: LoadFigures & { cpuMsPerRequest: number }) => number) =>
          median((samples.get(key(connections, message, s)) ?? []).map(pick));
        const errors = (s: ServerName) => (samples.get(key(connections, message, s)) ?? []).reduce((n, f) => n + f.errors, 0);
        const answered = (s: ServerName) => (samples.get(key(connections, message, s)) ?? []).reduce((n, f) => n + f.requests, 0);
        const rps = (s: ServerName) => m(s, (f) => f.reqPerSec);
        console.log(
          `| ${connections} | ${message} | ${ratio(rps('bot'), rps('echo'))} | ${ratio(rps('bot'), rps('floor'))} | ` +
            `${ratio(
              m('bot', (f) => f.p50),
              m('floor', (f) => f.p50),
            )} | ${ratio(
              m('bot', (f) => f.p99),
              m('floor', (f) => f.p99),
            )} | ` +
            `${ratio(
              m('floor', (f) => f.p99),
              m('echo', (f) => f.p99),
            )} | ${names.map((n) => m(n, (f) => f.cpuMsPerRequest).toFixed(2)).join(' / ')} | ${errors('bot')} / ${errors('echo')} / ${errors('floor')} | ${answered('bot')} / ${answered('echo')} / ${answered('floor')} |`,
        );
      }
    }
    console.log(`\nRSS after the ${storage} runs (MB): ${names.map((n) => `${n} ${rssMb(running[n]).toFixed(0)}`).join(', ')}\n`);
  } finally {
    for (const name of names) if (running[name]) await stop(running[name]);
    azurite?.stop();
  }
}

/**
 * Local mode: RSS after a warm-up of N conversations (enough for the heap to reach its working size: JIT,
 * caches, the memory storage's first growth), then after N more (flat is the target), bot and floor.
 */
async function memoryAfterConversations(): Promise<void> {
  console.log(`## Memory in local mode: RSS after ${conversations} conversations (warm-up), then after ${conversations} more\n`);
  console.log(`| server | RSS after warm-up (MB) | RSS after ${conversations} more (MB) | growth | CPU ms per request |`);
  console.log('| --- | --- | --- | --- | --- |');
  for (const name of ['bot', 'floor'] as const) {
    const running = await start(name, scripts[name], envFor(name, 'memory', undefined));
    try {
      await load(running.url, messages.commune, { connections: 20, amount: conversations });
      const before = rssMb(running);
      const cpuBefore = cpuMs(running);
      const figures = await load(running.url, messages.commune, { connections: 20, amount: conversations });
      const cpuPerRequest = (cpuMs(running) - cpuBefore) / Math.max(figures.requests, 1);
      const after = rssMb(running);
      console.log(
        `| ${name} | ${before.toFixed(0)} | ${after.toFixed(0)} | ${ratio(after, before)} (errors ${figures.errors}) | ${cpuPerRequest.toFixed(2)} |`,
      );
    } finally {
      await stop(running);
    }
  }
}
