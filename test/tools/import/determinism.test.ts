import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const data = '../shared/data';
const anct = join(data, 'france-services-anct-2024-08-01.csv');
const laPoste = join(data, 'laposte-hexasmal-2020.csv');
const hasData = existsSync(anct) && existsSync(laPoste);
const run = (script: string, input: string, output: string) => execFileSync(process.execPath, ['--import', 'tsx', script, input, output], { stdio: 'pipe' });

// The raw official files live outside the repository (../shared/data); without them there is nothing to import.
describe.skipIf(!hasData)('imports are deterministic (needs ../shared/data)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-'));

  it('writes byte-identical sites.json twice, with all 2,845 sites and the 40 Oise rows', () => {
    run('scripts/import-sites.ts', anct, join(dir, 'a.json'));
    run('scripts/import-sites.ts', anct, join(dir, 'b.json'));
    const a = readFileSync(join(dir, 'a.json'));
    expect(a.equals(readFileSync(join(dir, 'b.json')))).toBe(true);
    const file = JSON.parse(a.toString()) as { sites: { departement: string }[]; source: { date: string } };
    expect(file.sites).toHaveLength(2845);
    expect(file.sites.filter((s) => s.departement === '60')).toHaveLength(40);
    expect(file.source.date).toBe('2024-08-01');
  }, 60_000);

  it('writes byte-identical communes.json twice', () => {
    run('scripts/import-communes.ts', laPoste, join(dir, 'c.json'));
    run('scripts/import-communes.ts', laPoste, join(dir, 'd.json'));
    expect(readFileSync(join(dir, 'c.json')).equals(readFileSync(join(dir, 'd.json')))).toBe(true);
  }, 60_000);
});
