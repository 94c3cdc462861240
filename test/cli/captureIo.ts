import type { CliIo } from '../../src/cli/io.js';

/** A CLI io that records what a command prints; `stdin` simulates piped lines. */
export function captureIo(stdin: string[] | null = null) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    stdinLines: () =>
      stdin &&
      (async function* () {
        yield* stdin;
      })(),
  };
  return { io, out, err };
}
