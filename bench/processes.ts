/** Starting and watching the servers under test: free ports, time to /healthz, resident memory. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export interface Running {
  name: string;
  child: ChildProcess;
  url: string;
  /** From spawn to the first 200 of /healthz. */
  readyMs: number;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts `node <script>` with its own port and waits (bounded) for /healthz. */
export async function start(name: string, script: string, env: Record<string, string>, timeoutMs = 30_000): Promise<Running> {
  const port = await freePort();
  const startedAt = performance.now();
  const child = spawn(process.execPath, [script], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  while (performance.now() - startedAt < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`${name} exited: ${stderr}`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { name, child, url, readyMs: performance.now() - startedAt };
    await new Promise((r) => setTimeout(r, 5));
  }
  child.kill();
  throw new Error(`${name}: no /healthz within ${timeoutMs} ms: ${stderr}`);
}

export async function stop(running: Running): Promise<void> {
  if (running.child.exitCode !== null) return;
  running.child.kill('SIGTERM');
  await once(running.child, 'exit');
}

/** Resident set size of a child process, in MB (Linux /proc). */
export function rssMb(running: Running): number {
  const status = readFileSync(`/proc/${running.child.pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ: 100 on Linux). */
const USER_HZ = 100;

/** Processor time (user + system) a child process used so far, in ms (Linux /proc). */
export function cpuMs(running: Running): number {
  const stat = readFileSync(`/proc/${running.child.pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces, hence the last ')'): utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
}
