import { defaultKnowledgeDir, loadProcedures } from '../../knowledge/load.js';
import type { CliIo } from '../io.js';
import { CliError, parseOptions } from '../io.js';

/** `orientation procedures [--json] [--full]`: the procedures the assistant knows. */
export async function procedures(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, { json: { type: 'boolean' }, full: { type: 'boolean' } });
  if (positionals.length) throw new CliError(`Argument inattendu : ${positionals[0]}. Usage : orientation procedures [--json] [--full]`);
  const list = loadProcedures(defaultKnowledgeDir);
  if (values.json) {
    const out = values.full ? list : list.map(({ id, title, partner, msaAlternative }) => ({ id, title, partner, msaAlternative }));
    io.out(JSON.stringify(out, null, 2));
    return 0;
  }
  io.out(`${list.length} démarches :`);
  for (const p of list) io.out(`- ${p.title} (${p.id}, partenaire : ${p.partner}${p.msaAlternative ? ', ou MSA' : ''})`);
  return 0;
}
