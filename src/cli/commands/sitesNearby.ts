/**
 * `orientation sites [--json] [--limit N] <name | postal code | insee:CODE>`: the nearest France services.
 * Without a commune and with stdin piped: one commune per line, one JSON object per line.
 */
import type { Commune } from '../../knowledge/schemas/commune.js';
import { fill } from '../../knowledge/fill.js';
import type { Messages } from '../../knowledge/schemas/messages.js';
import { formatOpening } from '../../orientation/hours/index.js';
import { fullAddress, nearbySiteJson, phoneLine } from '../siteJson.js';
import { siteFacts } from '../../orientation/location/siteFacts.js';
import { frenchDay } from '../../orientation/procedures/figures.js';
import { DEFAULT_LIMIT } from '../../orientation/location/index.js';
import type { CommuneLookup, NearbyServices, NearbySite, Orientation } from '../../orientation/types.js';
import { cliCore } from '../core.js';
import type { CliIo } from '../io.js';
import { CliError, parseOptions } from '../io.js';

const usage = 'Usage : orientation sites [--json] [--limit N] <nom | code postal | insee:CODE>';

/** What the tests may fix: the clock and the knowledge folder. */
export interface SitesNearbyOptions {
  now?: () => Date;
  knowledgeDir?: string;
}

interface Context {
  core: Orientation;
  limit: number;
  now: Date;
  messages: Messages;
}

export async function sitesNearby(args: string[], io: CliIo, options: SitesNearbyOptions = {}): Promise<number> {
  const { values, positionals } = parseOptions(args, { json: { type: 'boolean' }, limit: { type: 'string' } });
  const limit = parseLimit(values.limit);
  const query = positionals.join(' ').trim();
  const lines = query ? null : io.stdinLines();
  if (!query && !lines) throw new CliError(`Indiquez une commune. ${usage}`);
  const core = cliCore(options.knowledgeDir);
  const context: Context = { core, limit, now: (options.now ?? (() => new Date()))(), messages: core.knowledge.messages };
  return lines ? answerEachLine(lines, context, io) : answerOne(query, context, io, values.json ?? false);
}

function parseLimit(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_LIMIT;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1) throw new CliError(`--limit attend un nombre entier positif, pas « ${raw} ».`);
  return limit;
}

function answerOne(query: string, context: Context, io: CliIo, json: boolean): number {
  const result = context.core.lookupCommune(query);
  if (result.status === 'unknown') throw new CliError(`Commune inconnue : « ${query} ». Essayez son code postal ou insee:CODE.`);
  if (result.status === 'ambiguous') {
    io.err(`Plusieurs communes correspondent à « ${query} ». Précisez avec insee:CODE :`);
    for (const c of result.candidates) io.err(`  ${c.name} (${c.departement}) – ${c.postalCodes.join(', ')} – insee:${c.insee}`);
    return 2;
  }
  const point = result.commune;
  const options = { limit: context.limit, now: context.now };
  if (json) io.out(JSON.stringify(toJson(result.commune, context.core.nearestSites(point, options)), null, 2));
  else io.out(describe(result.commune, context.core.nearbyServices(point, options), context));
  return 0;
}

/** Exit 0 when every line names one commune, 2 when some could not be answered. */
async function answerEachLine(lines: AsyncIterable<string>, context: Context, io: CliIo): Promise<number> {
  let failed = false;
  for await (const line of lines) {
    const query = line.trim();
    if (!query) continue;
    const result = context.core.lookupCommune(query);
    if (result.status !== 'found') failed = true;
    io.out(JSON.stringify(lineAnswer(query, result, context)));
  }
  return failed ? 2 : 0;
}

function lineAnswer(query: string, result: CommuneLookup, context: Context): object {
  if (result.status === 'unknown') return { query, error: `Commune inconnue : « ${query} ».` };
  if (result.status === 'ambiguous') {
    return { query, error: `Plusieurs communes correspondent à « ${query} ».`, candidates: result.candidates.map(communeJson) };
  }
  return toJson(result.commune, context.core.nearestSites(result.commune, { limit: context.limit, now: context.now }));
}

function communeJson(c: Commune) {
  return { insee: c.insee, name: c.name, departement: c.departement, postalCodes: c.postalCodes };
}

function toJson(commune: Commune, nearby: NearbySite[]) {
  return {
    commune: { insee: commune.insee, name: commune.name, postalCodes: commune.postalCodes },
    sites: nearby.map(nearbySiteJson),
  };
}

const km = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** Plain French, one block per site, for an agent to read or relay; buses come apart, after fixed sites. */
function describe(commune: Commune, nearby: NearbyServices, { messages, now }: Context): string {
  const { cli, location } = messages;
  const block = (n: NearbySite, i: number) => {
    const lines = [`${i + 1}. ${n.site.name}`, `   ${fill(cli.address, { address: fullAddress(n.site) })}`];
    if (n.mobile) lines.push(`   ${cli.bus}`);
    if (n.parent) lines.push(`   ${fill(location.antennaOf, { name: n.parent.name })}`);
    if (!n.mobile) lines.push(`   ${fill(cli.distance, { km: km.format(n.distanceKm), minutes: n.travelMinutes })}`);
    lines.push(`   ${formatOpening(n.opening, now, messages.hours)}.`);
    if (siteFacts(n.site).hoursToConfirm) lines.push(`   ${location.hoursToConfirm}`);
    lines.push(`   ${n.site.appointment ? location.appointment : location.noAppointment}.`);
    const phone = phoneLine(n.site, location);
    if (phone) lines.push(`   ${phone}`);
    return lines.join('\n');
  };
  const header = fill(cli.nearestHeader, { commune: commune.name, postalCodes: commune.postalCodes.join(', ') });
  const buses = nearby.mobile.length > 0 ? [location.mobileHeader, ...nearby.mobile.map((n, i) => block(n, nearby.fixed.length + i))] : [];
  const source = nearby.sourceDate ? [fill(location.sourceDate, { date: frenchDay(nearby.sourceDate) })] : [];
  return [header, ...nearby.fixed.map(block), ...buses, ...source].join('\n\n');
}
