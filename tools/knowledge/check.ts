import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { KnowledgeError } from '../../src/knowledge/errors.js';
import { checkFigures } from './figureChecks.js';
import { idsOf, loadOverrides } from '../import/overrides.js';
import { lexiconWarnings } from './lexiconWarnings.js';
import { loadCalibration, loadCommunes, loadConversationVocabulary, loadIntents, loadLanguages, loadLexicon, loadMessages, loadPartners, loadPilotageTexts, loadProcedure, loadSites, loadTraining } from '../../src/knowledge/load.js';
import { listEnglishProcedureFiles, loadEnglishMessages, loadEnglishPartners, loadEnglishProcedure } from '../../src/knowledge/loadEnglish.js';
import { trainingWarnings } from './trainingWarnings.js';
import { displayPath, readData, validate } from '../../src/knowledge/readFile.js';
import type { CommunesFile } from '../../src/knowledge/schemas/commune.js';
import type { Partner } from '../../src/knowledge/schemas/partner.js';
import type { Procedure } from '../../src/knowledge/schemas/procedure.js';
import type { SitesFile } from '../../src/knowledge/schemas/site.js';
import type { SiteOverride } from '../../src/knowledge/schemas/siteOverride.js';

/** knowledge/taxonomy.yaml: the ids, partners and MSA flags copied from the shared taxonomy. */
export const taxonomySchema = z.object({
  partners: z.array(z.string()).min(1),
  procedures: z.array(z.object({ id: z.string(), partner: z.string(), msa_alternative: z.boolean().default(false) })).min(1),
});
export type Taxonomy = z.infer<typeof taxonomySchema>;

export interface CheckResult {
  /** Schema and reference errors, each "file › entry › field : message". */
  errors: string[];
  /** Known, already reported problems (e.g. a site in a commune absent from communes.json). */
  warnings: string[];
  /** Figures past their validity: warnings, errors under --strict. */
  expired: string[];
  partners: Partner[];
  procedures: Procedure[];
  sites?: SitesFile;
  communes?: CommunesFile;
  overrides: SiteOverride[];
}

/** Loads every knowledge file, collecting all problems instead of stopping at the first. */
export function checkKnowledge(dir: string, today: string = new Date().toISOString().slice(0, 10)): CheckResult {
  const errors: string[] = [];
  const attempt = <T>(load: () => T): T | undefined => {
    try {
      return load();
    } catch (err) {
      if (!(err instanceof KnowledgeError)) throw err;
      errors.push(...err.problems.map((p) => `${err.file} › ${p}`));
      return undefined;
    }
  };
  const taxonomyFile = join(dir, 'taxonomy.yaml');
  const taxonomy = attempt(() => validate(taxonomySchema, readData(taxonomyFile), taxonomyFile));
  const partners = attempt(() => loadPartners(dir)) ?? [];
  const procedureFiles = attempt(() => listProcedureFiles(dir)) ?? [];
  const procedures = procedureFiles.map((file) => attempt(() => loadProcedure(file))).filter((p): p is Procedure => p !== undefined);
  const sites = attempt(() => loadSites(dir));
  const communes = attempt(() => loadCommunes(dir));
  const overrides = attempt(() => loadOverrides(join(dir, 'site-overrides.yaml'))) ?? [];
  const lexicon = attempt(() => loadLexicon(dir, procedures));
  attempt(() => loadIntents(dir));
  const messages = attempt(() => loadMessages(dir));
  // English: every key of messages.yaml, none more (a text missing in English would show French to an English reader).
  if (messages) attempt(() => loadEnglishMessages(dir, messages));
  // English: every partner, with every text of its French entry.
  if (partners.length > 0) attempt(() => loadEnglishPartners(dir, partners));
  attempt(() => loadPilotageTexts(dir));
  attempt(() => loadConversationVocabulary(dir, procedures));
  attempt(() => loadLanguages(dir));
  const training = attempt(() => loadTraining(dir, procedures));
  attempt(() => loadCalibration(dir));

  const figures = checkFigures(dir, procedures, today);
  errors.push(...figures.errors);
  const result: CheckResult = { errors, warnings: [], expired: figures.expired, partners, procedures, sites, communes, overrides };
  // English: every text of each translated procedure; a translation of an older French version is a warning.
  const byId = new Map(procedures.map((p) => [p.id, p]));
  for (const file of attempt(() => listEnglishProcedureFiles(dir)) ?? []) {
    const loaded = attempt(() => loadEnglishProcedure(file, byId));
    if (loaded && 'outdated' in loaded) result.warnings.push(loaded.outdated);
  }
  if (taxonomy) checkTaxonomy(dir, taxonomy, procedures, procedureFiles.length > 0 ? procedureFiles : [], partners, errors);
  checkProcedures(dir, procedures, partners, errors);
  if (sites) checkSites(dir, sites, communes, overrides, result);
  if (sites) result.warnings.push(...sourceAgeWarnings(dir, sites, today));
  if (lexicon) result.warnings.push(...lexiconWarnings(dir, lexicon, procedures));
  if (training) result.warnings.push(...trainingWarnings(dir, training, procedures));
  return result;
}

function listProcedureFiles(dir: string): string[] {
  const folder = join(dir, 'procedures');
  try {
    return readdirSync(folder).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(folder, f));
  } catch {
    throw new KnowledgeError(displayPath(folder), ['dossier illisible']);
  }
}

function checkTaxonomy(dir: string, taxonomy: Taxonomy, procedures: Procedure[], files: string[], partners: Partner[], errors: string[]): void {
  const byId = new Map(procedures.map((p) => [p.id, p]));
  const present = new Set(files.map((f) => f.replace(/^.*[\\/]/, '').replace(/\.yaml$/, '')));
  for (const entry of taxonomy.procedures) {
    const file = displayPath(join(dir, 'procedures', `${entry.id}.yaml`));
    const procedure = byId.get(entry.id);
    if (!procedure) {
      // A present but invalid file is already reported by its schema errors.
      if (!present.has(entry.id)) errors.push(`${file} › ${entry.id} : fichier manquant (identifiant de la taxonomie)`);
      continue;
    }
    if (procedure.partner !== entry.partner) {
      errors.push(`${file} › ${entry.id} › partner : « ${procedure.partner} » alors que la taxonomie indique « ${entry.partner} »`);
    }
    if (procedure.msaAlternative !== entry.msa_alternative) {
      errors.push(`${file} › ${entry.id} › msaAlternative : ${procedure.msaAlternative} alors que la taxonomie indique ${entry.msa_alternative}`);
    }
  }
  const partnerIds = new Set(partners.map((p) => p.id));
  for (const id of taxonomy.partners) {
    if (partners.length > 0 && !partnerIds.has(id)) errors.push(`${displayPath(join(dir, 'partners.yaml'))} › ${id} : partenaire de la taxonomie absent`);
  }
}

function checkProcedures(dir: string, procedures: Procedure[], partners: Partner[], errors: string[]): void {
  const partnerIds = new Set(partners.map((p) => p.id));
  const seen = new Set<string>();
  for (const p of procedures) {
    const file = displayPath(join(dir, 'procedures', `${p.id}.yaml`));
    if (seen.has(p.id)) errors.push(`${file} › ${p.id} › id : identifiant en double`);
    seen.add(p.id);
    if (partners.length > 0 && !partnerIds.has(p.partner)) errors.push(`${file} › ${p.id} › partner : « ${p.partner} » absent de partners.yaml`);
  }
  const partnerSeen = new Set<string>();
  for (const p of partners) {
    if (partnerSeen.has(p.id)) errors.push(`${displayPath(join(dir, 'partners.yaml'))} › ${p.id} › id : identifiant en double`);
    partnerSeen.add(p.id);
  }
}

function checkSites(dir: string, sites: SitesFile, communes: CommunesFile | undefined, overrides: SiteOverride[], result: CheckResult): void {
  const file = displayPath(join(dir, 'sites.json'));
  const ids = new Set<string>();
  for (const s of sites.sites) {
    if (ids.has(s.id)) result.errors.push(`${file} › ${s.id} › id : identifiant en double`);
    ids.add(s.id);
  }
  const insees = new Set(communes?.communes.map((c) => c.insee));
  const flagged = new Set(sites.anomalies.filter((a) => a.kind === 'unknown-commune').map((a) => a.siteId));
  for (const s of sites.sites) {
    if (s.parentId && !ids.has(s.parentId)) result.errors.push(`${file} › ${s.id} › parentId : site « ${s.parentId} » inconnu`);
    if (!communes || insees.has(s.insee)) continue;
    const message = `${file} › ${s.id} › insee : commune ${s.insee} (${s.commune}) absente de communes.json`;
    if (flagged.has(s.id)) result.warnings.push(`${message} (signalé par l'import)`);
    else result.errors.push(message);
  }
  const overridesFile = displayPath(join(dir, 'site-overrides.yaml'));
  overrides.forEach((o, index) => {
    for (const id of idsOf(o)) if (!ids.has(id)) result.errors.push(`${overridesFile} › overrides[${index}] › id : site « ${id} » inconnu`);
  });
}

/** The official list of France services is republished often: warn when ours is over 12 months old. */
export function sourceAgeWarnings(dir: string, sites: SitesFile, today: string): string[] {
  const published = new Date(`${sites.source.date}T00:00:00Z`);
  const limit = new Date(published);
  limit.setUTCFullYear(limit.getUTCFullYear() + 1);
  if (new Date(`${today}T00:00:00Z`) <= limit) return [];
  const months = Math.floor((Date.parse(`${today}T00:00:00Z`) - published.getTime()) / (30.44 * 24 * 3600 * 1000));
  return [`${displayPath(join(dir, 'sites.json'))} › source : liste des France services du ${sites.source.date}, vieille de ${months} mois (plus de 12) : importez la dernière liste (voir knowledge/README.md)`];
}
