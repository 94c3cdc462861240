import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, testOrientation, type RunningServer } from './helpers.js';

const orientation = testOrientation();
const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('GET /healthz and /readyz', () => {
  let service: RunningServer;
  beforeAll(async () => {
    service = await startTestServer(orientation);
  });
  afterAll(() => service.stop());

  it('reports the version and what the knowledge holds', async () => {
    const res = await fetch(`${service.url}/healthz`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({
      status: 'ok',
      version,
      knowledge: {
        procedures: orientation.knowledge.procedures.length,
        partners: orientation.knowledge.partners.length,
        sites: orientation.knowledge.sites.sites.length,
        sitesSourceDate: orientation.knowledge.sites.source.date,
      },
    });
    expect(body.knowledge.procedures).toBeGreaterThan(0);
  });

  it('is ready when knowledge is loaded and storage answers', async () => {
    const res = await fetch(`${service.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', checks: { knowledge: true, storage: true } });
  });
});

describe('GET /readyz when storage fails', () => {
  let service: RunningServer;
  beforeAll(async () => {
    service = await startTestServer(orientation, { checkStorage: () => Promise.reject(new Error('blob unreachable')) });
  });
  afterAll(() => service.stop());

  it('answers 503 and says which check failed', async () => {
    const res = await fetch(`${service.url}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable', checks: { knowledge: true, storage: false } });
  });

  it('still answers /healthz', async () => {
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
  });
});

describe('GET /readyz while the language model is still loading', () => {
  let service: RunningServer;
  let started = false;
  beforeAll(async () => {
    service = await startTestServer(orientation, { checkStarted: () => started });
  });
  afterAll(() => service.stop());

  it('answers /healthz at once, and /readyz 503 until the model is there, then 200', async () => {
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
    const loading = await fetch(`${service.url}/readyz`);
    expect(loading.status).toBe(503);
    expect(await loading.json()).toEqual({ status: 'unavailable', checks: { knowledge: true, storage: true, languageModel: false } });
    started = true;
    const ready = await fetch(`${service.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { knowledge: true, storage: true, languageModel: true } });
  });
});
