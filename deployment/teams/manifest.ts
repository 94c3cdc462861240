import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defaultKnowledgeDir, loadMessages } from '../../src/knowledge/load.js';

const require = createRequire(import.meta.url);
const templateFile = fileURLToPath(new URL('./manifest.template.json', import.meta.url));
const packageJson = fileURLToPath(new URL('../../package.json', import.meta.url));

export interface TeamsManifestOptions {
  /** Microsoft App ID of the Azure Bot resource (a GUID); also used as the Teams app id. */
  appId: string;
  /** Public https address of the bot, e.g. https://assistant.oise.gouv.fr. */
  publicBaseUrl: string;
}

/** Fills the manifest template with the bot id, the public address and the package version. */
export function buildTeamsManifest({ appId, publicBaseUrl }: TeamsManifestOptions): Record<string, unknown> & { manifestVersion: string } {
  const base = publicBaseUrl.replace(/\/+$/, '');
  const version = (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
  const filled = readFileSync(templateFile, 'utf8')
    .replaceAll('{{BOT_ID}}', appId)
    .replaceAll('{{PUBLIC_BASE_URL}}', base)
    .replaceAll('{{PUBLIC_HOST}}', new URL(base).host)
    .replaceAll('{{VERSION}}', version);
  const manifest = JSON.parse(filled) as Record<string, unknown> & { manifestVersion: string; bots: Array<{ commandLists: Array<{ commands: unknown[] }> }> };
  // The bot's agent commands and the manifest's command list come from one source: knowledge/messages.yaml.
  const commands = loadMessages(defaultKnowledgeDir).conversation.agentCommands.map((c) => ({ title: c.name, description: `${c.description} : ${c.example}` }));
  for (const bot of manifest.bots) for (const list of bot.commandLists) list.commands = commands;
  return manifest;
}

/** Validates against the schema version the manifest declares, from the schemas shipped in @microsoft/app-manifest (offline). */
export async function validateTeamsManifest(manifest: { manifestVersion: string }): Promise<string[]> {
  const schema = require(`@microsoft/app-manifest/build/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
  const { ManifestUtil } = require('@microsoft/app-manifest') as {
    ManifestUtil: { validateManifestAgainstSchema(m: unknown, s: unknown): Promise<string[]> };
  };
  return ManifestUtil.validateManifestAgainstSchema(manifest, schema);
}
