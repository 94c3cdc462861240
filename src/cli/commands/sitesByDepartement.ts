import { fill } from '../../knowledge/fill.js';
import { defaultKnowledgeDir, loadMessages, loadSites } from '../../knowledge/load.js';
import type { Messages } from '../../knowledge/schemas/messages.js';
import type { Site } from '../../knowledge/schemas/site.js';
import { siteView, type SiteView } from '../../orientation/location/siteView.js';
import type { CliIo } from '../io.js';
import { CliError, parseOptions } from '../io.js';

/** `orientation sites --departement <code> [--json]`: every France services site of a département. */
export async function sitesByDepartement(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, { departement: { type: 'string' }, json: { type: 'boolean' } });
  if (positionals.length) throw new CliError(`Argument inattendu : ${positionals[0]}. Usage : orientation sites --departement <code> [--json]`);
  const code = (values.departement ?? '').trim().toUpperCase();
  const all = loadSites(defaultKnowledgeDir).sites;
  const list = all.filter((s) => s.departement === code.padStart(2, '0'));
  if (list.length === 0) throw new CliError(`Département inconnu ou sans France services : « ${values.departement ?? ''} ». Exemple : --departement 60`);
  const messages = loadMessages(defaultKnowledgeDir);
  if (values.json) {
    io.out(
      JSON.stringify(
        list.map((s) => toJson(s, siteView(s, messages))),
        null,
        2,
      ),
    );
    return 0;
  }
  io.out(fill(messages.cli.departementHeader, { count: list.length, code }));
  for (const s of list) io.out(describe(siteView(s, messages), s.comment, messages));
  return 0;
}

/** Every field of the site as imported, and the facts of its view. */
function toJson(s: Site, view: SiteView) {
  return {
    id: s.id,
    name: s.name,
    address: s.address,
    addressComplement: s.addressComplement ?? null,
    postalCode: s.postalCode,
    insee: s.insee,
    commune: s.commune,
    lat: s.lat,
    lon: s.lon,
    type: s.type,
    format: s.format,
    mobile: s.mobile,
    parentId: s.parentId ?? null,
    phone: s.phone ?? null,
    phoneCharged: view.phone?.charged ?? false,
    hoursToConfirm: view.hoursToConfirm !== null,
    email: s.email ?? null,
    appointment: s.appointment,
    hours: s.hours,
    closures: s.closures,
    weekdayPlaces: s.weekdayPlaces,
    comment: s.comment ?? null,
  };
}

function describe(site: SiteView, comment: string | undefined, { cli }: Messages): string {
  const lines = [`\n${site.mobile ? fill(cli.mobileName, { name: site.name }) : site.name}`, `  ${site.address}`];
  if (site.phone) lines.push(`  ${site.phone.text}`);
  if (site.hoursToConfirm) lines.push(`  ${site.hoursToConfirm}`);
  if (site.appointment.required) lines.push(`  ${site.appointment.text}.`);
  if (site.hoursPublished) lines.push(...site.weeklyHours.map((line) => `  ${line}`));
  else lines.push(`  ${cli.noHours}`);
  lines.push(...site.closures.map((reason) => `  ${reason}`));
  if (comment) lines.push(`  ${comment}`);
  return lines.join('\n');
}
