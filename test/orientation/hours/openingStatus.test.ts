import { describe, expect, it } from 'vitest';
import { openingStatus } from '../../../src/orientation/hours/index.js';
import { makeSite, paris } from './siteFixture.js';

const site = makeSite();

describe('openingStatus on an ordinary week (Thursday 2026-11-26)', () => {
  it('is open in the morning and says when it closes', () => {
    const status = openingStatus(site, paris('2026-11-26T10:15'));
    expect(status).toMatchObject({ openNow: true, closesAt: '12:00', holidayToday: false });
    expect(status.nextOpening).toEqual({ date: '2026-11-26', weekday: 'thursday', time: '13:30' });
  });

  it('is closed during the lunch break and reopens the same afternoon', () => {
    const status = openingStatus(site, paris('2026-11-26T12:45'));
    expect(status.openNow).toBe(false);
    expect(status.closesAt).toBeNull();
    expect(status.nextOpening).toMatchObject({ date: '2026-11-26', time: '13:30' });
  });

  it('opens exactly at the start and closes exactly at the end', () => {
    expect(openingStatus(site, paris('2026-11-26T13:30')).openNow).toBe(true);
    expect(openingStatus(site, paris('2026-11-26T17:00')).openNow).toBe(false);
    expect(openingStatus(site, paris('2026-11-26T16:59')).openNow).toBe(true);
  });

  it('after closing time, opens the next morning', () => {
    const status = openingStatus(site, paris('2026-11-26T18:00'));
    expect(status.nextOpening).toMatchObject({ date: '2026-11-27', weekday: 'friday', time: '09:00' });
  });

  it('is open on Saturday morning only, and on Sunday waits for Monday', () => {
    expect(openingStatus(site, paris('2026-11-28T11:00'))).toMatchObject({ openNow: true, closesAt: '12:00' });
    const afternoon = openingStatus(site, paris('2026-11-28T14:00'));
    expect(afternoon.openNow).toBe(false);
    expect(afternoon.nextOpening).toMatchObject({ date: '2026-11-30', weekday: 'monday', time: '09:00' });
    const sunday = openingStatus(site, paris('2026-11-29T10:00'));
    expect(sunday.openNow).toBe(false);
    expect(sunday.nextOpening).toMatchObject({ date: '2026-11-30', time: '09:00' });
  });

  it('merges touching intervals so that closesAt is the real closing time', () => {
    const continuous = makeSite({
      hours: {
        ...site.hours,
        thursday: [
          ['09:00', '12:00'],
          ['12:00', '17:00'],
        ],
      },
    });
    expect(openingStatus(continuous, paris('2026-11-26T11:00')).closesAt).toBe('17:00');
  });
});

describe('public holidays', () => {
  it.each([
    ['Christmas 2026 (Friday)', '2026-12-25T10:00', '+01:00', '2026-12-26'],
    ['8 May 2027 (Saturday)', '2027-05-08T10:00', '+02:00', '2027-05-10'],
    ['Easter Monday 2027', '2027-03-29T10:00', '+02:00', '2027-03-30'],
  ] as const)('is closed on %s', (_label, local, offset, reopening) => {
    const status = openingStatus(site, paris(local, offset));
    expect(status.openNow).toBe(false);
    expect(status.holidayToday).toBe(true);
    expect(status.nextOpening?.date).toBe(reopening);
  });

  it('skips a holiday when looking for the next opening', () => {
    // Thursday 24 December 2026 evening: Friday 25 is Christmas, so Saturday 26 at 9:00.
    expect(openingStatus(site, paris('2026-12-24T18:00')).nextOpening).toMatchObject({ date: '2026-12-26', time: '09:00' });
  });
});

describe('daylight-saving changes (Europe/Paris whatever the machine time zone)', () => {
  const sundayMorning = makeSite({ hours: { ...site.hours, sunday: [['10:00', '12:00']] } });

  it('08:30 UTC on 2026-10-25 (back to winter time) is 9:30 in Paris: not yet open', () => {
    const status = openingStatus(sundayMorning, new Date('2026-10-25T08:30:00Z'));
    expect(status.openNow).toBe(false);
    expect(status.nextOpening).toMatchObject({ date: '2026-10-25', time: '10:00' });
  });

  it('08:30 UTC on 2027-03-28 (summer time starts) is 10:30 in Paris: open', () => {
    expect(openingStatus(sundayMorning, new Date('2027-03-28T08:30:00Z'))).toMatchObject({ openNow: true, closesAt: '12:00' });
  });

  it('15:30 UTC is 17:30 in Paris before the change (closed), 16:30 after it (open)', () => {
    expect(openingStatus(site, new Date('2026-10-23T15:30:00Z')).openNow).toBe(false); // 17:30 CEST
    expect(openingStatus(site, new Date('2026-10-26T15:30:00Z')).openNow).toBe(true); // 16:30 CET
  });
});

describe('closure rules and places held elsewhere', () => {
  const vexin = makeSite({ closures: [{ weekday: 'monday', nthInMonth: 1, reason: 'Fermé le premier lundi du mois' }] });

  it('is closed on the first Monday of the month, open on the second', () => {
    const first = openingStatus(vexin, paris('2026-12-07T10:00'));
    expect(first.openNow).toBe(false);
    expect(first.nextOpening).toMatchObject({ date: '2026-12-08', time: '09:00' });
    expect(openingStatus(vexin, paris('2026-12-14T10:00')).openNow).toBe(true);
    expect(openingStatus(vexin, paris('2026-11-30T10:00')).openNow).toBe(true); // fifth Monday of November
  });

  it('understands "last Friday of the month"', () => {
    const lastFriday = makeSite({ closures: [{ weekday: 'friday', nthInMonth: -1, reason: 'Réunion d’équipe' }] });
    expect(openingStatus(lastFriday, paris('2026-11-27T10:00')).openNow).toBe(false);
    expect(openingStatus(lastFriday, paris('2026-11-20T10:00')).openNow).toBe(true);
  });

  it('gives the place of the next opening when the service is held elsewhere that day', () => {
    const noyon = makeSite({ weekdayPlaces: [{ weekday: 'monday', place: 'Mairie de Guiscard', insee: '60291' }] });
    const saturdayEvening = openingStatus(noyon, paris('2026-11-28T18:00'));
    expect(saturdayEvening.nextOpening).toEqual({ date: '2026-11-30', weekday: 'monday', time: '09:00', place: 'Mairie de Guiscard' });
    expect(openingStatus(noyon, paris('2026-11-26T18:00')).nextOpening).not.toHaveProperty('place');
  });

  it('returns no next opening when the site never opens within 14 days', () => {
    const closed = makeSite({ hours: { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] } });
    expect(openingStatus(closed, paris('2026-11-26T10:00'))).toMatchObject({ openNow: false, nextOpening: null });
  });
});
