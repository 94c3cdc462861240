/**
 * The validated knowledge, saved as one JSON file so that a start skips YAML parsing and schema
 * validation. It is a build artefact (dist/, gitignored), never edited nor committed: its key is a
 * hash of every file of the knowledge folder and of the code that validates them (this folder, zod
 * and yaml versions), so editing any knowledge file makes it stale, and a stale or unreadable
 * snapshot is simply rebuilt from a validated load. Written by `npm run build`, `npm start`, the
 * tests and `npm run knowledge:check` (which also verifies it); read only when its key matches.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Knowledge } from './load.js';
import { projectRoot } from './projectRoot.js';

export const defaultSnapshotDir = join(projectRoot, 'dist', 'knowledge-snapshot');
const codeDir = dirname(fileURLToPath(import.meta.url));

interface SnapshotFile {
  key: string;
  knowledge: Omit<Knowledge, 'dir'>;
}

function filesUnder(dir: string, keep: (name: string) => boolean = () => true): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(path, keep));
    else if (entry.isFile() && keep(entry.name)) found.push(path);
  }
  return found.sort();
}

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Hash of the knowledge files (names and contents) and of the code that validates them. */
export function knowledgeKey(dir: string): string {
  const hash = createHash('sha256');
  hash.update(`zod ${packageVersion('zod')} yaml ${packageVersion('yaml')}\0`);
  for (const file of filesUnder(codeDir, (name) => /\.[jt]s$/.test(name))) hash.update(`${relative(codeDir, file)}\0`).update(readFileSync(file)).update('\0');
  for (const file of filesUnder(dir)) hash.update(`${relative(dir, file)}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** One snapshot file per knowledge folder and per validating code location (src/ with tsx, dist/ built). */
export function snapshotFile(dir: string, snapshotDir = defaultSnapshotDir): string {
  const name = createHash('sha256').update(`${resolve(dir)}\0${codeDir}`).digest('hex').slice(0, 16);
  return join(snapshotDir, `${name}.json`);
}

/** The snapshot's knowledge if it was saved for exactly this key; undefined when missing, stale or unreadable. */
export function readSnapshot(file: string, key: string): Omit<Knowledge, 'dir'> | undefined {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as SnapshotFile;
    return saved.key === key ? saved.knowledge : undefined;
  } catch {
    return undefined;
  }
}

/** Saves validated knowledge (atomically: concurrent starts and test workers never read half a file). */
export function writeSnapshot(file: string, key: string, knowledge: Knowledge): boolean {
  const { dir: _dir, ...content } = knowledge;
  const snapshot: SnapshotFile = { key, knowledge: content };
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, JSON.stringify(snapshot));
    renameSync(temporary, file);
    return true;
  } catch {
    // A read-only install keeps working: it loads the files at every start.
    return false;
  }
}
