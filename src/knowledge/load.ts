import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { KnowledgeError } from './errors.js';
import { projectRoot } from './projectRoot.js';
import { displayPath, entryInArray, readData, validate } from './readFile.js';
import { calibrationSchema, IDENTITY_CALIBRATION, type Calibration } from './schemas/calibration.js';
import { communesFileSchema, type CommunesFile } from './schemas/commune.js';
import { conversationVocabularySchema, type ConversationVocabulary } from './schemas/conversation.js';
import { intentsSchema, type Intents } from './schemas/intents.js';
import { languagesFileSchema, type LanguagesFile } from './schemas/languages.js';
import { lexiconSchema, type Lexicon } from './schemas/lexicon.js';
import { messagesSchema, type Messages } from './schemas/messages.js';
import { partnersFileSchema, type Partner } from './schemas/partner.js';
import { pilotageTextsSchema, type PilotageTexts } from './schemas/pilotage.js';
import { procedureSchema, type Procedure } from './schemas/procedure.js';
import { sitesFileSchema, type SitesFile } from './schemas/site.js';
import { knowledgeKey, readSnapshot, snapshotFile, writeSnapshot } from './snapshot.js';
import { loadEnglishMessages, loadEnglishPartners, loadEnglishProcedures, type EnglishKnowledge } from './loadEnglish.js';
import { trainingFileSchema, type TrainingCorpus } from './schemas/training.js';

/** The project's knowledge/ folder. */
export const defaultKnowledgeDir = join(projectRoot, 'knowledge');

export interface Knowledge {
  dir: string;
  partners: Partner[];
  procedures: Procedure[];
  /** The sites and their source; the import's anomaly report stays in sites.json (knowledge:check reads it). */
  sites: Omit<SitesFile, 'anomalies'>;
  communes: CommunesFile;
  /** Synonyms, abbreviations, SMS spellings, regime cues (knowledge/lexicon.yaml). */
  lexicon: Lexicon;
  /** Greeting, thanks, help and out-of-scope cues (knowledge/intents.yaml). */
  intents: Intents;
  /** Every text the bot says (knowledge/messages.yaml). */
  messages: Messages;
  /** Texts of the coordinators' dashboard and report (knowledge/pilotage.yaml). */
  pilotage: PilotageTexts;
  /** How a message is read in the context of the conversation (knowledge/conversation.yaml). */
  conversation: ConversationVocabulary;
  /** Phrases asking for a language (knowledge/languages.yaml). */
  languages: LanguagesFile;
  /** English versions: every text the bot says (knowledge/messages.en.yaml), the partners (knowledge/partners.en.yaml) and the procedures translated so far (knowledge/procedures-en/). */
  english: EnglishKnowledge;
  /** Phrasings that train the classifier (knowledge/training/). */
  training: TrainingCorpus;
  /** From the classifier's probability to the probability of being right (knowledge/calibration.yaml). */
  calibration: Calibration;
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
  return files.map((name) => loadProcedure(join(folder, name)));
}

/** One procedure file; its name must be the id. */
export function loadProcedure(file: string): Procedure {
  const data = readData(file);
  const id = basename(file).replace(/\.yaml$/, '');
  const procedure = validate(procedureSchema, data, file, () => id);
  if (procedure.id !== id) {
    throw new KnowledgeError(displayPath(file), [`${id} › id : « ${procedure.id} » devrait être « ${id} », comme le nom du fichier`]);
  }
  return procedure;
}

export function loadSites(dir: string): SitesFile {
  const file = join(dir, 'sites.json');
  const data = timed('sites.json lecture', () => readData(file));
  return timed('sites.json validation', () => validate(sitesFileSchema, data, file, entryInArray(data, 'sites')));
}

export function loadCommunes(dir: string): CommunesFile {
  const file = join(dir, 'communes.json');
  const data = timed('communes.json lecture', () => readData(file));
  const entryOf = (path: ReadonlyArray<PropertyKey>) => {
    const item = path[0] === 'communes' && typeof path[1] === 'number' ? (data as CommunesFile).communes[path[1]] : undefined;
    return item?.insee ?? 'communes';
  };
  return timed('communes.json validation', () => validate(communesFileSchema, data, file, entryOf));
}

export function loadLexicon(dir: string, procedures: Procedure[]): Lexicon {
  const file = join(dir, 'lexicon.yaml');
  const lexicon = validate(lexiconSchema, readData(file), file);
  const known = new Set(procedures.map((p) => p.id));
  const unknown = [
    ...Object.keys(lexicon.procedureTerms)
      .filter((id) => !known.has(id))
      .map((id) => `procedureTerms › ${id} : procédure inconnue`),
    ...lexicon.regime.followDeceased.filter((id) => !known.has(id)).map((id) => `regime › followDeceased › ${id} : procédure inconnue`),
  ];
  if (unknown.length > 0) throw new KnowledgeError(displayPath(file), unknown);
  return lexicon;
}

export function loadIntents(dir: string): Intents {
  const file = join(dir, 'intents.yaml');
  return validate(intentsSchema, readData(file), file);
}

export function loadConversationVocabulary(dir: string, procedures: Procedure[]): ConversationVocabulary {
  const file = join(dir, 'conversation.yaml');
  const vocabulary = validate(conversationVocabularySchema, readData(file), file);
  const byId = new Map(procedures.map((p) => [p.id, p]));
  const unknown: string[] = [];
  for (const [event, related] of Object.entries(vocabulary.related)) {
    if (!byId.has(event)) unknown.push(`related › ${event} : procédure inconnue`);
    for (const entry of related) {
      const [id = '', situation] = entry.split('#');
      const procedure = byId.get(id);
      if (!procedure) unknown.push(`related › ${event} › ${id} : procédure inconnue`);
      else if (situation && !procedure.situations.some((s) => s.id === situation)) unknown.push(`related › ${event} › ${entry} : situation inconnue`);
    }
  }
  for (const [feeling, event] of Object.entries(vocabulary.feelingEvents))
    if (event && !byId.has(event)) unknown.push(`feelingEvents › ${feeling} › ${event} : procédure inconnue`);
  if (unknown.length > 0) throw new KnowledgeError(displayPath(file), unknown);
  return vocabulary;
}

export function loadMessages(dir: string): Messages {
  const file = join(dir, 'messages.yaml');
  return validate(messagesSchema, readData(file), file);
}

export function loadPilotageTexts(dir: string): PilotageTexts {
  const file = join(dir, 'pilotage.yaml');
  return validate(pilotageTextsSchema, readData(file), file);
}

export function loadLanguages(dir: string): LanguagesFile {
  const file = join(dir, 'languages.yaml');
  return validate(languagesFileSchema, readData(file), file);
}

/** knowledge/calibration.yaml; without it, confidences are the classifier's own probabilities. */
export function loadCalibration(dir: string): Calibration {
  const file = join(dir, 'calibration.yaml');
  if (!existsSync(file)) return IDENTITY_CALIBRATION;
  return validate(calibrationSchema, readData(file), file);
}

/** File of knowledge/training/ holding the out-of-scope class. */
export const OUT_OF_SCOPE_FILE = 'hors-perimetre';

/**
 * knowledge/training/: one file per procedure (its name is the id) and hors-perimetre.yaml.
 * A procedure without a file trains on its keywords and examples alone.
 */
export function loadTraining(dir: string, procedures: Procedure[]): TrainingCorpus {
  const folder = join(dir, 'training');
  let names: string[];
  try {
    names = readdirSync(folder).filter((f) => f.endsWith('.yaml')).sort();
  } catch {
    return { byProcedure: {}, outOfScope: [] };
  }
  const known = new Set(procedures.map((p) => p.id));
  const corpus: TrainingCorpus = { byProcedure: {}, outOfScope: [] };
  for (const name of names) {
    const file = join(folder, name);
    const id = name.replace(/\.yaml$/, '');
    const { phrasings } = validate(trainingFileSchema, readData(file), file);
    if (id === OUT_OF_SCOPE_FILE) corpus.outOfScope = phrasings;
    else if (known.has(id)) corpus.byProcedure[id] = phrasings;
    else throw new KnowledgeError(displayPath(file), [`${id} : procédure inconnue (le nom du fichier doit être l'id d'une procédure ou ${OUT_OF_SCOPE_FILE})`]);
  }
  return corpus;
}


export interface LoadOptions {
  /** Where snapshots are kept (dist/knowledge-snapshot by default); `false` always reads the files. */
  snapshotDir?: string | false;
}

/**
 * The knowledge of `dir`, validated: from its snapshot when one was saved for exactly these files
 * (see snapshot.ts), otherwise from the files, then saved as the new snapshot.
 * Throws a KnowledgeError on the first broken file.
 */
export function loadKnowledge(dir: string = defaultKnowledgeDir, options: LoadOptions = {}): Knowledge {
  return loadKnowledgeReporting(dir, options).knowledge;
}

/** As loadKnowledge, also telling where the knowledge came from and its snapshot key (the orientation model is saved for it). */
export function loadKnowledgeReporting(
  dir: string = defaultKnowledgeDir,
  options: LoadOptions = {},
): { knowledge: Knowledge; source: 'snapshot' | 'files'; key?: string } {
  if (options.snapshotDir === false) return { knowledge: loadKnowledgeFiles(dir), source: 'files' };
  const file = snapshotFile(dir, options.snapshotDir);
  const key = timed('empreinte des fichiers', () => knowledgeKey(dir));
  const saved = timed('instantané (lecture)', () => readSnapshot(file, key));
  if (saved) return { knowledge: { dir, ...saved }, source: 'snapshot', key };
  const knowledge = loadKnowledgeFiles(dir);
  timed('instantané (écriture)', () => writeSnapshot(file, key, knowledge));
  return { knowledge, source: 'files', key };
}

/**
 * For knowledge:check: validates the files and compares the result with the snapshot, which is
 * rebuilt when missing, stale or different. Throws a KnowledgeError like loadKnowledge.
 */
export function verifySnapshot(dir: string = defaultKnowledgeDir, snapshotDir?: string): 'up-to-date' | 'rebuilt' | 'unwritable' {
  const file = snapshotFile(dir, snapshotDir);
  const key = knowledgeKey(dir);
  const saved = readSnapshot(file, key);
  const knowledge = loadKnowledgeFiles(dir);
  const { dir: _dir, ...content } = knowledge;
  if (saved && isDeepStrictEqual(saved, JSON.parse(JSON.stringify(content)))) return 'up-to-date';
  return writeSnapshot(file, key, knowledge) ? 'rebuilt' : 'unwritable';
}

/** Reads and validates every knowledge file, without any snapshot. */
export function loadKnowledgeFiles(dir: string = defaultKnowledgeDir): Knowledge {
  const procedures = timed('procédures (YAML)', () => loadProcedures(dir));
  const messages = timed('autres YAML', () => loadMessages(dir));
  const partners = timed('autres YAML', () => loadPartners(dir));
  return {
    dir,
    partners,
    procedures,
    sites: withoutAnomalies(loadSites(dir)),
    communes: loadCommunes(dir),
    lexicon: timed('autres YAML', () => loadLexicon(dir, procedures)),
    intents: timed('autres YAML', () => loadIntents(dir)),
    messages,
    pilotage: timed('autres YAML', () => loadPilotageTexts(dir)),
    conversation: timed('autres YAML', () => loadConversationVocabulary(dir, procedures)),
    languages: timed('autres YAML', () => loadLanguages(dir)),
    english: timed('anglais', () => ({ ...loadEnglishProcedures(dir, procedures), messages: loadEnglishMessages(dir, messages), partners: loadEnglishPartners(dir, partners) })),
    training: timed('entraînement (YAML)', () => loadTraining(dir, procedures)),
    calibration: timed('autres YAML', () => loadCalibration(dir)),
  };
}

/** What the service uses of sites.json: not the import's anomaly report (some 1,200 entries, read by knowledge:check only). */
function withoutAnomalies({ anomalies: _anomalies, ...sites }: SitesFile): Omit<SitesFile, 'anomalies'> {
  return sites;
}

/** Records how long a loading step took in the performance timeline, for `npm run bench`. */
function timed<T>(step: string, run: () => T): T {
  const start = performance.now();
  try {
    return run();
  } finally {
    performance.measure(`knowledge › ${step}`, { start });
  }
}
