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
import { partnerSchema, type Partner } from './schemas/partner.js';
import { procedureSchema, type Procedure } from './schemas/procedure.js';
import { missingTranslations, overlay, type TranslationRules } from './translation.js';

export interface EnglishProcedures {
  /** French procedures with their English texts, by id: only translations of the current French version (plain JSON: it goes into the knowledge snapshot). */
  procedures: Record<string, Procedure>;
  /** Translations of an older French version, not shown: "file : why". */
  outdated: string[];
}

/** Everything English: the bot's texts, the partners and the translated procedures. */
export interface EnglishKnowledge extends EnglishProcedures {
  /** Every text of messages.yaml, in English (knowledge/messages.en.yaml). */
  messages: Messages;
  /** Every partner of partners.yaml with its English texts, by id (knowledge/partners.en.yaml). */
  partners: Record<string, Partner>;
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

/** A partner's id, website, phone number and the names users type are the same in both languages. */
const partnerRules: TranslationRules = { neutral: new Set(['id', 'aliases', 'website', 'number']), sameLength: true };

/**
 * knowledge/partners.en.yaml: for every French partner, an entry with the same id and every text of the
 * French entry (name, short name, what it handles, phone line, local office), none more; validated by the
 * French schema once put on the French partner.
 */
export function loadEnglishPartners(dir: string, french: Partner[]): Record<string, Partner> {
  const file = join(dir, 'partners.en.yaml');
  const data = readData(file) as { partners?: unknown } | null;
  if (!Array.isArray(data?.partners)) throw new KnowledgeError(displayPath(file), ['partners : liste des partenaires en anglais manquante']);
  const entries = data.partners as (Record<string, unknown> | null)[];
  const byId = new Map(entries.map((entry) => [entry?.id, entry]));
  const problems: string[] = [];
  for (const partner of french) {
    const entry = byId.get(partner.id);
    if (!entry) problems.push(`${partner.id} : traduction manquante (partenaire de partners.yaml)`);
    else problems.push(...missingTranslations(partner, entry, partnerRules).map((p) => `${partner.id} › ${p}`));
  }
  const known = new Set(french.map((p) => p.id));
  entries.forEach((entry, i) => {
    if (!known.has(String(entry?.id))) problems.push(`partners[${i}] : aucun partenaire français « ${String(entry?.id)} » (partners.yaml)`);
  });
  if (byId.size < entries.length) problems.push('partners : un partenaire apparaît deux fois');
  if (problems.length > 0) throw new KnowledgeError(displayPath(file), problems);
  return Object.fromEntries(french.map((p) => [p.id, validate(partnerSchema, overlay(p, byId.get(p.id)), file, () => p.id)]));
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
