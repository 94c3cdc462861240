import { fill } from '../../knowledge/fill.js';
import { defaultKnowledgeDir, loadMessages, loadSites } from '../../knowledge/load.js';
import { weekdays } from '../../knowledge/schemas/common.js';
import type { Messages } from '../../knowledge/schemas/messages.js';
import { frenchWeekdays } from '../../orientation/hours/index.js';
import type { Site } from '../../knowledge/schemas/site.js';
import { fullAddress, phoneLine } from '../siteJson.js';
import { siteFacts } from '../../orientation/location/siteFacts.js';
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
  if (values.json) {
    io.out(JSON.stringify(list.map(toJson), null, 2));
    return 0;
  }
  const messages = loadMessages(defaultKnowledgeDir);
  io.out(fill(messages.cli.departementHeader, { count: list.length, code }));
  for (const s of list) io.out(describe(s, messages));
  return 0;
}

function toJson(s: Site) {
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
    phoneCharged: siteFacts(s).phone?.charged ?? false,
    hoursToConfirm: siteFacts(s).hoursToConfirm,
    email: s.email ?? null,
    appointment: s.appointment,
    hours: s.hours,
    closures: s.closures,
    weekdayPlaces: s.weekdayPlaces,
    comment: s.comment ?? null,
  };
}

function describe(s: Site, { cli, location }: Messages): string {
  const lines = [`\n${s.mobile ? fill(cli.mobileName, { name: s.name }) : s.name}`, `  ${fullAddress(s)}`];
  const phone = phoneLine(s, location);
  if (phone) lines.push(`  ${phone}`);
  if (siteFacts(s).hoursToConfirm) lines.push(`  ${location.hoursToConfirm}`);
  if (s.appointment) lines.push(`  ${location.appointment}.`);
  const open = weekdays.filter((d) => s.hours[d].length > 0);
  for (const day of open) lines.push(`  ${frenchWeekdays[day]} : ${s.hours[day].map(([a, b]) => `${a}–${b}`).join(', ')}`);
  if (open.length === 0) lines.push(`  ${cli.noHours}`);
  for (const c of s.closures) lines.push(`  ${c.reason}`);
  for (const p of s.weekdayPlaces) lines.push(`  ${fill(cli.placeOnDay, { day: frenchWeekdays[p.weekday], place: p.place })}`);
  if (s.comment) lines.push(`  ${s.comment}`);
  return lines.join('\n');
}
