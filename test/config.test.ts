import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const production = {
  NODE_ENV: 'production',
  MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
  MicrosoftAppPassword: 'secret',
  BLOB_CONNECTION_STRING: 'DefaultEndpointsProtocol=https;AccountName=x;AccountKey=y;EndpointSuffix=core.windows.net',
  BLOB_CONTAINER: 'conversations',
  PUBLIC_BASE_URL: 'https://assistant.example.fr',
};

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error('loadConfig accepted the configuration');
}

describe('loadConfig: local defaults', () => {
  it('starts with no variable at all', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 3978,
      publicBaseUrl: 'http://localhost:3978',
      storage: { kind: 'memory' },
      defaultDepartement: '60',
      agentChannels: ['msteams'],
      maxBodyBytes: 256 * 1024,
      logLevel: 'info',
      directLineSecret: undefined,
    });
    expect(config.bot.MicrosoftAppId).toBe('');
  });

  it('treats empty variables (VAR= in .env) as unset', () => {
    expect(loadConfig({ PORT: '', MicrosoftAppId: '', STORAGE: '' })).toMatchObject({ port: 3978, storage: { kind: 'memory' } });
  });

  it('derives the public URL from the port and splits agent channels', () => {
    const config = loadConfig({ PORT: '8080', AGENT_CHANNELS: 'msteams, webchat ,' });
    expect(config.publicBaseUrl).toBe('http://localhost:8080');
    expect(config.agentChannels).toEqual(['msteams', 'webchat']);
  });

  it('lets the préfecture choose the Direct Line region and the sites that may embed the widget', () => {
    expect(loadConfig({})).toMatchObject({
      directLineEndpoint: 'https://directline.botframework.com/v3/directline',
      widgetFrameAncestors: ['https://www.oise.gouv.fr'],
    });
    const config = loadConfig({
      DIRECTLINE_ENDPOINT: 'https://europe.directline.botframework.com/v3/directline/',
      WIDGET_FRAME_ANCESTORS: 'https://www.oise.gouv.fr, https://www.demarches.oise.gouv.fr',
    });
    expect(config.directLineEndpoint).toBe('https://europe.directline.botframework.com/v3/directline');
    expect(config.widgetFrameAncestors).toEqual(['https://www.oise.gouv.fr', 'https://www.demarches.oise.gouv.fr']);
    expect(problemsOf({ WIDGET_FRAME_ANCESTORS: "http://insecure.example, 'unsafe-inline'" }).join('\n')).toContain('WIDGET_FRAME_ANCESTORS');
  });

  it('names a variable with a wrong value', () => {
    expect(problemsOf({ PORT: 'abc' }).join('\n')).toContain('PORT');
    expect(problemsOf({ MicrosoftAppType: 'Tenantless' }).join('\n')).toContain('MicrosoftAppType');
    expect(problemsOf({ PUBLIC_BASE_URL: 'pas une adresse' }).join('\n')).toContain('PUBLIC_BASE_URL');
  });

  it('requires a tenant for SingleTenant even locally', () => {
    expect(problemsOf({ MicrosoftAppType: 'SingleTenant', MicrosoftAppId: 'a', MicrosoftAppPassword: 'b' })).toEqual([
      expect.stringContaining('MicrosoftAppTenantId'),
    ]);
  });
});

describe('loadConfig: production', () => {
  it('accepts a complete configuration and uses blob storage', () => {
    const config = loadConfig(production);
    expect(config.storage).toEqual({ kind: 'blob', connectionString: production.BLOB_CONNECTION_STRING, container: 'conversations' });
    expect(config.publicBaseUrl).toBe('https://assistant.example.fr');
  });

  it('lists every missing variable at once, in French and English', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    for (const name of ['MicrosoftAppId', 'MicrosoftAppPassword', 'BLOB_CONNECTION_STRING', 'BLOB_CONTAINER', 'PUBLIC_BASE_URL']) {
      expect(problems.some((p) => p.startsWith(name) && p.includes('manquant / missing'))).toBe(true);
    }
  });

  it('fails without bot credentials', () => {
    expect(problemsOf({ ...production, MicrosoftAppPassword: undefined })).toEqual([expect.stringContaining('MicrosoftAppPassword')]);
    expect(problemsOf({ ...production, MicrosoftAppId: '' })).toEqual([expect.stringContaining('MicrosoftAppId')]);
  });

  it('fails without blob storage settings, or with memory storage', () => {
    // The usage statistics live in the same storage account by default: both are named.
    expect(problemsOf({ ...production, BLOB_CONNECTION_STRING: undefined })).toEqual([
      expect.stringContaining('BLOB_CONNECTION_STRING'),
      expect.stringContaining('USAGE_TABLE_CONNECTION_STRING'),
    ]);
    expect(problemsOf({ ...production, BLOB_CONTAINER: undefined })).toEqual([expect.stringContaining('BLOB_CONTAINER')]);
    expect(problemsOf({ ...production, STORAGE: 'memory' })).toEqual([expect.stringContaining('STORAGE=memory')]);
  });

  it('fails without an https public URL', () => {
    expect(problemsOf({ ...production, PUBLIC_BASE_URL: undefined })).toEqual([expect.stringContaining('PUBLIC_BASE_URL')]);
    expect(problemsOf({ ...production, PUBLIC_BASE_URL: 'http://assistant.example.fr' })).toEqual([expect.stringContaining('https')]);
  });

  it('needs a tenant id for SingleTenant', () => {
    expect(problemsOf({ ...production, MicrosoftAppType: 'SingleTenant' })).toEqual([expect.stringContaining('MicrosoftAppTenantId')]);
    expect(loadConfig({ ...production, MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: 'tenant' }).bot.MicrosoftAppTenantId).toBe('tenant');
  });

  it('accepts a user-assigned managed identity without password, but with a tenant', () => {
    const msi = { ...production, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppPassword: undefined };
    expect(problemsOf(msi)).toEqual([expect.stringContaining('MicrosoftAppTenantId')]);
    expect(loadConfig({ ...msi, MicrosoftAppTenantId: 'tenant' }).bot.MicrosoftAppType).toBe('UserAssignedMSI');
    expect(problemsOf({ ...msi, MicrosoftAppTenantId: 'tenant', MicrosoftAppPassword: 'x' })).toEqual([expect.stringContaining('vide')]);
  });
});

describe('loadConfig: usage statistics and the pilotage dashboard', () => {
  it('keeps events in local files and closes /pilotage without a token by default', () => {
    expect(loadConfig({})).toMatchObject({
      usageStore: { kind: 'file', dir: 'data/feedback' },
      pilotageAuth: { kind: 'token', token: undefined },
      usageSalt: undefined,
    });
    expect(loadConfig({ PILOTAGE_TOKEN: 'a-long-enough-token' }).pilotageAuth).toEqual({ kind: 'token', token: 'a-long-enough-token' });
  });

  it('uses Table Storage (on the Blob account unless told otherwise) and App Service sign-in in production', () => {
    const config = loadConfig(production);
    expect(config.usageStore).toEqual({ kind: 'table', connectionString: production.BLOB_CONNECTION_STRING, table: 'usage' });
    expect(config.pilotageAuth).toEqual({ kind: 'appservice' });
  });

  it('refuses local files in production, a table without a connection string, and short secrets', () => {
    expect(problemsOf({ ...production, USAGE_STORE: 'file' }).join('\n')).toContain('USAGE_STORE=file');
    expect(problemsOf({ USAGE_STORE: 'table' }).join('\n')).toContain('USAGE_TABLE_CONNECTION_STRING');
    expect(problemsOf({ PILOTAGE_TOKEN: 'short' }).join('\n')).toContain('PILOTAGE_TOKEN');
    expect(problemsOf({ USAGE_SALT: 'short' }).join('\n')).toContain('USAGE_SALT');
  });
});
