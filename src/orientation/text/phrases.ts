/**
 * Finds known phrases (token sequences) in a token list, longest match first.
 * Used for synonyms, regime cues, partner aliases and intent cues.
 */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, { tokens: readonly string[]; value: T }[]>();

  add(tokens: readonly string[], value: T): void {
    const first = tokens[0];
    if (first === undefined) return;
    const list = this.byFirst.get(first) ?? [];
    list.push({ tokens, value });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.byFirst.set(first, list);
  }

  /** Every non-overlapping match, scanning left to right. */
  find(tokens: readonly string[]): { start: number; length: number; value: T }[] {
    const found: { start: number; length: number; value: T }[] = [];
    for (let i = 0; i < tokens.length;) {
      const match = this.matchAt(tokens, i);
      if (match) {
        found.push({ start: i, length: match.tokens.length, value: match.value });
        i += match.tokens.length;
      } else i += 1;
    }
    return found;
  }

  /** Replaces each match by `rewrite(value)`. */
  replace(tokens: readonly string[], rewrite: (value: T) => readonly string[]): string[] {
    const out: string[] = [];
    let next = 0;
    for (const match of this.find(tokens)) {
      out.push(...tokens.slice(next, match.start), ...rewrite(match.value));
      next = match.start + match.length;
    }
    out.push(...tokens.slice(next));
    return out;
  }

  has(token: string): boolean {
    return this.byFirst.has(token);
  }

  /** The longest phrase starting at `start`, undefined when none does. */
  matchAt(tokens: readonly string[], start: number): { tokens: readonly string[]; value: T } | undefined {
    const candidates = this.byFirst.get(tokens[start] ?? '');
    return candidates?.find((c) => c.tokens.every((t, k) => tokens[start + k] === t));
  }
}
