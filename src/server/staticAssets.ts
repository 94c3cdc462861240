/**
 * Big text assets (Web Chat is 3.9 MB) served pre-compressed: brotli or gzip chosen from
 * Accept-Encoding, compressed once (by `npm run build`, or on the first request when the build did
 * not), never per request. Each asset also has a versioned name (`webchat.4.18.1.js`) cached for a
 * year; the plain name stays (the embed snippet on other sites points to it) with a short cache.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Request, Response } from 'restify';
import { projectRoot } from '../knowledge/projectRoot.js';

export interface AssetSpec {
  /** Public path without version, e.g. "/assets/webchat/webchat.js". */
  path: string;
  file: string;
  /** A package version for vendored files, a content hash for ours. */
  version: string;
}

export type Encoding = 'br' | 'gzip' | 'identity';

const YEAR_S = 365 * 24 * 3600;
const PLAIN_MAX_AGE_S = 3600;
const types: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml' };
export const defaultAssetCacheDir = join(projectRoot, 'dist', 'assets');

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export function packageVersion(packageDir: string): string {
  return (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
}

export function contentVersion(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12);
}

/** "/assets/webchat/webchat.js" at version "4.18.1" → "/assets/webchat/webchat.4.18.1.js". */
export function versionedPath(spec: Pick<AssetSpec, 'path' | 'version'>): string {
  const ext = extname(spec.path);
  return `${spec.path.slice(0, -ext.length)}.${spec.version}${ext}`;
}

/** The best encoding the client accepts (q=0 refuses one). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || Number(q.trim().replace(/^q=/, '')) > 0)
      .map(([name]) => name!.trim().toLowerCase()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return 'identity';
}

type Bodies = Record<Encoding, Buffer>;

/** Compresses (best ratio at build time, faster on a first request) and keeps the files in the cache folder. */
export async function compressedBodies(spec: AssetSpec, cacheDir: string, quality: 'build' | 'request'): Promise<Bodies> {
  const identity = await readFile(spec.file);
  const stem = join(cacheDir, basename(versionedPath(spec)));
  const cached = async (encoding: 'br' | 'gzip', make: () => Promise<Buffer>) => {
    const file = `${stem}.${encoding === 'br' ? 'br' : 'gz'}`;
    const found = await readFile(file).catch(() => undefined);
    if (found) return found;
    const made = await make();
    try {
      mkdirSync(cacheDir, { recursive: true });
      // Written aside then renamed: a crash never leaves half a file to be served later.
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, made);
      renameSync(temporary, file);
    } catch {
      // Read-only install: compressed again after the next restart, still never per request.
    }
    return made;
  };
  const brQuality = quality === 'build' ? constants.BROTLI_MAX_QUALITY : 5;
  const [br, gz] = await Promise.all([
    cached('br', () => brotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: brQuality, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } })),
    cached('gzip', () => gzipAsync(identity, { level: quality === 'build' ? 9 : 6 })),
  ]);
  return { br, gzip: gz, identity };
}

/** Serves a set of assets by plain or versioned path. */
export class StaticAssets {
  private readonly byPath = new Map<string, { spec: AssetSpec; versioned: boolean }>();
  private readonly bodies = new Map<string, Promise<Bodies>>();

  constructor(
    readonly specs: AssetSpec[],
    private readonly cacheDir = defaultAssetCacheDir,
  ) {
    for (const spec of specs) {
      this.byPath.set(spec.path, { spec, versioned: false });
      this.byPath.set(versionedPath(spec), { spec, versioned: true });
    }
  }

  /** Replaces every plain asset path in an HTML template by its versioned path. */
  versionLinks(html: string): string {
    return this.specs.reduce((text, spec) => text.replaceAll(`"${spec.path}"`, `"${versionedPath(spec)}"`), html);
  }

  has(path: string): boolean {
    return this.byPath.has(path);
  }

  async send(req: Request, res: Response): Promise<void> {
    const found = this.byPath.get(req.getPath());
    if (!found) throw new Error(`not an asset: ${req.getPath()}`);
    const { spec, versioned } = found;
    let bodies = this.bodies.get(spec.path);
    if (!bodies) {
      bodies = compressedBodies(spec, this.cacheDir, 'request');
      this.bodies.set(spec.path, bodies);
      bodies.catch(() => this.bodies.delete(spec.path));
    }
    const encoding = chooseEncoding(req.headers['accept-encoding']);
    const body = (await bodies)[encoding];
    const headers: Record<string, string> = {
      'Content-Type': types[extname(spec.path)] ?? 'application/octet-stream',
      'Cache-Control': versioned ? `public, max-age=${YEAR_S}, immutable` : `public, max-age=${PLAIN_MAX_AGE_S}`,
      Vary: 'Accept-Encoding',
      'Content-Length': String(body.length),
    };
    if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
    res.sendRaw(200, body, headers);
  }
}
