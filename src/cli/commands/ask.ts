/**
 * `orientation ask [--json] [--commune <nom | code postal | insee:CODE>] "<message>"`:
 * what the assistant understands of a message, and the nearest France services.
 * Without a message and with stdin piped: one message per line, one JSON object per line.
 */
import type { Commune } from '../../knowledge/schemas/commune.js';
import { cliCore } from '../core.js';
import { nearbySiteView } from '../../orientation/location/siteView.js';
import type { Orientation } from '../../orientation/types.js';
import type { CliIo } from '../io.js';
import { CliError, parseOptions } from '../io.js';
import { answerJson, answerText, type AskAnswer } from './askFormat.js';

const usage = 'Usage : orientation ask [--json] [--commune <nom | code postal | insee:CODE>] "<message>"';
const SITES_SHOWN = 3;

/** What the tests may fix: the clock and the knowledge folder. */
export interface AskOptions {
  now?: () => Date;
  knowledgeDir?: string;
}

export async function ask(args: string[], io: CliIo, options: AskOptions = {}): Promise<number> {
  const { values, positionals } = parseOptions(args, { json: { type: 'boolean' }, commune: { type: 'string' } });
  const message = positionals.join(' ').trim();
  const lines = message ? null : io.stdinLines();
  if (!message && !lines) throw new CliError(`Indiquez un message. ${usage}`);
  const orientation = cliCore(options.knowledgeDir);
  const commune = values.commune === undefined ? null : communeOf(orientation, values.commune);
  const now = (options.now ?? (() => new Date()))();
  if (!lines) {
    const answer = answerFor(orientation, message, commune, now);
    io.out(values.json ? JSON.stringify(answerJson(answer), null, 2) : answerText(answer, orientation));
    return 0;
  }
  for await (const line of lines) {
    if (line.trim()) io.out(JSON.stringify(answerJson(answerFor(orientation, line.trim(), commune, now))));
  }
  return 0;
}

/** The --commune option must name exactly one commune. */
function communeOf(orientation: Orientation, query: string): Commune {
  const result = orientation.lookupCommune(query);
  if (result.status === 'found') return result.commune;
  if (result.status === 'ambiguous') {
    const names = result.candidates
      .slice(0, 5)
      .map((c) => `${c.name} (insee:${c.insee})`)
      .join(', ');
    throw new CliError(`Plusieurs communes correspondent à « ${query} » : ${names}. Précisez avec insee:CODE.`);
  }
  throw new CliError(`Commune inconnue : « ${query} ». Essayez son code postal ou insee:CODE.`);
}

/** The commune given by --commune wins over one named in the message. */
function answerFor(orientation: Orientation, text: string, given: Commune | null, now: Date): AskAnswer {
  const analysis = orientation.analyze(text);
  const commune = given ?? (analysis.location?.status === 'found' ? analysis.location.commune : null);
  const nearest = commune ? orientation.nearestSites(commune, { limit: SITES_SHOWN, now }) : [];
  const sites = nearest.map((n) => nearbySiteView(n, orientation.knowledge.messages, { now }));
  return { analysis, commune, sites };
}
