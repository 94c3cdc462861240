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

/** Thursday 26 November 2026, 10:00 in Paris: the clock of the CLI tests. */
export const thursdayMorning = { now: () => new Date('2026-11-26T09:00:00Z') };

/** The JSON contract of one nearby site (`ask --json` and `sites --json`). */
export const nearbySiteJsonKeys = [
  'address',
  'addressComplement',
  'commune',
  'distanceKm',
  'hoursToConfirm',
  'id',
  'mobile',
  'name',
  'nextOpening',
  'openNow',
  'phone',
  'phoneCharged',
  'travelMinutes',
  'within30',
] as const;
