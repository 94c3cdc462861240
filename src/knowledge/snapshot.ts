/**
 * The validated knowledge, saved as one JSON file so that a start skips YAML parsing and schema
 * validation. It is a build artefact (dist/, gitignored), never edited nor committed: its key is a
 * hash of every file of the knowledge folder and of the code that validates them (this folder, zod
 * and yaml versions), so editing any knowledge file makes it stale, and a stale or unreadable
 * snapshot is simply rebuilt from a validated load. Written by `npm run build`, `npm start`, the
 * tests and `npm run knowledge:check` (which also verifies it); read only when its key matches.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Knowledge } from './load.js';
import { projectRoot } from './projectRoot.js';
import type { Commune, CommunesFile } from './schemas/commune.js';
import type { Site, WeeklyHours } from './schemas/site.js';

export const defaultSnapshotDir = join(projectRoot, 'dist', 'knowledge-snapshot');
const codeDir = dirname(fileURLToPath(import.meta.url));

/**
 * The ~35,000 communes as columns, one array per field: as objects, the snapshot would repeat every field
 * name 35,000 times (two thirds of the file), and every empty list would be an array of its own.
 */
interface CommuneColumns {
  insee: string[];
  name: string[];
  departement: Shared<string>;
  postalCodes: Shared<string[]>;
  /** 0 for no localities, no former codes, no population. */
  localities: (string[] | 0)[];
  formerCodes: (string[] | 0)[];
  population: (number | 0)[];
  /** Indexes of the communes that have a population of 0 (told apart from no population). */
  zeroPopulation: number[];
  lat: number[];
  lon: number[];
}

/**
 * Values that repeat, stored once: each occurrence is the index of its value. A hundred départements for
 * 35,000 communes, 6,000 lists of postal codes, a few hundred days of opening hours for 20,000 site days:
 * a smaller file, and the loaded knowledge shares one array or string per value rather than one per
 * occurrence (the knowledge is never modified).
 */
interface Shared<T> {
  values: T[];
  at: number[];
}

function share<T>(items: readonly T[]): Shared<T> {
  const indexOf = new Map<string, number>();
  const values: T[] = [];
  const at = items.map((item) => {
    const key = JSON.stringify(item);
    let index = indexOf.get(key);
    if (index === undefined) {
      indexOf.set(key, (index = values.length));
      values.push(item);
    }
    return index;
  });
  return { values, at };
}

const unshare = <T>({ values, at }: Shared<T>): T[] => at.map((index) => values[index]!);

/** A site with each day of its weekly hours as an index into the snapshot's shared days. */
type StoredSite = Omit<Site, 'hours'> & { hours: Record<keyof WeeklyHours, number> };
type Day = WeeklyHours[keyof WeeklyHours];

interface SnapshotFile {
  key: string;
  knowledge: Omit<Knowledge, 'dir' | 'communes' | 'sites'> & {
    communes: { source: CommunesFile['source']; columns: CommuneColumns };
    sites: Omit<Knowledge['sites'], 'sites'> & { sites: StoredSite[]; days: Day[] };
  };
}

function storedSites({ sites, ...rest }: Knowledge['sites']): SnapshotFile['knowledge']['sites'] {
  const days = share(sites.flatMap((site) => Object.values(site.hours)));
  let next = 0;
  const stored = sites.map((site) => ({
    ...site,
    hours: Object.fromEntries(Object.keys(site.hours).map((day) => [day, days.at[next++]!])) as StoredSite['hours'],
  }));
  return { ...rest, sites: stored, days: days.values };
}

function sitesFromStored({ sites, days, ...rest }: SnapshotFile['knowledge']['sites']): Knowledge['sites'] {
  const restored = sites.map((site) => {
    const hours = {} as WeeklyHours;
    for (const day in site.hours) hours[day as keyof WeeklyHours] = days[site.hours[day as keyof WeeklyHours]]!;
    return { ...site, hours };
  });
  return { ...rest, sites: restored };
}

function communeColumns(communes: readonly Commune[]): CommuneColumns {
  const list = (values: string[]) => (values.length > 0 ? values : 0);
  return {
    insee: communes.map((c) => c.insee),
    name: communes.map((c) => c.name),
    departement: share(communes.map((c) => c.departement)),
    postalCodes: share(communes.map((c) => c.postalCodes)),
    localities: communes.map((c) => list(c.localities)),
    formerCodes: communes.map((c) => list(c.formerCodes)),
    population: communes.map((c) => c.population ?? 0),
    zeroPopulation: communes.flatMap((c, i) => (c.population === 0 ? [i] : [])),
    lat: communes.map((c) => c.lat),
    lon: communes.map((c) => c.lon),
  };
}

/** One empty list shared by every commune without localities or former codes (the knowledge is never modified). */
const NONE: string[] = Object.freeze([]) as unknown as string[];

function communesFromColumns(columns: CommuneColumns): Commune[] {
  const zero = new Set(columns.zeroPopulation);
  const departement = unshare(columns.departement);
  const postalCodes = unshare(columns.postalCodes);
  return columns.insee.map((insee, i) => {
    const population = columns.population[i] || (zero.has(i) ? 0 : undefined);
    return {
      insee,
      name: columns.name[i]!,
      departement: departement[i]!,
      postalCodes: postalCodes[i]!,
      localities: columns.localities[i] || NONE,
      formerCodes: columns.formerCodes[i] || NONE,
      ...(population === undefined ? {} : { population }),
      lat: columns.lat[i]!,
      lon: columns.lon[i]!,
    };
  });
}

/** Files under `dir` (recursively) whose name passes `keep`, sorted. */
export function filesUnder(dir: string, keep: (name: string) => boolean = () => true): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(path, keep));
    else if (entry.isFile() && keep(entry.name)) found.push(path);
  }
  return found.sort();
}

/** Version of an installed package, or 'unknown'. */
export function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Hash of the knowledge files (names and contents) and of the code that validates them. */
export function knowledgeKey(dir: string): string {
  const hash = createHash('sha256');
  hash.update(`zod ${packageVersion('zod')} yaml ${packageVersion('yaml')}\0`);
  for (const file of filesUnder(codeDir, (name) => /\.[jt]s$/.test(name))) hash.update(`${relative(codeDir, file)}\0`).update(readFileSync(file)).update('\0');
  for (const file of filesUnder(dir)) hash.update(`${relative(dir, file)}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** One snapshot file per knowledge folder and per validating code location (src/ with tsx, dist/ built). */
export function snapshotFile(dir: string, snapshotDir = defaultSnapshotDir): string {
  const name = createHash('sha256').update(`${resolve(dir)}\0${codeDir}`).digest('hex').slice(0, 16);
  return join(snapshotDir, `${name}.json`);
}

/** The snapshot's knowledge if it was saved for exactly this key; undefined when missing, stale or unreadable. */
export function readSnapshot(file: string, key: string): Omit<Knowledge, 'dir'> | undefined {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as SnapshotFile;
    if (saved.key !== key) return undefined;
    const { source, columns } = saved.knowledge.communes;
    return { ...saved.knowledge, sites: sitesFromStored(saved.knowledge.sites), communes: { source, communes: communesFromColumns(columns) } };
  } catch {
    return undefined;
  }
}

/**
 * JSON with every character past ASCII escaped (\u00e9): read back, the file is one string of one byte per
 * character, where a single "’" or "œ" would make all 4 MB of it two bytes per character (8 MB more at start).
 */
const asciiJson = (value: unknown) => JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Saves validated knowledge (atomically: concurrent starts and test workers never read half a file). */
export function writeSnapshot(file: string, key: string, knowledge: Knowledge): boolean {
  const { dir: _dir, communes, sites, ...content } = knowledge;
  const snapshot: SnapshotFile = {
    key,
    knowledge: { ...content, sites: storedSites(sites), communes: { source: communes.source, columns: communeColumns(communes.communes) } },
  };
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, asciiJson(snapshot));
    renameSync(temporary, file);
    return true;
  } catch {
    // A read-only install keeps working: it loads the files at every start.
    return false;
  }
}
