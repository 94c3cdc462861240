import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import type { z } from 'zod';
import { describeIssues, KnowledgeError } from './errors.js';

/** Path shown in messages: relative to the working directory when possible. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

/**
 * The YAML parser, loaded on first use: a start from the knowledge snapshot (snapshot.ts) reads no YAML,
 * and spares loading its 72 modules.
 */
let yaml: typeof import('yaml') | undefined;
function parseYaml(text: string): unknown {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return yaml.parse(text);
}

/** Reads a YAML or JSON file, or throws a KnowledgeError naming it. */
export function readData(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new KnowledgeError(displayPath(file), [`fichier illisible (${(err as NodeJS.ErrnoException).code ?? err})`]);
  }
  try {
    return file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new KnowledgeError(displayPath(file), [`syntaxe invalide : ${(err as Error).message.split('\n')[0]}`]);
  }
}

/**
 * Validates data against a schema. `entryOf` names the entry of an issue path
 * (e.g. `partners[2]` → "caf"); by default the file itself is the entry.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  entryOf: (path: ReadonlyArray<PropertyKey>) => string = () => displayPath(file),
): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new KnowledgeError(displayPath(file), describeIssues(result.error, entryOf));
  return result.data;
}

/** Names an array item by its `id` (or its index) for error messages. */
export function entryInArray(data: unknown, arrayKey: string): (path: ReadonlyArray<PropertyKey>) => string {
  return (path) => {
    if (path[0] !== arrayKey || typeof path[1] !== 'number') return arrayKey;
    const items = (data as Record<string, unknown> | null)?.[arrayKey];
    const item = Array.isArray(items) ? (items[path[1]] as { id?: unknown } | undefined) : undefined;
    return typeof item?.id === 'string' || typeof item?.id === 'number' ? String(item.id) : `${arrayKey}[${path[1]}]`;
  };
}
