/** The import graph's rules (.dependency-cruiser*.cjs) hold on the real tree, and do catch violations. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const depcruise = join(root, 'node_modules', '.bin', 'depcruise');

function cruise(cwd: string, folders: string[], config: string): { status: number | null; output: string } {
  const run = spawnSync(depcruise, [...folders, '--config', join(root, config)], { cwd, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('import graph', () => {
  const tree = ['src', 'dialogs', 'tools', 'scripts', 'bin', 'bench'];

  it('has no runtime import of tools/, no src → dialogs import, no module cycle', () => {
    const { status, output } = cruise(root, tree, '.dependency-cruiser.cjs');
    expect(output).toContain('no dependency violations found');
    expect(status).toBe(0);
  }, 120_000);

  it('has no cycle between folders (composition root aside)', () => {
    const { status, output } = cruise(root, tree, '.dependency-cruiser.folders.cjs');
    expect(output).toContain('no dependency violations found');
    expect(status).toBe(0);
  }, 120_000);

  it('fails on a tree that breaks each rule', () => {
    const fixture = join(root, 'test', 'fixtures', 'architecture');
    const modules = cruise(fixture, ['src', 'dialogs', 'tools'], '.dependency-cruiser.cjs');
    expect(modules.status).not.toBe(0);
    expect(modules.output).toContain('no-runtime-import-of-tools: src/bot/bot.js → tools/importer.js');
    expect(modules.output).toContain('no-bot-import-of-dialogs: src/bot/bot.js → dialogs/main.js');
    expect(modules.output).toContain('no-module-cycles');
    const folders = cruise(fixture, ['src', 'dialogs', 'tools'], '.dependency-cruiser.folders.cjs');
    expect(folders.status).not.toBe(0);
    expect(folders.output).toContain('no-folder-cycles');
  }, 120_000);
});
