/** Azurite (the Azure Storage emulator from npm) on a free loopback port, in memory, for one test file. */
import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';

// Azurite's well-known development account (public, documented; not a secret).
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForPort(port: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(() => resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Azurite did not start on port ${port}`);
}

export interface RunningAzurite {
  connectionString: string;
  stop(): void;
}

/** Starts the blob or table service of Azurite; `connectionString` points at it. */
export async function startAzurite(service: 'blob' | 'table'): Promise<RunningAzurite> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    `node_modules/.bin/azurite-${service}`,
    ['--inMemoryPersistence', `--${service}Host`, '127.0.0.1', `--${service}Port`, String(port), '--skipApiVersionCheck', '--silent'],
    { stdio: 'ignore' },
  );
  await waitForPort(port);
  const endpoint = service === 'blob' ? 'BlobEndpoint' : 'TableEndpoint';
  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};${endpoint}=http://127.0.0.1:${port}/${AZURITE_ACCOUNT};`,
    stop: () => void child.kill(),
  };
}
