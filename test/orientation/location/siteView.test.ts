import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { fill } from '../../../src/knowledge/fill.js';
import { isChargedNumber, mapUrl, nearbySiteView, nearbyView, siteView } from '../../../src/orientation/location/siteView.js';
import { sitesText } from '../../../src/bot/render/sites.js';
import { sitesSection } from '../../../src/server/printableFiche/sites.js';
import { escapeHtml } from '../../../src/server/html.js';
import type { NearbySite } from '../../../src/orientation/types.js';

const knowledge = loadKnowledge();
const site = (id: string) => knowledge.sites.sites.find((s) => s.id === id)!;
const m = knowledge.messages;
const nearby = (id: string, distanceKm = 5): NearbySite => ({
  site: site(id),
  distanceKm,
  travelMinutes: 9,
  within30: true,
  mobile: false,
  opening: { openNow: false, closesAt: null, nextOpening: null, holidayToday: false },
});
const now = new Date('2026-12-01T09:00:00Z');

describe('the view of a site, shown as is wherever a site is shown', () => {
  it.each([
    ['08 90 00 02 12', true],
    ['08 20 20 20 20', true],
    ['0810123456', true],
    ['08 00 12 34 56', false],
    ['03 44 09 62 98', false],
    ['+33 8 99 12 34 56', true],
  ])('%s is charged: %s', (phone, charged) => {
    expect(isChargedNumber(phone)).toBe(charged);
  });

  it('gives the address with its building, e.g. the antenna of Chaumont-en-Vexin', () => {
    expect(siteView(site('2886'), m).address).toBe(`${site('2886').address}, maison des permanences, ${site('2886').postalCode} Chaumont-en-Vexin`);
    expect(siteView(site('2886'), m).addressLines).toEqual([site('2886').address, 'maison des permanences', `${site('2886').postalCode} Chaumont-en-Vexin`]);
  });

  it('says the hours are to be confirmed for the inferred overrides: Compiègne Puy du Roy, Montataire, the Vexin-Thelle antennas', () => {
    for (const id of ['2446', '2789', '2885', '2886', '2887', '2888', '2889', '2890'])
      expect(siteView(site(id), m).hoursToConfirm, id).toBe(m.location.hoursToConfirm);
    expect(siteView(site('2126'), m).hoursToConfirm).toBeNull();
    expect(siteView(site('2229'), m).hoursToConfirm).toBeNull();
  });

  it('words a charged phone number as charged, from the knowledge texts', () => {
    expect(siteView(site('1682'), m).phone).toEqual({
      number: '08 90 00 02 12',
      charged: true,
      text: fill(m.location.phoneCharged, { phone: '08 90 00 02 12' }),
    });
  });

  it('writes distances with the precision a person needs: one decimal under 10 km, whole kilometres above, in the language asked', () => {
    const at = (km: number, language?: 'fr' | 'en') => nearbySiteView(nearby('2126', km), m, { now, language }).distance;
    expect(at(4.26)).toMatchObject({ km: 4.3, kmText: '4,3', minutes: 9, text: fill(m.location.distance, { km: '4,3', minutes: 9 }) });
    expect(at(12.44)).toMatchObject({ km: 12.4, kmText: '12' });
    expect(at(4.26, 'en').kmText).toBe('4.3');
  });

  it('links buses to no map (their address is a base), fixed sites to OpenStreetMap centred on them', () => {
    const bus = knowledge.sites.sites.find((s) => s.mobile)!;
    expect(siteView(bus, m).map).toBeNull();
    expect(siteView(bus, m).mobileNote).toBe(m.location.mobile);
    expect(siteView(site('2126'), m).map?.url).toBe(mapUrl(site('2126').lat, site('2126').lon));
    expect(mapUrl(49.43, 2.08)).toBe('https://www.openstreetmap.org/?mlat=49.43&mlon=2.08#map=16/49.43/2.08');
  });

  it("the chat text and the printable fiche show the same facts: complement, charged number, hours to confirm, distance and the list's date", () => {
    const view = nearbyView(
      'Méru',
      { fixed: [nearby('1682'), nearby('2446', 12.44), nearby('2886')], mobile: [], sourceDate: knowledge.sites.source.date },
      m,
      { now },
    );
    const text = sitesText(view);
    const fiche = String(sitesSection(view, m.fiche));
    for (const [shown, as] of [
      [text, (t: string) => t],
      [fiche, escapeHtml],
    ] as const) {
      expect(shown).toContain(as(fill(m.location.phoneCharged, { phone: '08 90 00 02 12' })));
      expect(shown).toContain('maison des permanences');
      expect(shown.split(as(m.location.hoursToConfirm))).toHaveLength(3);
      expect(shown).toContain(as(view.fixed[1]!.distance.text));
      expect(shown).toContain(as(view.source!));
    }
    expect(text).not.toMatch(/Téléphone : 08 90 00 02 12\n/);
    expect(view.source).toContain('1er août 2024');
  });
});
