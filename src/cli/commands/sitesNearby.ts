/**
 * `orientation sites [--json] [--limit N] <name | postal code | insee:CODE>`: the nearest France services.
 * Without a commune and with stdin piped: one commune per line, one JSON object per line.
 */
import type { Commune } from '../../knowledge/schemas/commune.js';
import { fill } from '../../knowledge/fill.js';
import type { Messages } from '../../knowledge/schemas/messages.js';
import { nearbySiteJson } from '../siteJson.js';
import { nearbySiteView, nearbyView, type NearbySiteView, type NearbyView } from '../../orientation/location/siteView.js';
import { DEFAULT_LIMIT } from '../../orientation/location/index.js';
import type { CommuneLookup, NearbySite, Orientation } from '../../orientation/types.js';
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
  if (json) io.out(JSON.stringify(toJson(result.commune, context.core.nearestSites(point, options), context), null, 2));
  else io.out(describe(result.commune, nearbyView(result.commune.name, context.core.nearbyServices(point, options), context.messages, context), context));
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
  return toJson(result.commune, context.core.nearestSites(result.commune, { limit: context.limit, now: context.now }), context);
}

function communeJson(c: Commune) {
  return { insee: c.insee, name: c.name, departement: c.departement, postalCodes: c.postalCodes };
}

function toJson(commune: Commune, nearby: NearbySite[], { messages, now }: Context) {
  return {
    commune: { insee: commune.insee, name: commune.name, postalCodes: commune.postalCodes },
    sites: nearby.map((n) => nearbySiteJson(nearbySiteView(n, messages, { now }))),
  };
}

/** Plain French, one block per site, for an agent to read or relay; buses come apart, after fixed sites. */
function describe(commune: Commune, view: NearbyView, { messages }: Context): string {
  const { cli } = messages;
  const block = (site: NearbySiteView, i: number) => {
    const lines = [`${i + 1}. ${site.name}`, `   ${fill(cli.address, { address: site.address })}`];
    if (site.mobile) lines.push(`   ${cli.bus}`);
    if (site.antennaOf) lines.push(`   ${site.antennaOf}`);
    if (!site.mobile) lines.push(`   ${fill(cli.distance, { km: site.distance.kmText, minutes: site.distance.minutes })}`);
    lines.push(`   ${site.opening.text}.`);
    if (site.hoursToConfirm) lines.push(`   ${site.hoursToConfirm}`);
    lines.push(`   ${site.appointment.text}.`);
    if (site.phone) lines.push(`   ${site.phone.text}`);
    return lines.join('\n');
  };
  const header = fill(cli.nearestHeader, { commune: commune.name, postalCodes: commune.postalCodes.join(', ') });
  const buses = view.mobileHeader ? [view.mobileHeader, ...view.mobile.map((site, i) => block(site, view.fixed.length + i))] : [];
  return [header, ...view.fixed.map(block), ...buses, ...(view.source ? [view.source] : [])].join('\n\n');
}
