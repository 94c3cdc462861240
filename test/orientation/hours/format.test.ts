import { describe, expect, it } from 'vitest';
import { formatOpening, formatWeeklyHours, openingStatus } from '../../../src/orientation/hours/index.js';
import { defaultKnowledgeDir, loadMessages } from '../../../src/knowledge/load.js';
import { makeSite, paris } from './siteFixture.js';

const site = makeSite();
const texts = loadMessages(defaultKnowledgeDir).hours;

describe('formatOpening', () => {
  it.each([
    ['open now', '2026-11-26T15:00', "Ouvert maintenant, jusqu'à 17 h"],
    ['lunch break', '2026-11-26T12:30', "Fermé. Ouvre aujourd'hui à 13 h 30"],
    ['evening', '2026-11-26T19:00', 'Fermé. Ouvre demain à 9 h'],
    ['Saturday afternoon', '2026-11-28T15:00', 'Fermé. Ouvre lundi 30 novembre à 9 h'],
    ['Christmas', '2026-12-25T10:00', 'Fermé (jour férié). Ouvre demain à 9 h'],
  ])('%s', (_label, local, text) => {
    const now = paris(local);
    expect(formatOpening(openingStatus(site, now), now, texts)).toBe(text);
  });

  it('writes "1er" for the first day of a month, with half hours', () => {
    const late = makeSite({ hours: { ...site.hours, monday: [], saturday: [], tuesday: [['09:30', '12:00']] } });
    const now = paris('2026-11-27T18:00');
    expect(formatOpening(openingStatus(late, now), now, texts)).toBe('Fermé. Ouvre mardi 1er décembre à 9 h 30');
  });

  it('names the place when the service is held elsewhere that day', () => {
    const noyon = makeSite({ weekdayPlaces: [{ weekday: 'monday', place: 'Mairie de Guiscard' }] });
    const now = paris('2026-11-28T18:00');
    expect(formatOpening(openingStatus(noyon, now), now, texts)).toBe('Fermé. Ouvre lundi 30 novembre à 9 h (ce jour-là : Mairie de Guiscard)');
  });

  it('says so when there is no opening within 14 days', () => {
    const closed = makeSite({ hours: { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] } });
    const now = paris('2026-11-26T10:00');
    expect(formatOpening(openingStatus(closed, now), now, texts)).toBe("Fermé. Pas d'ouverture prévue dans les 14 prochains jours");
  });
});

describe('wording from knowledge/messages.yaml', () => {
  it('uses the texts it is given, so wording changes need no code change', () => {
    const now = paris('2026-11-26T19:00');
    const custom = { ...texts, closed: 'Fermé pour le moment.', tomorrow: 'demain matin' };
    expect(formatOpening(openingStatus(site, now), now, custom)).toBe('Fermé pour le moment. Ouvre demain matin à 9 h');
    expect(formatWeeklyHours({ ...site.hours, tuesday: [] }, { ...texts, closedDay: 'pas d’accueil' })[1]).toBe('Mardi : pas d’accueil');
  });
});

describe('formatWeeklyHours', () => {
  it('gives one French line per weekday, Sunday only when open', () => {
    const lines = formatWeeklyHours({ ...site.hours, tuesday: [] }, texts);
    expect(lines).toEqual([
      'Lundi : 9 h – 12 h, 13 h 30 – 17 h',
      'Mardi : fermé',
      'Mercredi : 9 h – 12 h, 13 h 30 – 17 h',
      'Jeudi : 9 h – 12 h, 13 h 30 – 17 h',
      'Vendredi : 9 h – 12 h, 13 h 30 – 17 h',
      'Samedi : 9 h – 12 h',
    ]);
    expect(formatWeeklyHours({ ...site.hours, sunday: [['10:00', '12:00']] }, texts).at(-1)).toBe('Dimanche : 10 h – 12 h');
  });

  it('says where a weekday is held elsewhere', () => {
    const lines = formatWeeklyHours(site.hours, texts, [{ weekday: 'monday', place: 'Mairie de Guiscard' }]);
    expect(lines[0]).toBe('Lundi : 9 h – 12 h, 13 h 30 – 17 h (à : Mairie de Guiscard)');
  });
});
