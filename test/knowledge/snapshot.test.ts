import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/knowledge/errors.js';
import { loadKnowledgeFiles, loadKnowledgeReporting, verifySnapshot } from '../../src/knowledge/load.js';

/** A copy of the real knowledge folder and an empty snapshot folder, so that edits stay in the test. */
function workspace() {
  const root = mkdtempSync(join(tmpdir(), 'snapshot-'));
  const dir = join(root, 'knowledge');
  cpSync('knowledge', dir, { recursive: true });
  return { dir, snapshotDir: join(root, 'snapshots') };
}

const editTitle = (dir: string, from: string, to: string) => {
  const file = join(dir, 'procedures', 'carte-vitale.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
};

describe('knowledge snapshot', () => {
  it('gives the same knowledge as the validated files, from the second start on', () => {
    const { dir, snapshotDir } = workspace();
    const first = loadKnowledgeReporting(dir, { snapshotDir });
    const second = loadKnowledgeReporting(dir, { snapshotDir });
    expect([first.source, second.source]).toEqual(['files', 'snapshot']);
    expect(second.knowledge).toEqual(loadKnowledgeFiles(dir));
  }, 60_000);

  it('follows an edit of a knowledge file without anyone rebuilding it', () => {
    const { dir, snapshotDir } = workspace();
    loadKnowledgeReporting(dir, { snapshotDir });
    const title = loadKnowledgeFiles(dir).procedures.find((p) => p.id === 'carte-vitale')!.title;
    editTitle(dir, title, `${title} (modifié)`);
    const edited = loadKnowledgeReporting(dir, { snapshotDir });
    expect(edited.source).toBe('files');
    expect(edited.knowledge.procedures.find((p) => p.id === 'carte-vitale')!.title).toBe(`${title} (modifié)`);
  }, 60_000);

  it('never hides a broken file behind an older snapshot', () => {
    const { dir, snapshotDir } = workspace();
    loadKnowledgeReporting(dir, { snapshotDir });
    writeFileSync(join(dir, 'procedures', 'carte-vitale.yaml'), 'id: carte-vitale\ntitle: [unterminated\n');
    expect(() => loadKnowledgeReporting(dir, { snapshotDir })).toThrow(KnowledgeError);
  }, 60_000);

  it('loads from the files when the snapshot is damaged, and repairs it', () => {
    const { dir, snapshotDir } = workspace();
    loadKnowledgeReporting(dir, { snapshotDir });
    const [file] = readdirSync(snapshotDir);
    writeFileSync(join(snapshotDir, file!), '{"key": "truncated');
    expect(loadKnowledgeReporting(dir, { snapshotDir }).source).toBe('files');
    expect(loadKnowledgeReporting(dir, { snapshotDir }).source).toBe('snapshot');
  }, 60_000);

  it('is checked by knowledge:check, which rebuilds a tampered one', () => {
    const { dir, snapshotDir } = workspace();
    expect(verifySnapshot(dir, snapshotDir)).toBe('rebuilt');
    expect(verifySnapshot(dir, snapshotDir)).toBe('up-to-date');
    const [file] = readdirSync(snapshotDir);
    const path = join(snapshotDir, file!);
    const saved = JSON.parse(readFileSync(path, 'utf8')) as { knowledge: { procedures: Array<{ title: string }> } };
    saved.knowledge.procedures[0]!.title = 'Titre qui ne vient d’aucun fichier';
    writeFileSync(path, JSON.stringify(saved));
    expect(verifySnapshot(dir, snapshotDir)).toBe('rebuilt');
    expect(loadKnowledgeReporting(dir, { snapshotDir }).knowledge).toEqual(loadKnowledgeFiles(dir));
  }, 60_000);
});
