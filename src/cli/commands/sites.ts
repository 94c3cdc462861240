import type { CliIo } from '../io.js';
import { sitesByDepartement } from './sitesByDepartement.js';
import { sitesNearby } from './sitesNearby.js';

/**
 * `orientation sites --departement <code>` lists a département's sites (here);
 * any other use looks for the nearest sites (sitesNearby.ts).
 */
export async function sites(args: string[], io: CliIo): Promise<number> {
  if (args.some((a) => a === '--departement' || a.startsWith('--departement='))) return sitesByDepartement(args, io);
  return sitesNearby(args, io);
}
