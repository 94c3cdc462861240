/**
 * The coordinators' dashboard in a real browser (Debian's Chromium), against the real service
 * reading a generated month of usage events from Azure Table Storage (Azurite): sign-in with the
 * token, the charts and figures show the seeded totals, the CSV adds up, nothing leaves the host,
 * no serious accessibility violation, and a screenshot for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { projectRoot } from '../../src/knowledge/projectRoot.js';
import { TableUsageBackend } from '../../src/usage/tableBackend.js';
import { generateMonth } from '../pilotage/generate.js';
import { startAzurite, type RunningAzurite } from '../support/azurite.js';
import {
  chromiumPath,
  hasChromium,
  launchBrowser,
  runAxe,
  startService,
  watchConsoleErrors,
  watchForeignRequests,
  type Browser,
  type RunningService,
} from './harness.js';

const TOKEN = 'jeton-coordination-0123456789';
const TABLE = 'usageBrowser';
const WAIT_MS = 15_000;
const knowledge = loadKnowledge();
const texts = knowledge.pilotage;
const oiseSites = knowledge.sites.sites.filter((s) => s.departement === '60').map((s) => s.id);
const { events, expected } = generateMonth('2026-11', 600, 11, oiseSites.slice(0, 6));

/** Sum of every value of every dataset of a Chart.js chart on the page. */
const chartTotal = (page: Page, id: string) =>
  page.evaluate((canvasId) => {
    const chart = (window as unknown as { Chart: { getChart(id: string): { data: { datasets: { data: (number | null)[] }[] } } | undefined } }).Chart.getChart(
      canvasId,
    );
    return chart ? chart.data.datasets.flatMap((d) => d.data).reduce<number>((s, v) => s + (v ?? 0), 0) : null;
  }, id);

describe.skipIf(!hasChromium)(`tableau de bord de pilotage dans Chromium (${hasChromium ? chromiumPath : 'ignoré : aucun Chromium'})`, () => {
  let azurite: RunningAzurite;
  let service: RunningService;
  let browser: Browser;
  let page: Page;
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    azurite = await startAzurite('table');
    await new TableUsageBackend(azurite.connectionString, TABLE).write(events);
    service = await startService({
      USAGE_STORE: 'table',
      USAGE_TABLE_CONNECTION_STRING: azurite.connectionString,
      USAGE_TABLE_NAME: TABLE,
      PILOTAGE_TOKEN: TOKEN,
    });
    browser = await launchBrowser();
    watchForeignRequests(browser, foreignRequests);
    page = await browser.context.newPage();
    watchConsoleErrors(page, consoleErrors);
  });

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    azurite?.stop();
  });

  it('asks for the token (401) and opens the dashboard once it is given', async () => {
    const refused = await page.goto(`${service.base}/pilotage`);
    expect(refused?.status()).toBe(401);
    await page.getByLabel(texts.auth.token).fill(TOKEN);
    await page.getByRole('button', { name: texts.auth.submit }).click();
    await page.waitForURL(`${service.base}/pilotage`);
    await page.locator('body[data-charts="ready"]').waitFor({ timeout: WAIT_MS });
    // The browser reports the expected 401 of the sign-in page as a console error: only that one.
    expect(consoleErrors.splice(0)).toEqual([expect.stringContaining('401')]);
  });

  it('shows the seeded totals in the figures and in the charts', async () => {
    expect(await page.locator('#total-questions').textContent()).toBe(String(expected.questions));
    expect(await page.locator('#total-handovers').textContent()).toBe(String(expected.handovers));
    expect(await page.locator('#total-out-of-scope').textContent()).toBe(String(expected.outOfScope));
    expect(await chartTotal(page, 'chart-weeks')).toBe(expected.questions);
    expect(await chartTotal(page, 'chart-partners')).toBe(expected.answers);
    expect(await chartTotal(page, 'chart-handovers')).toBe(expected.handovers);
    const recommended = events.reduce((n, e) => n + e.sites.length, 0);
    expect(await chartTotal(page, 'chart-sites')).toBe(recommended);
    // Each chart has its data table, for screen readers and for print.
    expect(await page.locator('.chart-block details table').count()).toBe(7);
    mkdirSync(join(projectRoot, 'artifacts'), { recursive: true });
    await page.screenshot({ path: join(projectRoot, 'artifacts', 'pilotage.png'), fullPage: true });
  });

  it('filters by partner', async () => {
    await page.getByLabel(texts.filters.partner, { exact: true }).selectOption('caf');
    await page.getByRole('button', { name: texts.filters.apply }).click();
    await page.locator('body[data-charts="ready"]').waitFor({ timeout: WAIT_MS });
    expect(await page.locator('#total-answers').textContent()).toBe(String(expected.byPartner['caf']));
    expect(await chartTotal(page, 'chart-partners')).toBe(expected.byPartner['caf']);
  });

  it('exports a CSV whose counts equal the seeded ones', async () => {
    const res = await page.request.get(`${service.base}/pilotage/export.csv`);
    expect(res.status()).toBe(200);
    const rows = parse(await res.text(), { delimiter: ';', bom: true, columns: true }) as Record<string, string>[];
    const count = (kind: keyof typeof texts.kinds) =>
      rows.filter((r) => r[texts.columns.type] === texts.kinds[kind]).reduce((s, r) => s + Number(r[texts.columns.count]), 0);
    expect({ answers: count('answer'), clarifications: count('clarify'), outOfScope: count('out_of_scope'), handovers: count('handover') }).toEqual({
      answers: expected.answers,
      clarifications: expected.clarifications,
      outOfScope: expected.outOfScope,
      handovers: expected.handovers,
    });
  });

  it('has a print view for the comité de pilotage, with every data table open', async () => {
    await page.goto(`${service.base}/pilotage?impression=1`);
    await page.locator('body[data-charts="ready"]').waitFor({ timeout: WAIT_MS });
    expect(await page.locator('.chart-block details[open]').count()).toBe(7);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form.filters').isVisible()).toBe(false);
    await page.screenshot({ path: join(projectRoot, 'artifacts', 'pilotage-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    await page.goto(`${service.base}/pilotage`);
    await page.locator('body[data-charts="ready"]').waitFor({ timeout: WAIT_MS });
    const violations = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(violations.map((v) => `${v.impact} ${v.id}: ${v.help} → ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)).toEqual([]);
  });

  it('loads nothing from another host and logs no console error', () => {
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
