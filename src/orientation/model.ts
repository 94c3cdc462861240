/**
 * The orientation model: what createOrientation builds from the knowledge before it can answer (the
 * understanding's indexes and trained classifier, the commune tables: some 400 ms of processor time),
 * saved as one JSON file so that a start loads it instead. Like the knowledge snapshot
 * (src/knowledge/snapshot.ts), it is a build artefact (dist/orientation-model/, gitignored), never
 * edited nor committed: its key is a hash of the knowledge snapshot's key (every knowledge file and the
 * code that validates them), of the département served and of the orientation code (this folder) and
 * the classifier library's version, so a model whose knowledge or code changed is rebuilt at the next
 * start. Building it has no randomness: the same knowledge gives the same file, and the understanding
 * loaded from it gives the same scores as one built afresh (test/orientation/model.test.ts).
 * Written by `npm run build`, by a start that finds it stale and by `npm run knowledge:check` (which
 * also verifies it).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { Knowledge } from '../knowledge/load.js';
import { projectRoot } from '../knowledge/projectRoot.js';
import { filesUnder, packageVersion } from '../knowledge/snapshot.js';
import { buildCommuneTables } from './location/communeIndex.js';
import type { CommuneTablesData, MultiTableData } from './location/communeTables.js';
import { buildUnderstandingModel, type UnderstandingModel } from './understanding/understand.js';

export const defaultModelDir = join(projectRoot, 'dist', 'orientation-model');
const codeDir = dirname(fileURLToPath(import.meta.url));

export interface OrientationModel {
  understanding: UnderstandingModel;
  communes: CommuneTablesData;
}

/** Builds the model (what createOrientation would build without one). */
export function buildOrientationModel(knowledge: Knowledge, departement: string): OrientationModel {
  return { understanding: buildUnderstandingModel(knowledge, departement), communes: buildCommuneTables(knowledge.communes.communes, departement) };
}

/** Typed arrays as base64 of their bytes (the key holds the byte order). */
type Encoded<T> = { [K in keyof T]: T[K] extends Uint32Array | Uint8Array ? string : T[K] extends MultiTableData ? Encoded<MultiTableData> : T[K] };
interface ModelFile {
  key: string;
  model: { understanding: UnderstandingModel; communes: Encoded<CommuneTablesData> };
}

const base64 = (a: Uint32Array | Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
function uint32(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  const out = new Uint32Array(bytes.byteLength / 4);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}
const encodeTable = (t: MultiTableData) => ({ keys: t.keys, starts: base64(t.starts), values: base64(t.values) });
const decodeTable = (t: Encoded<MultiTableData>): MultiTableData => ({ keys: t.keys, starts: uint32(t.starts), values: uint32(t.values) });

function encode(model: OrientationModel): ModelFile['model'] {
  const { names, postalCodes, insee, tokens, tokenLengths } = model.communes;
  return {
    understanding: model.understanding,
    communes: { names: encodeTable(names), postalCodes: encodeTable(postalCodes), insee: encodeTable(insee), tokens, tokenLengths: base64(tokenLengths) },
  };
}

function decode(saved: ModelFile['model']): OrientationModel {
  const { names, postalCodes, insee, tokens, tokenLengths } = saved.communes;
  return {
    understanding: saved.understanding,
    communes: {
      names: decodeTable(names),
      postalCodes: decodeTable(postalCodes),
      insee: decodeTable(insee),
      tokens,
      tokenLengths: Uint8Array.from(Buffer.from(tokenLengths, 'base64')),
    },
  };
}

/** Hash of what the model is built from: the knowledge (its snapshot key), the département, this code and wink's version. */
export function orientationModelKey(knowledgeKey: string, departement: string): string {
  const hash = createHash('sha256');
  hash.update(`${knowledgeKey}\0${departement}\0${endianness()}\0wink ${packageVersion('wink-naive-bayes-text-classifier')}\0`);
  for (const file of filesUnder(codeDir, (name) => /\.[jt]s$/.test(name)))
    hash
      .update(`${relative(codeDir, file)}\0`)
      .update(readFileSync(file))
      .update('\0');
  return hash.digest('hex');
}

/** One model file per knowledge folder, code location (src/ with tsx, dist/ built) and département. */
export function modelFile(knowledgeDir: string, departement: string, modelDir = defaultModelDir): string {
  const name = createHash('sha256')
    .update(`${resolve(knowledgeDir)}\0${codeDir}\0${departement}`)
    .digest('hex')
    .slice(0, 16);
  return join(modelDir, `${name}.json`);
}

function readModel(file: string, key: string): OrientationModel | undefined {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as ModelFile;
    return saved.key === key ? decode(saved.model) : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the model atomically (concurrent starts and test workers never read half a file). */
function writeModel(file: string, key: string, model: OrientationModel): boolean {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, JSON.stringify({ key, model: encode(model) } satisfies ModelFile));
    renameSync(temporary, file);
    return true;
  } catch {
    // A read-only install keeps working: it builds the model at every start.
    return false;
  }
}

export interface ModelOptions {
  /** The knowledge snapshot's key (loadKnowledgeReporting): the model is saved for exactly this knowledge. */
  knowledgeKey: string;
  departement: string;
  /** Folder of the saved models (tests use their own). */
  modelDir?: string;
}

/** The saved model when its key matches; otherwise the model built and saved for the next start. */
export function loadOrientationModel(knowledge: Knowledge, options: ModelOptions): { model: OrientationModel; source: 'saved' | 'built' } {
  const file = modelFile(knowledge.dir, options.departement, options.modelDir);
  const key = orientationModelKey(options.knowledgeKey, options.departement);
  const saved = readModel(file, key);
  if (saved) return { model: saved, source: 'saved' };
  const model = buildOrientationModel(knowledge, options.departement);
  writeModel(file, key, model);
  return { model, source: 'built' };
}

/** For knowledge:check: builds the model afresh and compares it with the saved one, which is rebuilt when missing, stale or different. */
export function verifyOrientationModel(knowledge: Knowledge, options: ModelOptions): 'up-to-date' | 'rebuilt' | 'unwritable' {
  const file = modelFile(knowledge.dir, options.departement, options.modelDir);
  const key = orientationModelKey(options.knowledgeKey, options.departement);
  const saved = readModel(file, key);
  const model = buildOrientationModel(knowledge, options.departement);
  if (saved && isDeepStrictEqual(encode(saved), JSON.parse(JSON.stringify(encode(model))))) return 'up-to-date';
  return writeModel(file, key, model) ? 'rebuilt' : 'unwritable';
}
