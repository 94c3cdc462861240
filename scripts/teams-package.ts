/**
 * Builds the Teams app package: `npm run teams:package -- [--app-id GUID] [--base-url https://…]`.
 * Fills deployment/teams/manifest.template.json, validates it against the published schema
 * shipped in @microsoft/app-manifest, and zips it with the icons into deployment/teams/build/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';
import { buildTeamsManifest, validateTeamsManifest } from '../deployment/teams/manifest.js';
import { loadConfig } from '../src/config.js';

const teamsDir = resolve(fileURLToPath(new URL('../deployment/teams', import.meta.url)));

async function run(): Promise<number> {
  const { values } = parseArgs({ options: { 'app-id': { type: 'string' }, 'base-url': { type: 'string' } }, strict: true });
  const config = loadConfig();
  const appId = values['app-id'] ?? config.bot.MicrosoftAppId;
  if (!appId) {
    console.error('Identifiant du bot manquant : définissez MicrosoftAppId ou passez --app-id <GUID>.');
    return 2;
  }
  const manifest = buildTeamsManifest({ appId, publicBaseUrl: values['base-url'] ?? config.publicBaseUrl });
  const errors = await validateTeamsManifest(manifest);
  if (errors.length > 0) {
    console.error(`Manifeste Teams invalide :\n${errors.map((e) => `  - ${e}`).join('\n')}`);
    return 1;
  }
  const zip = zipSync({
    'manifest.json': new TextEncoder().encode(JSON.stringify(manifest, null, 2)),
    'color.png': readFileSync(join(teamsDir, 'color.png')),
    'outline.png': readFileSync(join(teamsDir, 'outline.png')),
  });
  mkdirSync(join(teamsDir, 'build'), { recursive: true });
  const out = join(teamsDir, 'build', 'assistant-france-services-oise.zip');
  writeFileSync(out, zip);
  console.log(`Paquet Teams écrit : ${out} (${zip.length} octets), manifeste valide (schéma ${manifest.manifestVersion}).`);
  return 0;
}

process.exitCode = await run();
