import type { CliIo } from '../io.js';
import { sitesByDepartement } from './sitesByDepartement.js';

/**
 * `orientation sites --departement <code>` lists a département's sites (here);
 * any other use looks for the nearest sites (sitesNearby.ts, loaded only when needed).
 */
export async function sites(args: string[], io: CliIo): Promise<number> {
  if (args.some((a) => a === '--departement' || a.startsWith('--departement='))) return sitesByDepartement(args, io);
  // Written by another module owner; a variable specifier keeps this file compiling before it exists.
  const nearby = './sitesNearby.js';
  const { sitesNearby } = (await import(nearby)) as { sitesNearby: (args: string[], io: CliIo) => Promise<number> };
  return sitesNearby(args, io);
}
