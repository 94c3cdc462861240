import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildTeamsManifest, validateTeamsManifest } from '../../deployment/teams/manifest.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const appId = '8f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b';

describe('Teams app manifest', () => {
  it('validates against its published schema, with the bot id from configuration', async () => {
    const manifest = buildTeamsManifest({ appId, publicBaseUrl: 'https://assistant.example.gouv.fr/' });
    expect(await validateTeamsManifest(manifest)).toEqual([]);
    expect(JSON.stringify(manifest)).not.toContain('{{');
    const bots = manifest.bots as Array<{ botId: string; commandLists: Array<{ commands: Array<{ title: string }> }> }>;
    expect(bots[0]!.botId).toBe(appId);
    // The same commands as the bot's, from knowledge/messages.yaml.
    expect(bots[0]!.commandLists[0]!.commands.map((c) => c.title)).toEqual(loadKnowledge().messages.conversation.agentCommands.map((c) => c.name));
  });

  it('is rejected when the bot id is not a GUID', async () => {
    const manifest = buildTeamsManifest({ appId: 'pas-un-guid', publicBaseUrl: 'https://assistant.example.gouv.fr' });
    expect((await validateTeamsManifest(manifest)).join('\n')).toMatch(/botId/);
  });

  it('builds a zip with the manifest and both icons', () => {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/teams-package.ts', '--app-id', appId], { stdio: 'pipe' });
    const files = unzipSync(readFileSync('deployment/teams/build/assistant-france-services-oise.zip'));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(JSON.parse(new TextDecoder().decode(files['manifest.json'])).id).toBe(appId);
  });

  it('refuses to build without a bot id', () => {
    expect(() =>
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/teams-package.ts'], { stdio: 'pipe', env: { ...process.env, MicrosoftAppId: '' } }),
    ).toThrow(/MicrosoftAppId/);
  });
});
