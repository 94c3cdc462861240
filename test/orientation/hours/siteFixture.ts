import type { Site } from '../../../src/knowledge/schemas/site.js';

const weekdayHours = [
  ['09:00', '12:00'],
  ['13:30', '17:00'],
] as [string, string][];

/** A typical site: weekdays 9–12 / 13:30–17, Saturday morning, closed on Sunday. */
export function makeSite(overrides: Partial<Site> = {}): Site {
  return {
    id: '1',
    name: 'France services de Test',
    address: '1 place de la Mairie',
    postalCode: '60400',
    insee: '60471',
    commune: 'Noyon',
    departement: '60',
    lat: 49.58,
    lon: 2.999,
    type: 'principal',
    format: 'fixe',
    appointment: false,
    hours: {
      monday: weekdayHours,
      tuesday: weekdayHours,
      wednesday: weekdayHours,
      thursday: weekdayHours,
      friday: weekdayHours,
      saturday: [['09:00', '12:00']],
      sunday: [],
    },
    closures: [],
    weekdayPlaces: [],
    mobile: false,
    ...overrides,
  };
}

/** A Date from Paris wall-clock time given with its UTC offset, e.g. paris('2026-11-26T10:00', '+01:00'). */
export function paris(local: string, offset: '+01:00' | '+02:00' = '+01:00'): Date {
  return new Date(`${local}:00${offset}`);
}
