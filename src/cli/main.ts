import type { CliIo } from './io.js';
import { CliError, defaultIo } from './io.js';

type Command = (args: string[], io: CliIo) => Promise<number>;

/** Each command lives in its own module, loaded on demand so that start-up stays fast. */
const commands: Record<string, () => Promise<Command>> = {
  ask: async () => (await import('./commands/ask.js')).ask,
  sites: async () => (await import('./commands/sites.js')).sites,
  procedures: async () => (await import('./commands/procedures.js')).procedures,
  partners: async () => (await import('./commands/partners.js')).partners,
};

const usage = `Usage : orientation <commande> [options]
  ask [--json] [--commune <nom | code postal | insee:CODE>] "<message>"
  sites [--json] [--limit N] <nom | code postal | insee:CODE>
  sites --departement <code> [--json]
  procedures [--json] [--full]
  partners [--json]`;

/** Runs the CLI and returns its exit code: 0 ok, 1 failure, 2 bad usage or unknown input. */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    io.err(`Commande inconnue : ${name}. Tapez « orientation --help » pour la liste.`);
    return 2;
  }
  try {
    return await (
      await load()
    )(args, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.err(err.message);
      return err.exitCode;
    }
    io.err(`Erreur : ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}
