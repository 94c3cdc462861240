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
 * The one formatter of zod errors (knowledge, configuration, importers): one line per issue,
 * `field : message`, or `entry › field : message` when `entryOf` names the entry an issue belongs to
 * (e.g. the procedure id of an array item).
 */
export function describeIssues(error: z.ZodError, entryOf?: (path: ReadonlyArray<PropertyKey>) => string): string[] {
  return error.issues.map((issue) => {
    const field = formatPath(issue.path) || '(racine)';
    return entryOf ? `${entryOf(issue.path)} › ${field} : ${issue.message}` : `${field} : ${issue.message}`;
  });
}
