/** GET /pilotage and its CSV through the real server: access, filters, figures, headers. */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/server/html.js';
import { testUsageStore } from '../bot/harness.js';
import { generateMonth } from '../pilotage/generate.js';
import { startTestServer, testOrientation, type RunningServer } from './helpers.js';

const TOKEN = 'jeton-de-test-0123456789';
const orientation = testOrientation();
const texts = orientation.knowledge.pilotage;
const { events, expected } = generateMonth();
const bearer = { authorization: `Bearer ${TOKEN}` };

async function seededStore() {
  const usage = testUsageStore();
  await usage.backend.write(events);
  return usage;
}

describe('pilotage dashboard over HTTP (token access)', () => {
  let service: RunningServer;
  beforeAll(async () => {
    service = await startTestServer(orientation, { usage: await seededStore() }, { PILOTAGE_TOKEN: TOKEN });
  });
  afterAll(() => service.stop());

  it('refuses without the token (401, a sign-in form, no figure) and with a wrong one', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong-token-0123456789' }] as Record<string, string>[]) {
      const res = await fetch(`${service.url}/pilotage`, { headers });
      expect(res.status).toBe(401);
      const body = await res.text();
      expect(body).toContain(escapeHtml(texts.auth.title));
      expect(body).not.toContain(escapeHtml(texts.totals.questions));
    }
    expect((await fetch(`${service.url}/pilotage/export.csv`)).status).toBe(401);
  });

  it('shows the seeded totals to a coordinator with the token, as a page that loads nothing from elsewhere', async () => {
    const res = await fetch(`${service.url}/pilotage`, { headers: bearer });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = await res.text();
    expect(body).toContain(`id="total-questions">${expected.questions}<`);
    expect(body).toContain(`id="total-handovers">${expected.handovers}<`);
    expect(body).not.toMatch(/(src|href)="https?:\/\//);
  });

  it('signs in with the form, then the session cookie opens the page', async () => {
    const wrong = await fetch(`${service.url}/pilotage/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'jeton=nope',
      redirect: 'manual',
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain(escapeHtml(texts.auth.wrong));
    const ok = await fetch(`${service.url}/pilotage/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `jeton=${TOKEN}`,
      redirect: 'manual',
    });
    expect(ok.status).toBe(303);
    const cookie = ok.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toContain(TOKEN);
    const page = await fetch(`${service.url}/pilotage`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
  });

  it('filters by partner and period, and refuses a malformed filter with 400', async () => {
    const caf = await (await fetch(`${service.url}/pilotage?partenaire=caf`, { headers: bearer })).text();
    expect(caf).toContain(`id="total-answers">${expected.byPartner['caf']}<`);
    const empty = await (await fetch(`${service.url}/pilotage?du=2025-01&au=2025-02`, { headers: bearer })).text();
    expect(empty).toContain('id="total-questions">0<');
    const month = await fetch(`${service.url}/pilotage?du=novembre`, { headers: bearer });
    expect(month.status).toBe(400);
    expect(await month.text()).toContain(texts.filterErrors.month.replace('{param}', 'du'));
    const partner = await fetch(`${service.url}/pilotage?partenaire=inconnu`, { headers: bearer });
    expect(partner.status).toBe(400);
    expect(await partner.text()).toContain(texts.filterErrors.partner);
  });

  it('exports a CSV whose counts add up to the seeded totals', async () => {
    const res = await fetch(`${service.url}/pilotage/export.csv?du=2026-11&au=2026-11`, { headers: bearer });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain('pilotage-france-services-2026-11_2026-11.csv');
    const rows = parse(await res.text(), { delimiter: ';', bom: true, columns: true }) as Record<string, string>[];
    const total = rows
      .filter((r) => [texts.kinds.answer, texts.kinds.clarify, texts.kinds.out_of_scope].includes(r[texts.columns.type]!))
      .reduce((s, r) => s + Number(r[texts.columns.count]), 0);
    expect(total).toBe(expected.questions);
  });

  it('serves its chart library and script from this host', async () => {
    for (const asset of ['chart.umd.min.js', 'pilotage.js', 'pilotage.css']) expect((await fetch(`${service.url}/pilotage/assets/${asset}`)).status).toBe(200);
    expect((await fetch(`${service.url}/pilotage/assets/..%2Fpackage.json`)).status).toBe(404);
  });
});

describe('pilotage access in Azure (App Service authentication) and when not configured', () => {
  it('sends a visitor who is not signed in to the Entra ID sign-in, and lets a signed-in one through', async () => {
    const service = await startTestServer(orientation, { usage: await seededStore() }, { PILOTAGE_AUTH: 'appservice' });
    try {
      const res = await fetch(`${service.url}/pilotage`, { redirect: 'manual' });
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe('/.auth/login/aad?post_login_redirect_uri=%2Fpilotage');
      const signedIn = await fetch(`${service.url}/pilotage`, { headers: { 'x-ms-client-principal-id': '00000000-0000-0000-0000-000000000001' } });
      expect(signedIn.status).toBe(200);
    } finally {
      await service.stop();
    }
  });

  it('is closed (404) when no token is configured locally', async () => {
    const service = await startTestServer(orientation, { usage: await seededStore() });
    try {
      const res = await fetch(`${service.url}/pilotage`, { headers: bearer });
      expect(res.status).toBe(404);
      expect(await res.text()).toContain(escapeHtml(texts.auth.disabled));
    } finally {
      await service.stop();
    }
  });
});
