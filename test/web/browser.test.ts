/**
 * The residents' page in a real browser (Debian's Chromium), against the real service in local mode:
 * welcome, two questions typed in the send box, the answer card naming the partner, history kept
 * across a reload, English answers marked lang="en" for screen readers, no request to another host, no
 * console error, no serious axe-core violation.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../src/knowledge/projectRoot.js';
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

const readYaml = <T>(path: string) => parse(readFileSync(join(projectRoot, path), 'utf8')) as T;
const welcome = readYaml<{ welcome: { intro: string } }>('knowledge/messages.yaml').welcome.intro;
const vitaleTitle = readYaml<{ title: string }>('knowledge/procedures/carte-vitale.yaml').title;
const carteGrise = readYaml<{ partner: string; situations: Array<{ label: string }> }>('knowledge/procedures/carte-grise.yaml');
const partner = readYaml<{ partners: Array<{ id: string; name: string }> }>('knowledge/partners.yaml').partners.find((p) => p.id === carteGrise.partner);
const englishPassport = readYaml<{ title: string }>('knowledge/procedures-en/passeport.yaml').title;
const screenshotPath = join(projectRoot, 'artifacts', 'webchat.png');
const WAIT_MS = 15_000;

const transcript = (page: Page) => page.locator('#webchat');
/** Messages as shown on screen (the hidden copies read by screen readers are left out). */
const shownText = (page: Page, text: string) => page.locator('#webchat .webchat__text-content', { hasText: text });
const answerCard = (page: Page, text: string) => page.locator('#webchat .ac-adaptiveCard', { hasText: text });
const botBubbles = (page: Page) => page.locator('#webchat .webchat__bubble:not(.webchat__bubble--from-user)');

/** Records each announcement of the live region (it fades within a second) with its language, from now on. */
async function recordAnnouncements(page: Page): Promise<() => Promise<Array<{ lang: string | null; firstLineLang: string | null; text: string }>>> {
  await page.evaluate(() => {
    const seen = new Map<Element, { lang: string | null; firstLineLang: string | null; text: string }>();
    (window as unknown as { announcements: typeof seen }).announcements = seen;
    const region = document.querySelector('#webchat .webchat__live-region-transcript')!;
    const record = () =>
      region.querySelectorAll('article.webchat__live-region-activity').forEach((article) =>
        seen.set(article, {
          lang: article.getAttribute('lang'),
          firstLineLang: article.firstElementChild?.getAttribute('lang') ?? null,
          text: article.textContent ?? '',
        }),
      );
    new MutationObserver(record).observe(region, { childList: true, subtree: true, attributes: true, attributeFilter: ['lang'] });
  });
  return () =>
    page.evaluate(() => [
      ...(window as unknown as { announcements: Map<Element, { lang: string | null; firstLineLang: string | null; text: string }> }).announcements.values(),
    ]);
}

async function send(page: Page, text: string): Promise<void> {
  const before = await botBubbles(page).count();
  const box = transcript(page).getByRole('textbox', { name: /saisie/i });
  await box.fill(text);
  await box.press('Enter');
  await transcript(page).locator('.webchat__bubble--from-user', { hasText: text }).last().waitFor({ timeout: WAIT_MS });
  await expect.poll(() => botBubbles(page).count(), { timeout: WAIT_MS }).toBeGreaterThan(before);
}

describe.skipIf(!hasChromium)(
  `page web dans Chromium (${hasChromium ? chromiumPath : `ignoré : aucun Chromium à ${chromiumPath}, définissez CHROMIUM_PATH`})`,
  () => {
    let service: RunningService;
    let browser: Browser;
    let page: Page;
    const foreignRequests: string[] = [];
    const consoleErrors: string[] = [];

    beforeAll(async () => {
      service = await startService();
      browser = await launchBrowser();
      watchForeignRequests(browser, foreignRequests);
      page = await browser.context.newPage();
      watchConsoleErrors(page, consoleErrors);
    });

    afterAll(async () => {
      await browser?.close();
      await service?.stop();
    });

    it('greets, answers "carte grise" with the partner, and keeps the conversation across a reload', async () => {
      expect(partner, `partner "${carteGrise.partner}" in knowledge/partners.yaml`).toBeDefined();
      await page.goto(`${service.base}/`);
      await shownText(page, welcome).waitFor({ timeout: WAIT_MS });

      await send(page, 'bonjour');
      await send(page, 'je dois refaire ma carte grise');
      const partnerName = answerCard(page, partner?.name ?? '');
      // The bot may first ask which situation applies: answer with the first one, from the keyboard.
      const firstSituation = transcript(page)
        .getByRole('toolbar')
        .getByRole('button', { name: carteGrise.situations[0]?.label ?? '' });
      await partnerName.or(firstSituation).first().waitFor({ timeout: WAIT_MS });
      if ((await partnerName.count()) === 0) {
        await firstSituation.focus();
        await page.keyboard.press('Enter');
      }
      await partnerName.first().waitFor({ timeout: WAIT_MS });

      await page.reload();
      await transcript(page).locator('.webchat__bubble--from-user', { hasText: 'je dois refaire ma carte grise' }).waitFor({ timeout: WAIT_MS });
      await partnerName.first().waitFor({ timeout: WAIT_MS });
      // Resumed, not restarted: the welcome is shown once.
      expect(await shownText(page, welcome).count()).toBe(1);

      // The resumed conversation goes back online.
      await transcript(page).locator('.webchat__connectivityStatus', { hasText: 'Connexion' }).waitFor({ state: 'hidden', timeout: WAIT_MS });

      mkdirSync(join(projectRoot, 'artifacts'), { recursive: true });
      await page.screenshot({ path: screenshotPath, fullPage: true });
    });

    it('announces new messages through one live region for the transcript', async () => {
      expect(await page.locator('#webchat .webchat__live-region-transcript[aria-live="polite"]').count()).toBe(1);
    });

    it('has no serious or critical accessibility violation (axe-core)', async () => {
      const violations = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      const listed = violations.map((v) => `${v.impact} ${v.id}: ${v.help} → ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
      expect(listed).toEqual([]);
    });

    it('serves the embeddable widget: chat only, greeted, accessible', async () => {
      const widget = await browser.context.newPage();
      widget.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(`widget: ${message.text()}`);
      });
      await widget.setViewportSize({ width: 400, height: 640 });
      await widget.goto(`${service.base}/widget`);
      await shownText(widget, welcome).waitFor({ timeout: WAIT_MS });
      expect(await widget.locator('.fr-header, .fr-footer').count()).toBe(0);
      await widget.screenshot({ path: join(projectRoot, 'artifacts', 'webchat-widget.png') });
      const violations = (await runAxe(widget)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(violations.map((v) => `${v.impact} ${v.id}: ${v.help}`)).toEqual([]);
      await widget.close();
    });

    it('on a 390×844 phone: the message box is visible on load, and a long answer shows its title', async () => {
      const phone = await browser.context.newPage();
      phone.on('pageerror', (error) => consoleErrors.push(`phone: ${error.message}`));
      await phone.setViewportSize({ width: 390, height: 844 });
      await phone.goto(`${service.base}/`);
      await shownText(phone, welcome).waitFor({ timeout: WAIT_MS });
      const box = transcript(phone).getByRole('textbox', { name: /saisie/i });
      const input = await box.boundingBox();
      expect(await phone.evaluate(() => window.scrollY)).toBe(0);
      expect(input, 'message box on screen').not.toBeNull();
      expect(input!.y).toBeGreaterThanOrEqual(0);
      expect(input!.y + input!.height).toBeLessThanOrEqual(844);

      await send(phone, 'carte vitale perdue');
      const title = answerCard(phone, vitaleTitle).getByText(vitaleTitle, { exact: true }).first();
      await title.waitFor({ timeout: WAIT_MS });
      // Give the transcript time to finish scrolling, then the answer's start must be in view.
      await phone.waitForTimeout(1000);
      const scroller = await phone.locator('#webchat .webchat__basic-transcript__scrollable').boundingBox();
      const shown = await title.boundingBox();
      expect(shown && scroller, 'title and transcript on screen').toBeTruthy();
      expect(shown!.y).toBeGreaterThanOrEqual(scroller!.y - 1);
      expect(shown!.y + shown!.height).toBeLessThanOrEqual(scroller!.y + scroller!.height + 1);
      await phone.screenshot({ path: join(projectRoot, 'artifacts', 'webchat-phone.png') });
      await phone.close();
    });

    it('marks English answers lang="en" on the French page: the bubble in the transcript, and its announcement in the live region', async () => {
      const announcements = await recordAnnouncements(page);
      await send(page, 'Hello, I need to renew my passport, what documents should I bring?');
      const englishCard = answerCard(page, englishPassport);
      await englishCard.first().waitFor({ timeout: WAIT_MS });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
      // In the transcript: the bubble that shows the English answer.
      const bubbleOf = (card: string) => transcript(page).locator('.webchat__bubble', { has: page.locator('.ac-adaptiveCard', { hasText: card }) });
      const bubble = bubbleOf(englishPassport);
      await expect.poll(() => bubble.first().getAttribute('lang'), { timeout: WAIT_MS }).toBe('en');
      // The French answer before stays French (the page's language).
      const frenchBubble = bubbleOf(partner?.name ?? '');
      expect(await frenchBubble.first().getAttribute('lang')).toBeNull();
      // In the live region: the announcement of the English answer, Web Chat's own "Le bot a dit :" in French.
      await expect
        .poll(async () => (await announcements()).filter((a) => a.text.includes(englishPassport)), { timeout: WAIT_MS })
        .toEqual([expect.objectContaining({ lang: 'en', firstLineLang: 'fr' })]);
      // What the resident wrote is not marked, nor announced as English.
      expect((await announcements()).filter((a) => a.text.includes('renew my passport')).map((a) => a.lang)).toEqual([null]);
    });

    it('loads nothing from another host and logs no console error', () => {
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  },
);
