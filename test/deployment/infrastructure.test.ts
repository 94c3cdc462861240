import { existsSync, readFileSync } from 'node:fs';
import { DockerfileParser, type Copy } from 'dockerfile-ast';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(path, 'utf8');

describe('Dockerfile', () => {
  const dockerfile = DockerfileParser.parse(read('deployment/Dockerfile'));
  const instructions = dockerfile.getInstructions();
  const args = (keyword: string) => instructions.filter((i) => i.getKeyword() === keyword).map((i) => i.getArgumentsContent() ?? '');

  it('is multi-stage, on Node 20, and runs the compiled bot', () => {
    expect(dockerfile.getFROMs().map((f) => f.getImageName())).toEqual(['node', 'node']);
    expect(dockerfile.getFROMs().every((f) => f.getImageTag()?.startsWith('20'))).toBe(true);
    expect(args('CMD').at(-1)).toContain('dist/src/index.js');
  });

  it('runs as a non-root user with a health check on /healthz', () => {
    expect(args('USER').at(-1)).not.toMatch(/^(root|0)$/);
    expect(args('HEALTHCHECK').at(-1)).toContain('/healthz');
    expect(args('ENV').join(' ')).toContain('NODE_ENV=production');
  });

  it('only copies folders that exist in the repository', () => {
    const fromContext = instructions.filter((i): i is Copy => i.getKeyword() === 'COPY' && !(i as Copy).getFromFlag());
    const sources = fromContext.flatMap((i) =>
      i
        .getArguments()
        .slice(0, -1)
        .map((a) => a.getValue()),
    );
    for (const source of sources) expect(existsSync(source), source).toBe(true);
  });
});

describe('Azure Bicep template', () => {
  const bicep = read('deployment/azure/main.bicep');
  const guide = read('deployment/README.md');
  const params = [...bicep.matchAll(/^param (\w+) /gm)].map((m) => m[1]!);

  it('documents every parameter in the deployment guide', () => {
    expect(params.length).toBeGreaterThan(5);
    for (const name of params) expect(guide, `param ${name}`).toContain(`\`${name}\``);
  });

  it('declares the App Service, the bot with its three channels, storage and monitoring', () => {
    for (const type of [
      'Microsoft.Web/serverfarms',
      'Microsoft.Web/sites',
      'Microsoft.BotService/botServices',
      'Microsoft.Storage/storageAccounts',
      'Microsoft.Insights/components',
    ]) {
      expect(bicep).toContain(`'${type}@`);
    }
    for (const channel of ['WebChatChannel', 'DirectLineChannel', 'MsTeamsChannel']) expect(bicep).toContain(`channelName: '${channel}'`);
    expect(bicep).toContain("linuxFxVersion: 'NODE|20-lts'");
    // The platform's probe is readiness: an instance whose storage does not answer leaves the rotation.
    expect(bicep).toContain("healthCheckPath: '/readyz'");
    expect(bicep).toContain('daysAfterModificationGreaterThan: 30');
  });

  it('keeps usage statistics in Table Storage and signs coordinators in with Entra ID for /pilotage', () => {
    expect(bicep).toContain("{ name: 'USAGE_STORE', value: 'table' }");
    expect(bicep).toContain("{ name: 'PILOTAGE_AUTH', value: 'appservice' }");
    expect(bicep).toContain("name: 'authsettingsV2'");
    // The public page and the bot stay anonymous: only /pilotage asks for a sign-in.
    expect(bicep).toContain("unauthenticatedClientAction: 'AllowAnonymous'");
  });

  it('sets every variable the application requires in production', () => {
    const example = read('.env.example');
    const settings = [...bicep.matchAll(/\{ name: '(\w+)', value:/g)].map((m) => m[1]);
    for (const name of [
      'NODE_ENV',
      'PUBLIC_BASE_URL',
      'MicrosoftAppId',
      'MicrosoftAppPassword',
      'MicrosoftAppType',
      'MicrosoftAppTenantId',
      'STORAGE',
      'BLOB_CONNECTION_STRING',
      'BLOB_CONTAINER',
      'USAGE_STORE',
      'USAGE_TABLE_CONNECTION_STRING',
      'USAGE_SALT',
      'PILOTAGE_AUTH',
    ]) {
      expect(settings).toContain(name);
      expect(example).toContain(name);
    }
  });
});
