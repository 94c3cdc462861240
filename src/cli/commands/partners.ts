import { defaultKnowledgeDir, loadPartners } from '../../knowledge/load.js';
import type { CliIo } from '../io.js';
import { CliError, parseOptions } from '../io.js';

/** `orientation partners [--json]`: the partner organisations and how to reach them. */
export async function partners(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, { json: { type: 'boolean' } });
  if (positionals.length) throw new CliError(`Argument inattendu : ${positionals[0]}. Usage : orientation partners [--json]`);
  const list = loadPartners(defaultKnowledgeDir).map((p) => ({ id: p.id, name: p.name, website: p.website, phone: p.phone?.number ?? null }));
  if (values.json) {
    io.out(JSON.stringify(list, null, 2));
    return 0;
  }
  io.out(`${list.length} partenaires :`);
  for (const p of list) io.out(`- ${p.name} (${p.id}) : ${p.website}${p.phone ? ` · ${p.phone}` : ''}`);
  return 0;
}
