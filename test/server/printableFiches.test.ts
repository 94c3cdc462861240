import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printableFichePolicy } from '../../src/server/printableFiche/assets.js';
import { fill } from '../../src/knowledge/fill.js';
import { dayInWords } from '../../src/orientation/procedures/figures.js';
import { startTestServer, testOrientation, type RunningServer } from './helpers.js';

const orientation = testOrientation();
const carteVitale = orientation.procedureView('carte-vitale')!;
let service: RunningServer;

beforeAll(async () => {
  service = await startTestServer(orientation);
});
afterAll(() => service.stop());

async function getFiche(path: string): Promise<{ status: number; html: string; headers: Headers }> {
  const res = await fetch(`${service.url}${path}`);
  return { status: res.status, html: await res.text(), headers: res.headers };
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

describe('GET /fiches/:id', () => {
  it('renders a French, printable page with every document of every situation as a checkbox', async () => {
    const { status, html, headers } = await getFiche('/fiches/carte-vitale');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain(`<h1>${escapeText(carteVitale.title)}</h1>`);
    expect(html).toContain('@media print');
    const documents = carteVitale.situations.flatMap((s) => s.documents);
    expect(html.match(/type="checkbox"/g)).toHaveLength(documents.length);
    for (const doc of documents) expect(html).toContain(escapeText(doc));
    for (const s of carteVitale.situations) expect(html).toContain(`<h3>${escapeText(s.label)}</h3>`);
  });

  it('shows costs, online steps, what the agent can do, the partner contacts and the official fiche', async () => {
    const { html } = await getFiche('/fiches/carte-vitale');
    const partner = orientation.partner(carteVitale.partner)!;
    expect(html).toContain(escapeText(carteVitale.costs[0]!.amount));
    for (const step of carteVitale.online) expect(html).toContain(`href="${step.url}"`);
    for (const item of carteVitale.agentCan) expect(html).toContain(escapeText(item));
    expect(html).toContain(escapeText(partner.name));
    expect(html).toContain((carteVitale.phone ?? partner.phone)!.number);
    expect(html).toContain(`href="${carteVitale.sources[0]!.url}"`);
  });

  it('keeps only the documents of the situation asked for', async () => {
    const [first, second] = carteVitale.situations;
    const { html } = await getFiche(`/fiches/carte-vitale?situation=${second!.id}`);
    expect(html.match(/type="checkbox"/g)).toHaveLength(second!.documents.length);
    expect(html).toContain(escapeText(second!.label));
    expect(html).not.toContain(escapeText(first!.note ?? first!.label));
  });

  it('falls back to all situations, with a notice, for an unknown situation', async () => {
    const { status, html } = await getFiche('/fiches/carte-vitale?situation=inconnue');
    expect(status).toBe(200);
    expect(html).toContain('class="notice"');
    expect(html.match(/type="checkbox"/g)).toHaveLength(carteVitale.situations.flatMap((s) => s.documents).length);
  });

  it('escapes what comes from the query string', async () => {
    const { html } = await getFiche(`/fiches/carte-vitale?commune=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script&gt;alert(1)');
  });

  it('allows only its own inline style and script, and loads nothing from elsewhere', async () => {
    const { html, headers } = await getFiche('/fiches/carte-vitale');
    const csp = headers.get('content-security-policy')!;
    expect(csp).toBe(printableFichePolicy);
    expect(csp).toMatch(/style-src 'sha256-[^']+'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/<(link|img|iframe)[^>]+(src|href)="https?:/);
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('lists the 3 nearest France services of a commune given by INSEE code, with hours, phone and appointment', async () => {
    const { html } = await getFiche('/fiches/carte-vitale?commune=60057');
    const beauvais = orientation.knowledge.communes.communes.find((c) => c.insee === '60057')!;
    const nearest = orientation.nearestSites({ lat: beauvais.lat, lon: beauvais.lon }, { limit: 3 });
    expect(html).toContain('Beauvais');
    expect(html.match(/<article class="site"/g)).toHaveLength(3);
    for (const { site } of nearest) {
      expect(html).toContain(`<h3 id="site-${nearest.findIndex((n) => n.site.id === site.id)}">${escapeText(site.name)}</h3>`);
      expect(html).toContain(escapeText(site.address));
      if (site.phone) expect(html).toContain(site.phone);
    }
    expect(html).toMatch(/<li>Lundi : [^<]+<\/li>/);
    expect(html).toMatch(/Sur rendez-vous|Sans rendez-vous/);
  });

  it('shows the building of an antenna and says when the hours are our reading, to be confirmed by phone', async () => {
    const chaumont = orientation.knowledge.communes.communes.find((c) => c.name === 'Chaumont-en-Vexin')!;
    const { html } = await getFiche(`/fiches/carte-vitale?commune=${chaumont.insee}`);
    expect(html).toContain('maison des permanences');
    expect(html).toContain(escapeText(orientation.knowledge.messages.location.hoursToConfirm));
  });

  it("shows the MSA member's version with ?regime=msa, without ameli.fr or 3646", async () => {
    const { html } = await getFiche('/fiches/carte-vitale?regime=msa');
    expect(html).toContain('msa.fr');
    expect(html).not.toMatch(/ameli\.fr|3646/);
  });

  it('leaves out the MSA mentions with ?regime=no, and keeps them by default', async () => {
    expect((await getFiche('/fiches/carte-vitale')).html).toContain('msa.fr');
    const { html } = await getFiche('/fiches/carte-vitale?regime=no');
    expect(html).toContain(escapeText(orientation.procedureView('carte-vitale', { msaMentions: false })!.summary));
    expect(html).not.toContain('msa.fr');
  });

  it('lists a bus apart from the fixed sites, after them', async () => {
    const { html } = await getFiche('/fiches/carte-vitale?commune=60612');
    const mobileHeader = orientation.knowledge.messages.location.mobileHeader;
    expect(html.indexOf('Bus France services Senlis')).toBeGreaterThan(html.indexOf(escapeText(mobileHeader)));
    expect(html.match(/<article class="site"/g)!.length).toBeGreaterThanOrEqual(4);
  });

  it('accepts a postal code for the commune', async () => {
    const { html } = await getFiche('/fiches/carte-vitale?commune=60000');
    expect(html.match(/<article class="site"/g)).toHaveLength(3);
    expect(html).toContain('Beauvais');
  });

  it('says so when the commune is unknown, and still shows the fiche', async () => {
    const { status, html } = await getFiche('/fiches/carte-vitale?commune=99999');
    expect(status).toBe(200);
    expect(html).toContain('class="notice"');
    expect(html).not.toContain('<article class="site"');
    expect(html.match(/type="checkbox"/g)!.length).toBeGreaterThan(0);
  });

  it('answers an unknown procedure with a 404 page in French', async () => {
    const { status, html, headers } = await getFiche('/fiches/demarche-inexistante');
    expect(status).toBe(404);
    expect(headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Fiche introuvable');
  });

  it('?lang=en gives the English fiche of a procedure translated into English: lang="en", English texts and dates, every English document', async () => {
    const english = orientation.procedureView('carte-vitale', { language: 'en' })!;
    const en = orientation.knowledge.english.messages;
    const { status, html } = await getFiche('/fiches/carte-vitale?lang=en&commune=60400');
    expect(status).toBe(200);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain(`<h1>${escapeText(english.title)}</h1>`);
    expect(html).not.toContain(escapeText(carteVitale.title));
    for (const doc of english.situations.flatMap((s) => s.documents)) expect(html).toContain(escapeText(doc));
    expect(html).toContain(escapeText(en.fiche.print));
    expect(html).toContain(escapeText(en.fiche.disclaimer));
    expect(html).toContain(escapeText(fill(en.fiche.reviewed, { date: dayInWords(english.lastReviewed, 'en') })));
  });

  it('?lang=en of a procedure not yet in English gives the French fiche, lang="fr"', async () => {
    expect(orientation.knowledge.english.procedures['amende']).toBeUndefined();
    const { status, html } = await getFiche('/fiches/amende?lang=en');
    expect(status).toBe(200);
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(html).toContain(escapeText(orientation.knowledge.messages.fiche.print));
  });
});
