/**
 * English versions of the French knowledge. A procedure's English file (knowledge/procedures-en/<id>.yaml)
 * says which French version it translates (`translatedFrom`: the French file's `lastReviewed`). When the
 * French file has been reviewed since, the translation is outdated: it is not shown (the French answer is,
 * with a sentence saying so) and `knowledge:check` warns, so that a correction of the French texts never
 * leaves a wrong English text online and never blocks the French work.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { KnowledgeError } from './errors.js';
import { displayPath, readData, validate } from './readFile.js';
import { messagesSchema, type Messages } from './schemas/messages.js';
import { procedureSchema, type Procedure } from './schemas/procedure.js';
import { missingTranslations, overlay, type TranslationRules } from './translation.js';

export interface EnglishProcedures {
  /** French procedures with their English texts, by id: only translations of the current French version (plain JSON: it goes into the knowledge snapshot). */
  procedures: Record<string, Procedure>;
  /** Translations of an older French version, not shown: "file : why". */
  outdated: string[];
}

/** Everything English: the bot's texts and the translated procedures. */
export interface EnglishKnowledge extends EnglishProcedures {
  /** Every text of messages.yaml, in English (knowledge/messages.en.yaml). */
  messages: Messages;
}

/** Command words may differ in number between languages; every other text must exist in both. */
const messageRules: TranslationRules = { neutral: new Set(), sameLength: false };

/** knowledge/messages.en.yaml: the same keys as messages.yaml, in English, validated by the same schema. */
export function loadEnglishMessages(dir: string, french: Messages): Messages {
  const file = join(dir, 'messages.en.yaml');
  const data = readData(file);
  const missing = missingTranslations(french, data, messageRules);
  if (missing.length > 0) throw new KnowledgeError(displayPath(file), missing);
  return validate(messagesSchema, data, file);
}

/** What is the same in both languages: ids, links, phone numbers, dates, figures, and the words users type. */
const procedureRules: TranslationRules = {
  neutral: new Set(['id', 'partner', 'msaAlternative', 'keywords', 'examples', 'url', 'number', 'lastReviewed', 'translatedFrom', 'figure', 'from', 'until', 'source', 'checked', 'historical']),
  sameLength: true,
  // Lists of ids, such as the situations a cost applies to.
  isReference: (value) => Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(item)),
};

export function listEnglishProcedureFiles(dir: string): string[] {
  const folder = join(dir, 'procedures-en');
  try {
    return readdirSync(folder).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(folder, f));
  } catch {
    throw new KnowledgeError(displayPath(folder), ['dossier illisible']);
  }
}

export function loadEnglishProcedures(dir: string, french: Procedure[]): EnglishProcedures {
  const byId = new Map(french.map((p) => [p.id, p]));
  const result: EnglishProcedures = { procedures: {}, outdated: [] };
  for (const file of listEnglishProcedureFiles(dir)) {
    const loaded = loadEnglishProcedure(file, byId);
    if ('outdated' in loaded) result.outdated.push(loaded.outdated);
    else result.procedures[loaded.procedure.id] = loaded.procedure;
  }
  return result;
}

/** One English procedure file: the French procedure with its English texts, or why it is outdated. */
export function loadEnglishProcedure(file: string, french: ReadonlyMap<string, Procedure>): { procedure: Procedure } | { outdated: string } {
  const data = readData(file) as Record<string, unknown> | null;
  const id = basename(file).replace(/\.yaml$/, '');
  const original = french.get(id);
  if (!original) throw new KnowledgeError(displayPath(file), [`${id} : aucune démarche française « ${id} » (procedures/${id}.yaml)`]);
  const from = data?.translatedFrom;
  if (typeof from !== 'string') throw new KnowledgeError(displayPath(file), [`${id} › translatedFrom : date de la version française traduite (son lastReviewed) manquante`]);
  if (from !== original.lastReviewed) {
    return { outdated: `${displayPath(file)} › ${id} : traduit de la version française du ${from}, relue depuis le ${original.lastReviewed} ; réponses en français jusqu'à la mise à jour de la traduction` };
  }
  const problems = missingTranslations(original, data, procedureRules).map((p) => `${id} › ${p}`);
  const situations = Array.isArray(data?.situations) ? (data.situations as { id?: unknown }[]) : [];
  situations.forEach((s, i) => {
    const expected = original.situations[i]?.id;
    if (s?.id !== undefined && s.id !== expected) problems.push(`${id} › situations[${i}].id : « ${String(s.id)} » devrait être « ${expected} », dans l'ordre du français`);
  });
  if (typeof data?.lastReviewed !== 'string') problems.push(`${id} › lastReviewed : date de relecture de la version anglaise manquante`);
  if (problems.length > 0) throw new KnowledgeError(displayPath(file), problems);
  const { translatedFrom: _translated, ...english } = data as Record<string, unknown>;
  return { procedure: validate(procedureSchema, overlay(original, { ...english, id }), file, () => id) };
}
