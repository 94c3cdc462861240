/** Azurite's Blob service on loopback, in memory, for the Blob storage runs. */
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';
import { projectRoot } from '../src/knowledge/projectRoot.js';
import { freePort } from './processes.js';

// Azurite's well-known development account (public, documented; not a secret).
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  connectionString: string;
  stop(): void;
}

export async function startAzurite(timeoutMs = 20_000): Promise<Azurite> {
  const port = await freePort();
  const bin = join(projectRoot, 'node_modules', '.bin', 'azurite-blob');
  const child: ChildProcess = spawn(
    bin,
    ['--inMemoryPersistence', '--blobHost', '127.0.0.1', '--blobPort', String(port), '--skipApiVersionCheck', '--silent'],
    { stdio: 'ignore' },
  );
  const deadline = Date.now() + timeoutMs;
  while (!(await isOpen(port))) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`Azurite did not start on port ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${DEV_KEY};BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`,
    stop: () => void child.kill(),
  };
}

function isOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(() => resolve(true)));
    socket.on('error', () => resolve(false));
  });
}
