import { describe, expect, it } from 'vitest';
import { parseAnct } from '../../../tools/import/anctCsv.js';
import { importSites } from '../../../tools/import/importSites.js';
import { KnowledgeError } from '../../../src/knowledge/errors.js';
import type { SiteOverride } from '../../../src/knowledge/schemas/siteOverride.js';
import { communes, header, row } from './fixtures.js';

const run = (lines: string[], overrides: SiteOverride[] = []) =>
  importSites({ sourceFile: 'x-2024-08-01.csv', rows: parseAnct([header, ...lines].join('\n')), communes, overrides, overridesFile: 'site-overrides.yaml' });

describe('ANCT import', () => {
  it('reads quoted comments spanning several lines as one record', () => {
    const comment = 'Le lundi, accueil à Guiscard.\nLe mercredi, "mairie" de Carlepont.';
    const rows = parseAnct([header, row({ id_fs: '1', commentaire: comment }), row({ id_fs: '2' })].join('\n'));
    expect(rows.map((r) => r.id_fs)).toEqual(['1', '2']);
    expect(rows[0]!.commentaire).toBe(comment);
  });

  it('parses hours, contacts and the official commune name, with the source date from the file name', () => {
    const file = run([row({ h_mardi: '9h-12h / 14h-17h', lib_com: 'NOYON' })]);
    const site = file.sites[0]!;
    expect(site.hours.tuesday).toEqual([
      ['09:00', '12:00'],
      ['14:00', '17:00'],
    ]);
    expect(site.hours.sunday).toEqual([]);
    expect(site.phone).toBe('03 22 82 62 72');
    expect(site.commune).toBe('Noyon');
    expect(file.source).toMatchObject({ date: '2024-08-01', licence: 'Licence Ouverte / Etalab 2.0' });
  });

  it('flags dirty values instead of keeping them silently', () => {
    const file = run([row({ h_lundi: '00:00 - 00:00', mail: 'x@franceserivces.gouv.fr', format_fs: 'Bus_équivalent', commentaire: 'Planning sur le site' })]);
    expect(file.anomalies.map((a) => a.kind).sort()).toEqual(['comment-schedule', 'email-domain-typo', 'hours-zero-length', 'mobile-home-base']);
    expect(file.anomalies.every((a) => a.status === 'flagged')).toBe(true);
    expect(file.sites[0]).toMatchObject({ format: 'bus', mobile: true });
  });

  it('keeps a site whose commune is unknown, flagged, rather than crashing', () => {
    const file = run([row({ insee_com: '99999', code_postal: '99999', lib_com: 'Ailleurs' })]);
    expect(file.sites).toHaveLength(1);
    expect(file.anomalies.map((a) => a.kind)).toContain('unknown-commune');
  });

  it('links an antenna to the principal site whose name it extends', () => {
    const file = run([
      row({ id_fs: '10', lib_fs: 'France services multisites du Vexin-Thelle', format_fs: 'Multisites' }),
      row({ id_fs: '11', lib_fs: 'France services multisites du Vexin Thelle - Site de Noyon', type_fs: 'Antenne', format_fs: 'Multisites' }),
    ]);
    expect(file.sites.find((s) => s.id === '11')?.parentId).toBe('10');
  });

  it('applies overrides after parsing and marks the anomaly as corrected', () => {
    const overrides: SiteOverride[] = [
      { id: '1', field: 'hours.monday', value: '', reason: 'Plage de zéro minute : fermé le lundi.' },
      {
        id: ['1'],
        field: 'weekdayPlaces',
        value: [{ weekday: 'monday', place: 'Centre social de Guiscard', insee: '60291' }],
        reason: 'Commentaire ANCT repris en lieu du lundi.',
      },
    ];
    const file = run([row({ h_lundi: '00:00 - 00:00', commentaire: 'Le lundi à Guiscard' })], overrides);
    expect(file.sites[0]!.hours.monday).toEqual([]);
    expect(file.sites[0]!.weekdayPlaces).toEqual([{ weekday: 'monday', place: 'Centre social de Guiscard', insee: '60291' }]);
    expect(file.anomalies.map((a) => a.status)).toEqual(['corrected', 'corrected']);
  });

  it("keeps an inferred override but lists it and marks the site's hours as to be confirmed", () => {
    const overrides: SiteOverride[] = [
      {
        id: '1',
        field: 'hours.monday',
        value: '09:00 - 11:30 / 14:00 - 16:30',
        inferred: true,
        reason: 'Heure de reprise déduite des autres sites, pas confirmée.',
      },
    ];
    const file = run([row({ h_lundi: '09:00 - 16:30 / 09:00 - 11:30' })], overrides);
    expect(file.sites[0]).toMatchObject({
      hours: {
        monday: [
          ['09:00', '11:30'],
          ['14:00', '16:30'],
        ],
      },
      toConfirm: ['hours.monday'],
    });
    expect(file.anomalies.filter((a) => a.kind === 'inferred-override')).toMatchObject([{ siteId: '1', field: 'hours.monday', status: 'flagged' }]);
    expect(file.anomalies.find((a) => a.kind === 'hours-overlap')?.status).toBe('corrected');
  });

  it('flags a charged number (08 9x) in the anomaly report', () => {
    const file = run([row({ telephone: '0890000212' }), row({ id_fs: '2', telephone: '0800123456' })]);
    expect(file.anomalies.filter((a) => a.kind === 'premium-phone').map((a) => a.siteId)).toEqual(['1']);
  });

  it('rejects an override naming an unknown site or an invalid value, naming the entry', () => {
    const unknown: SiteOverride[] = [{ id: '404', field: 'phone', value: '03 44 00 00 00', reason: 'Numéro vérifié par téléphone.' }];
    expect(() => run([row({})], unknown)).toThrow(/overrides\[0\] › id : le site « 404 »/);
    const badHours: SiteOverride[] = [{ id: '1', field: 'hours.monday', value: 'le matin', reason: 'Horaires vérifiés par téléphone.' }];
    expect(() => run([row({})], badHours)).toThrow(KnowledgeError);
  });
});
