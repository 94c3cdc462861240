import { describe, expect, it } from 'vitest';
import { sitesNearby } from '../../src/cli/commands/sitesNearby.js';
import { captureIo, nearbySiteJsonKeys, thursdayMorning } from './captureIo.js';
import { main } from '../../src/cli/main.js';

describe('orientation sites <commune>', () => {
  it('gives the nearest sites as JSON, nearest first', async () => {
    const { io, out } = captureIo();
    expect(await sitesNearby(['--json', '--limit', '3', 'Noyon'], io, thursdayMorning)).toBe(0);
    const answer = JSON.parse(out.join('\n'));
    expect(answer.commune).toEqual({ insee: '60471', name: 'Noyon', postalCodes: ['60400'] });
    expect(answer.sites).toHaveLength(3);
    const [first] = answer.sites;
    expect(Object.keys(first).sort()).toEqual([...nearbySiteJsonKeys].sort());
    expect(first).toMatchObject({ id: '2229', commune: 'Noyon', within30: true, mobile: false, openNow: true });
    expect(first.nextOpening).toEqual({ date: '2026-11-26', time: '13:30' });
    const distances = answer.sites.map((s: { distanceKm: number }) => s.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('gives 5 sites by default and accepts a postal code or insee:CODE', async () => {
    for (const query of ['60200', 'insee:60159']) {
      const { io, out } = captureIo();
      expect(await sitesNearby(['--json', query], io, thursdayMorning)).toBe(0);
      const answer = JSON.parse(out.join('\n'));
      expect(answer.commune.name).toBe('Compiègne');
      expect(answer.sites).toHaveLength(5);
    }
  });

  it('answers in plain French without --json', async () => {
    const { io, out } = captureIo();
    expect(await sitesNearby(['Noyon', '--limit', '1'], io, { now: () => new Date('2026-11-28T17:00:00Z') })).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('France services les plus proches de Noyon (60400)');
    expect(text).toContain('Adresse : Place Saint-Barthélémy, 60400 Noyon');
    expect(text).toMatch(/À 0,\d km à vol d'oiseau, environ \d+ min en voiture\./);
    expect(text).toContain('Fermé. Ouvre lundi 30 novembre à 9 h (ce jour-là : Centre social');
    expect(text).toContain('Téléphone : 03 22 82 62 72');
  });

  it('exits 2 with one French line for an unknown commune', async () => {
    const { io, out, err } = captureIo();
    expect(await main(['sites', 'Trifouillis-les-Oies'], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^Commune inconnue : « Trifouillis-les-Oies »/);
  });

  it('exits 2 and lists the candidates of an ambiguous name', async () => {
    const { io, out, err } = captureIo();
    expect(await main(['sites', '--json', 'Saint-Denis'], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err[0]).toMatch(/Plusieurs communes/);
    expect(err.join('\n')).toContain('Saint-Denis (93) – 93200');
  });

  it('exits 2 on a bad limit or without any commune', async () => {
    expect(await main(['sites', '--limit', 'zéro', 'Noyon'], captureIo().io)).toBe(2);
    expect(await main(['sites'], captureIo().io)).toBe(2);
  });
});

describe('orientation sites with communes on stdin', () => {
  it('answers one JSON object per line and goes on after an error', async () => {
    const { io, out } = captureIo(['Noyon', '', 'Saint-Denis', 'Trifouillis', '60200']);
    expect(await sitesNearby(['--limit', '2'], io, thursdayMorning)).toBe(2);
    const answers = out.map((line) => JSON.parse(line));
    expect(answers).toHaveLength(4);
    expect(answers[0].commune.name).toBe('Noyon');
    expect(answers[0].sites).toHaveLength(2);
    expect(answers[1]).toMatchObject({ query: 'Saint-Denis', error: expect.stringMatching(/Plusieurs communes/) });
    expect(answers[1].candidates.map((c: { departement: string }) => c.departement)).toContain('93');
    expect(answers[2]).toMatchObject({ query: 'Trifouillis', error: expect.stringMatching(/Commune inconnue/) });
    expect(answers[3].commune.name).toBe('Compiègne');
  });

  it('exits 0 when every line is answered', async () => {
    const { io, out } = captureIo(['Beauvais', 'insee:60471']);
    expect(await sitesNearby([], io, thursdayMorning)).toBe(0);
    expect(out).toHaveLength(2);
  });
});
