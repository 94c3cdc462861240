import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeReporting, type Knowledge } from '../../src/knowledge/load.js';
import { createOrientation, loadOrientationModel, verifyOrientationModel } from '../../src/orientation/index.js';
import { DEFAULT_DEPARTEMENT } from '../../src/orientation/location/resolve.js';

/** Messages as residents and desk agents type them (sets A and C), and communes named alone. */
const messages = [
  ...['set-a-residents-sms.jsonl', 'set-c-desk-english.jsonl'].flatMap((name) =>
    readFileSync(join('test', 'fixtures', name), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { text: string }).text),
  ),
  'Beauvais',
  'je suis à Crèvecœur',
  '60250',
  'St Just en Chaussée',
  "L'Isle-Adam",
];

let knowledge: Knowledge;
let knowledgeKey: string;
beforeAll(() => {
  const loaded = loadKnowledgeReporting();
  knowledge = loaded.knowledge;
  knowledgeKey = loaded.key!;
});

const modelDir = () => mkdtempSync(join(tmpdir(), 'orientation-model-'));

describe('saved orientation model', () => {
  it('answers every message exactly as indexes built afresh: same procedures, scores, alternatives and communes', () => {
    const dir = modelDir();
    const options = { knowledgeKey, departement: DEFAULT_DEPARTEMENT, modelDir: dir };
    expect(loadOrientationModel(knowledge, options).source).toBe('built');
    const saved = loadOrientationModel(knowledge, options);
    expect(saved.source).toBe('saved');
    const fromFile = createOrientation(knowledge, { model: saved.model });
    const built = createOrientation(knowledge);
    for (const text of messages) {
      expect(fromFile.analyze(text)).toEqual(built.analyze(text));
      expect(fromFile.lookupCommune(text)).toEqual(built.lookupCommune(text));
    }
  }, 60_000);

  it('is rebuilt when the knowledge changes, and when the file is damaged', () => {
    const dir = modelDir();
    loadOrientationModel(knowledge, { knowledgeKey, departement: DEFAULT_DEPARTEMENT, modelDir: dir });
    expect(loadOrientationModel(knowledge, { knowledgeKey: `${knowledgeKey}-edited`, departement: DEFAULT_DEPARTEMENT, modelDir: dir }).source).toBe('built');
    const [file] = readdirSync(dir).filter((name) => name.endsWith('.json'));
    writeFileSync(join(dir, file!), '{"key": "truncated');
    expect(loadOrientationModel(knowledge, { knowledgeKey, departement: DEFAULT_DEPARTEMENT, modelDir: dir }).source).toBe('built');
    expect(loadOrientationModel(knowledge, { knowledgeKey, departement: DEFAULT_DEPARTEMENT, modelDir: dir }).source).toBe('saved');
  }, 60_000);

  it('is checked by knowledge:check, which rebuilds a tampered one', () => {
    const dir = modelDir();
    const options = { knowledgeKey, departement: DEFAULT_DEPARTEMENT, modelDir: dir };
    expect(verifyOrientationModel(knowledge, options)).toBe('rebuilt');
    expect(verifyOrientationModel(knowledge, options)).toBe('up-to-date');
    const [file] = readdirSync(dir).filter((name) => name.endsWith('.json'));
    const path = join(dir, file!);
    const saved = JSON.parse(readFileSync(path, 'utf8')) as { model: { understanding: { placeWords: string[] } } };
    saved.model.understanding.placeWords.push('carte');
    writeFileSync(path, JSON.stringify(saved));
    expect(verifyOrientationModel(knowledge, options)).toBe('rebuilt');
    expect(verifyOrientationModel(knowledge, options)).toBe('up-to-date');
  }, 60_000);

  it('follows an edit of a knowledge file at the next start', () => {
    const root = mkdtempSync(join(tmpdir(), 'orientation-model-knowledge-'));
    const knowledgeDir = join(root, 'knowledge');
    cpSync('knowledge', knowledgeDir, { recursive: true });
    const snapshotDir = join(root, 'snapshots');
    const dir = modelDir();
    const start = () => {
      const { knowledge, key } = loadKnowledgeReporting(knowledgeDir, { snapshotDir });
      return { knowledge, ...loadOrientationModel(knowledge, { knowledgeKey: key!, departement: DEFAULT_DEPARTEMENT, modelDir: dir }) };
    };
    expect(start().source).toBe('built');
    expect(start().source).toBe('saved');
    const file = join(knowledgeDir, 'training', 'passeport.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n  - mon passeport a été mangé par le chien\n`);
    const edited = start();
    expect(edited.source).toBe('built');
    expect(createOrientation(edited.knowledge, { model: edited.model }).analyze('mon passeport a été mangé par le chien')).toEqual(
      createOrientation(edited.knowledge).analyze('mon passeport a été mangé par le chien'),
    );
  }, 60_000);
});
