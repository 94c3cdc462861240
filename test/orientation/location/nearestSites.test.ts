import { describe, expect, it } from 'vitest';
import { defaultKnowledgeDir, loadSites } from '../../../src/knowledge/load.js';
import { nearbyServices, nearestSites, travelMinutes } from '../../../src/orientation/location/index.js';
import type { GeoPoint } from '../../../src/orientation/types.js';
import { makeSite, paris } from '../hours/siteFixture.js';
import { communes } from './communes.js';

const sites = loadSites(defaultKnowledgeDir).sites;
const now = paris('2026-11-26T10:00');

/** Reference great-circle distance, written independently of the code under test (spherical law of cosines, ties by id). */
function referenceOrder(point: GeoPoint, limit: number): string[] {
  const rad = Math.PI / 180;
  const angle = (s: GeoPoint) =>
    Math.acos(
      Math.min(1, Math.sin(point.lat * rad) * Math.sin(s.lat * rad) + Math.cos(point.lat * rad) * Math.cos(s.lat * rad) * Math.cos((s.lon - point.lon) * rad)),
    );
  return sites
    .map((s) => ({ id: s.id, angle: angle(s) }))
    .sort((a, b) => a.angle - b.angle || Number(a.id) - Number(b.id))
    .slice(0, limit)
    .map((s) => s.id);
}

describe('nearestSites on the real data', () => {
  const oise = communes.filter((c) => c.departement === '60');

  it('covers the 680 communes of the Oise', () => {
    expect(oise).toHaveLength(680);
  });

  it('lists sites in exact great-circle order for every commune of the Oise', () => {
    const mismatches = oise.filter((c) => {
      const got = nearestSites(sites, c, { limit: 10, now }).map((n) => n.site.id);
      return got.join() !== referenceOrder(c, 10).join();
    });
    expect(mismatches.map((c) => c.name)).toEqual([]);
  });

  it('keeps the exact order elsewhere in France too, overseas included, for any limit', () => {
    const sample = communes.filter((_, i) => i % 97 === 0);
    for (const limit of [1, 3, 25]) {
      const mismatches = sample.filter(
        (c) =>
          nearestSites(sites, c, { limit, now })
            .map((n) => n.site.id)
            .join() !== referenceOrder(c, limit).join(),
      );
      expect(mismatches.map((c) => `${c.name} (${c.departement})`)).toEqual([]);
    }
  });

  it('gives every site, nearest first, when the limit exceeds their number', () => {
    const beauvais = oise.find((c) => c.insee === '60057')!;
    const all = nearestSites(sites, beauvais, { limit: 10_000, now });
    expect(all.map((n) => n.site.id)).toEqual(referenceOrder(beauvais, sites.length));
  });

  it('finds the Noyon site first from Noyon, open on a Thursday morning', () => {
    const noyon = oise.find((c) => c.insee === '60471')!;
    const [first] = nearestSites(sites, noyon, { limit: 1, now });
    expect(first?.site.name).toMatch(/Noyon/);
    expect(first?.distanceKm).toBeLessThan(2);
    expect(first).toMatchObject({ within30: true, mobile: false, opening: { openNow: true } });
  });

  it('flags buses and links an antenna to its principal site', () => {
    const bus = sites.find((s) => s.mobile && s.departement === '60')!;
    expect(nearestSites(sites, bus, { limit: 1, now })[0]).toMatchObject({ mobile: true });
    const antenna = sites.find((s) => s.parentId && s.departement === '60')!;
    const [near] = nearestSites(sites, antenna, { limit: 1, now });
    expect(near?.site.id).toBe(antenna.id);
    expect(near?.parent?.id).toBe(antenna.parentId);
  });
});

describe('nearestSites on small fixtures', () => {
  const here: GeoPoint = { lat: 49.5, lon: 2.5 };
  const at = (id: string, lat: number, lon: number) => makeSite({ id, lat, lon });

  it('returns 5 sites by default, and none for limit 0', () => {
    const many = Array.from({ length: 8 }, (_, i) => at(String(i + 1), 49.5 + i / 100, 2.5));
    expect(nearestSites(many, here, { now })).toHaveLength(5);
    expect(nearestSites(many, here, { limit: 0, now })).toEqual([]);
  });

  it('breaks distance ties by id, whatever the input order', () => {
    const twins = [at('20', 49.6, 2.5), at('3', 49.6, 2.5), at('100', 49.3, 2.5)];
    expect(nearestSites(twins, here, { now }).map((n) => n.site.id)).toEqual(['3', '20', '100']);
    expect(nearestSites([...twins].reverse(), here, { now }).map((n) => n.site.id)).toEqual(['3', '20', '100']);
  });

  it('says within 30 minutes only for sites near enough', () => {
    const [near, far] = nearestSites([at('1', 49.55, 2.5), at('2', 49.9, 2.5)], here, { now });
    expect(near).toMatchObject({ within30: true });
    expect(far).toMatchObject({ within30: false });
    expect(far!.distanceKm).toBeCloseTo(44.5, 0);
  });
});

describe('travelMinutes', () => {
  it('never decreases when the distance grows', () => {
    let previous = 0;
    for (let km = 0; km <= 200; km += 0.05) {
      const minutes = travelMinutes(km);
      expect(minutes).toBeGreaterThanOrEqual(previous);
      previous = minutes;
    }
  });

  it('is conservative: 5 minutes to park, then 50 km/h on 1.3 × the straight line', () => {
    expect(travelMinutes(0)).toBe(5);
    expect(travelMinutes(10)).toBe(21); // 13 km of road at 50 km/h = 15.6 min
    expect(travelMinutes(16)).toBe(30);
    expect(travelMinutes(16.1)).toBe(31);
  });
});

describe('nearbyServices', () => {
  const senlis = communes.find((c) => c.insee === '60612')!;

  it('lists buses apart: their address is a base, not the nearest place to go', () => {
    const { fixed, mobile } = nearbyServices(sites, senlis, { limit: 3, now });
    expect(fixed).toHaveLength(3);
    expect(fixed.every((n) => !n.mobile)).toBe(true);
    expect(mobile.map((n) => n.site.name)).toContain('Bus France services Senlis');
    expect(mobile.every((n) => n.mobile && n.within30)).toBe(true);
  });

  it('keeps the exact distance order among fixed sites', () => {
    const all = nearestSites(sites, senlis, { limit: 10, now })
      .filter((n) => !n.mobile)
      .slice(0, 3);
    expect(nearbyServices(sites, senlis, { limit: 3, now }).fixed.map((n) => n.site.id)).toEqual(all.map((n) => n.site.id));
  });

  it('offers no bus far from any bus base', () => {
    const songeons = communes.find((c) => c.insee === '60623')!;
    expect(nearbyServices(sites, songeons, { limit: 3, now }).mobile).toEqual([]);
  });
});
