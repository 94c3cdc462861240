import type { z } from 'zod';

/** A knowledge file that cannot be used; the message names the file, the entry and the field. */
export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Connaissances invalides dans ${file} :\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'KnowledgeError';
  }
}

/** Formats a zod path as `situations[0].documents`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/**
 * Turns a zod error into one line per issue: `entry › field : message`.
 * `entryOf` names the entry an issue belongs to (e.g. the procedure id of an array item).
 */
export function describeIssues(error: z.ZodError, entryOf: (path: ReadonlyArray<PropertyKey>) => string): string[] {
  return error.issues.map((issue) => {
    const entry = entryOf(issue.path);
    const field = formatPath(issue.path) || '(racine)';
    return `${entry} › ${field} : ${issue.message}`;
  });
}
