import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KnowledgeError } from './errors.js';
import { displayPath, entryInArray, readData, validate } from './readFile.js';
import { communesFileSchema, type CommunesFile } from './schemas/commune.js';
import { partnersFileSchema, type Partner } from './schemas/partner.js';
import { procedureSchema, type Procedure } from './schemas/procedure.js';
import { sitesFileSchema, type SitesFile } from './schemas/site.js';

/** The project's knowledge/ folder. */
export const defaultKnowledgeDir = resolve(fileURLToPath(new URL('../../knowledge', import.meta.url)));

export interface Knowledge {
  dir: string;
  partners: Partner[];
  procedures: Procedure[];
  sites: SitesFile;
  communes: CommunesFile;
}

export function loadPartners(dir: string): Partner[] {
  const file = join(dir, 'partners.yaml');
  const data = readData(file);
  return validate(partnersFileSchema, data, file, entryInArray(data, 'partners')).partners;
}

/** One YAML file per procedure; the file name must be the id. */
export function loadProcedures(dir: string): Procedure[] {
  const folder = join(dir, 'procedures');
  const files = readdirSync(folder).filter((f) => f.endsWith('.yaml')).sort();
  return files.map((name) => {
    const file = join(folder, name);
    const data = readData(file);
    const id = name.replace(/\.yaml$/, '');
    const procedure = validate(procedureSchema, data, file, () => id);
    if (procedure.id !== id) {
      throw new KnowledgeError(displayPath(file), [`${id} › id : « ${procedure.id} » devrait être « ${id} », comme le nom du fichier`]);
    }
    return procedure;
  });
}

export function loadSites(dir: string): SitesFile {
  const file = join(dir, 'sites.json');
  const data = readData(file);
  return validate(sitesFileSchema, data, file, entryInArray(data, 'sites'));
}

export function loadCommunes(dir: string): CommunesFile {
  const file = join(dir, 'communes.json');
  const data = readData(file);
  return validate(communesFileSchema, data, file, (path) => {
    const item = path[0] === 'communes' && typeof path[1] === 'number' ? (data as CommunesFile).communes[path[1]] : undefined;
    return item?.insee ?? 'communes';
  });
}

/** Loads and validates every knowledge file; throws a KnowledgeError on the first broken file. */
export function loadKnowledge(dir: string = defaultKnowledgeDir): Knowledge {
  return {
    dir,
    partners: loadPartners(dir),
    procedures: loadProcedures(dir),
    sites: loadSites(dir),
    communes: loadCommunes(dir),
  };
}
