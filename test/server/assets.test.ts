import { readFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding } from '../../src/server/staticAssets.js';
import { startTestServer, testOrientation, type RunningServer } from './helpers.js';

const webchat = readFileSync(join('node_modules', 'botframework-webchat', 'dist', 'webchat.js'));
let service: RunningServer;

beforeAll(async () => {
  service = await startTestServer(testOrientation());
});
afterAll(() => service.stop());

/** The bytes as they travel (fetch would decode them itself). */
function get(path: string, acceptEncoding: string): Promise<{ res: { status: number; headers: { get(name: string): string | null } }; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    httpGet(`${service.url}${path}`, { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const header = (name: string) => {
          const value = res.headers[name.toLowerCase()];
          return value === undefined ? null : String(value);
        };
        resolve({ res: { status: res.statusCode ?? 0, headers: { get: header } }, bytes: Buffer.concat(chunks) });
      });
    }).on('error', reject);
  });
}

async function webchatPath(): Promise<string> {
  const html = await (await fetch(`${service.url}/`)).text();
  return /src="(\/assets\/webchat\/webchat\.[^"]+\.js)"/.exec(html)![1]!;
}

describe('web assets', () => {
  it('links the page to versioned Web Chat, cached for a year', async () => {
    const path = await webchatPath();
    expect(path).toMatch(/^\/assets\/webchat\/webchat\.\d+\.\d+\.\d+\.js$/);
    const { res } = await get(path, 'br');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
  });

  it('sends brotli, gzip or plain bytes, each decoding to the same file', async () => {
    const path = await webchatPath();
    const br = await get(path, 'gzip, deflate, br');
    expect(br.res.headers.get('content-encoding')).toBe('br');
    expect(br.bytes.length).toBeLessThan(webchat.length / 3);
    expect(brotliDecompressSync(br.bytes).equals(webchat)).toBe(true);
    const gz = await get(path, 'gzip');
    expect(gz.res.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(gz.bytes).equals(webchat)).toBe(true);
    const plain = await get(path, 'identity');
    expect(plain.res.headers.get('content-encoding')).toBeNull();
    expect(plain.bytes.equals(webchat)).toBe(true);
  }, 60_000);

  it('still serves the plain names that embedding sites use, with a short cache', async () => {
    const { res, bytes } = await get('/assets/app/embed.js', 'identity');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('javascript');
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(bytes.equals(readFileSync('src/web/embed.js'))).toBe(true);
  });

  it('answers 404 JSON for a file that is not an asset', async () => {
    for (const path of ['/assets/webchat/other.js', '/assets/app/index.html', '/assets/dsfr/../package.json']) {
      expect((await get(path, 'br')).res.status, path).toBe(404);
    }
  });
});

describe('Accept-Encoding', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['', 'identity'],
    [undefined, 'identity'],
  ])('%s → %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});
