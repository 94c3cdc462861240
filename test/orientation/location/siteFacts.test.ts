import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { isChargedNumber, siteFacts } from '../../../src/orientation/location/siteFacts.js';
import { sitesText } from '../../../src/bot/render/sites.js';
import type { NearbySite } from '../../../src/orientation/types.js';

const knowledge = loadKnowledge();
const site = (id: string) => knowledge.sites.sites.find((s) => s.id === id)!;
const m = knowledge.messages;
const nearby = (id: string): NearbySite => ({
  site: site(id),
  distanceKm: 5,
  travelMinutes: 9,
  within30: true,
  mobile: false,
  opening: { openNow: false, closesAt: null, nextOpening: null, holidayToday: false },
});
const now = new Date('2026-12-01T09:00:00Z');

describe('site facts shown wherever a site is shown', () => {
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
    expect(siteFacts(site('2886')).address).toBe(`${site('2886').address}, maison des permanences, ${site('2886').postalCode} Chaumont-en-Vexin`);
  });

  it('says the hours are to be confirmed for the inferred overrides: Compiègne Puy du Roy, Montataire, the Vexin-Thelle antennas', () => {
    for (const id of ['2446', '2789', '2885', '2886', '2887', '2888', '2889', '2890']) expect(siteFacts(site(id)).hoursToConfirm, id).toBe(true);
    expect(siteFacts(site('2126')).hoursToConfirm).toBe(false);
    expect(siteFacts(site('2229')).hoursToConfirm).toBe(false);
  });

  it("the bot shows the complement, a charged number as charged, hours to confirm and the list's date", () => {
    const text = sitesText(
      'Méru',
      { fixed: [nearby('1682'), nearby('2446'), nearby('2886')], mobile: [], sourceDate: knowledge.sites.source.date },
      m.location,
      m.hours,
      now,
    );
    expect(text).toContain('Téléphone : 08 90 00 02 12 (numéro payant');
    expect(text).not.toMatch(/Téléphone : 08 90 00 02 12\n/);
    expect(text).toContain('maison des permanences');
    expect(text.match(/Horaires à confirmer par téléphone/g)).toHaveLength(2);
    expect(text).toContain('Source : liste officielle des France services du 1er août 2024 (ANCT)');
  });
});
