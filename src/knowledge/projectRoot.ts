import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding package.json, found upwards from this file: works from src/ (tsx) and from dist/ (compiled). */
export function findProjectRoot(start: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json introuvable au-dessus de ${start}`);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot();
