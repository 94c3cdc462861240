/** The real entry point (`npm start`), run as a child process. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

interface Started {
  child: ChildProcess;
  stderr: () => string;
  stdout: () => string;
}

function start(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: root,
    // No inherited configuration: only what the test sets.
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return { child, stdout: () => out, stderr: () => err };
}

async function exitCode(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const [code] = await once(child, 'exit');
  return code as number | null;
}

async function waitForPort(started: Started, timeoutMs = 30_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = /"port":(\d+)/.exec(started.stdout());
    if (match) return Number(match[1]);
    if (started.child.exitCode !== null) throw new Error(`exited: ${started.stderr()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not listening: ${started.stderr()}`);
}

describe('npm start', () => {
  it('runs with no configuration, answers, and stops cleanly on SIGTERM', async () => {
    const started = start({});
    const port = await waitForPort(started);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const stoppedAt = Date.now();
    started.child.kill('SIGTERM');
    expect(await exitCode(started.child)).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(6000);
  }, 60_000);

  it('listens on 127.0.0.1 by default in local mode (no credentials: nothing authenticates callers)', async () => {
    const started = start({ HOST: '' });
    await waitForPort(started);
    expect(started.stdout()).toContain('"host":"127.0.0.1"');
    started.child.kill('SIGTERM');
    expect(await exitCode(started.child)).toBe(0);
  }, 60_000);

  it('exits non-zero on SIGTERM when a request is cut at the end of the grace period, and logs what was cut', async () => {
    const started = start({});
    const port = await waitForPort(started);
    // A turn that has not finished arriving: its body is announced and never completed.
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    socket.write('POST /api/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"type":');
    socket.on('error', () => undefined);
    await new Promise((r) => setTimeout(r, 300));
    started.child.kill('SIGTERM');
    expect(await exitCode(started.child)).not.toBe(0);
    expect(started.stdout()).toMatch(/requests still running at the end of the grace period were cut/);
    expect(started.stdout()).toContain('POST /api/messages');
    socket.destroy();
  }, 60_000);

  it('refuses to start in production without its secrets, naming each one', async () => {
    const started = start({ NODE_ENV: 'production' });
    expect(await exitCode(started.child)).toBe(1);
    for (const name of ['MicrosoftAppId', 'MicrosoftAppPassword', 'BLOB_CONNECTION_STRING', 'BLOB_CONTAINER', 'PUBLIC_BASE_URL']) {
      expect(started.stderr()).toContain(name);
    }
  }, 60_000);

  it('stops with exit 1 and names the file, entry and field of broken knowledge', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
    // Procedures load first: one broken procedure alone is enough.
    mkdirSync(join(dir, 'procedures'));
    const procedure = readFileSync(join(root, 'knowledge/procedures/carte-vitale.yaml'), 'utf8');
    writeFileSync(join(dir, 'procedures/carte-vitale.yaml'), procedure.replace(/^title: .*$/m, 'title: ""'));
    const started = start({ KNOWLEDGE_DIR: dir });
    expect(await exitCode(started.child)).toBe(1);
    expect(started.stderr()).toContain('carte-vitale.yaml');
    expect(started.stderr()).toMatch(/carte-vitale › title/);
  }, 60_000);
});
