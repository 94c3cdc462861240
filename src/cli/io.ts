import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Where a command writes; tests pass their own to capture output. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Lines piped on stdin, or null when stdin is a terminal. */
  stdinLines(): AsyncIterable<string> | null;
}

export const defaultIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  stdinLines: () => (process.stdin.isTTY ? null : readLines(process.stdin)),
};

async function* readLines(stream: NodeJS.ReadableStream): AsyncIterable<string> {
  const { createInterface } = await import('node:readline');
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) yield line;
}

/** A user mistake (unknown option, unknown commune…): one line on stderr, exit code 2. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** node:util parseArgs in strict mode, with its errors turned into one-line CliErrors. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (err) {
    throw new CliError(`Option invalide : ${(err as Error).message.split('\n')[0]}`);
  }
}
