import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from './captureIo.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { siteView } from '../../src/orientation/location/siteView.js';

async function run(...argv: string[]) {
  const { io, out, err } = captureIo();
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err };
}

describe('orientation sites --departement', () => {
  it('lists the 40 Oise sites with parsed hours and the README anomalies corrected', async () => {
    const { code, out } = await run('sites', '--departement', '60', '--json');
    expect(code).toBe(0);
    type SiteJson = { id: string; type: string; format: string; parentId: string | null; email: string | null; commune: string };
    type Extra = { hours: Record<string, string[][]>; weekdayPlaces: { weekday: string }[]; closures: unknown[] };
    const sites = JSON.parse(out) as (SiteJson & Extra)[];
    expect(sites).toHaveLength(40);
    expect(sites.filter((s) => s.type === 'principal')).toHaveLength(34);
    expect(sites.filter((s) => s.format === 'bus')).toHaveLength(2);
    expect(sites.filter((s) => s.type === 'antenne').every((s) => s.parentId === '2126')).toBe(true);
    const byId = (id: string) => sites.find((s) => s.id === id)!;
    expect(byId('2789').hours.monday).toEqual([]);
    expect(byId('2446').hours.monday).toEqual([
      ['09:00', '11:30'],
      ['14:00', '16:30'],
    ]);
    expect(byId('2885').hours.monday).toEqual([
      ['10:00', '12:00'],
      ['13:30', '16:30'],
    ]);
    expect(byId('2451').email).toBe('mobile-du-valois@france-services.gouv.fr');
    expect(byId('2229').weekdayPlaces.map((p) => p.weekday)).toEqual(['monday', 'wednesday']);
    expect(byId('2126').closures).toEqual([expect.objectContaining({ weekday: 'monday', nthInMonth: 1 })]);
    expect(Object.keys(byId('357'))).toEqual(
      expect.arrayContaining(['name', 'address', 'postalCode', 'insee', 'commune', 'lat', 'lon', 'phone', 'appointment', 'hours', 'comment']),
    );
    expect(byId('357').commune).toBe('Crèvecœur-le-Grand');
  });

  it('prints a French list without --json', async () => {
    const { code, out } = await run('sites', '--departement', '60');
    expect(code).toBe(0);
    expect(out).toContain('40 France services dans le département 60');
    // A weekday held elsewhere is written as the site's view writes it everywhere ("(à : Centre social)").
    const elsewhere = loadKnowledge().sites.sites.find((s) => s.departement === '60' && s.weekdayPlaces.length > 0)!;
    for (const line of siteView(elsewhere, loadKnowledge().messages).weeklyHours) expect(out).toContain(line);
    expect(out).toContain(elsewhere.weekdayPlaces[0]!.place);
  });

  it('exits 2 with one line on stderr for an unknown département or option', async () => {
    for (const argv of [
      ['sites', '--departement', '99'],
      ['sites', '--departement', '60', '--bogus'],
    ]) {
      const { code, err } = await run(...argv);
      expect(code).toBe(2);
      expect(err).toHaveLength(1);
    }
  });
});

describe('orientation procedures and partners', () => {
  it('lists procedures as {id, title, partner, msaAlternative}', async () => {
    const { code, out } = await run('procedures', '--json');
    expect(code).toBe(0);
    const list = JSON.parse(out) as Record<string, unknown>[];
    expect(list.length).toBeGreaterThan(0);
    expect(Object.keys(list[0]!).sort()).toEqual(['id', 'msaAlternative', 'partner', 'title']);
  });

  it('gives complete entries with --full', async () => {
    const list = JSON.parse((await run('procedures', '--json', '--full')).out) as Record<string, unknown>[];
    expect(list[0]).toHaveProperty('situations');
  });

  it('lists partners with a phone number string or null', async () => {
    const { code, out } = await run('partners', '--json');
    expect(code).toBe(0);
    const list = JSON.parse(out) as { id: string; phone: unknown }[];
    expect(list.map((p) => p.id)).toContain('caf');
    expect(list.every((p) => p.phone === null || typeof p.phone === 'string')).toBe(true);
  });

  it('exits 2 on an unknown option', async () => {
    expect((await run('partners', '--nope')).code).toBe(2);
  });
});
