/** A weekday's hours, or a part of it, and the next weekly opening when closed then. */
import { describe, expect, it } from 'vitest';
import type { WeeklyHours } from '../../../src/knowledge/schemas/site.js';
import { dayHours } from '../../../src/orientation/hours/index.js';

const week: WeeklyHours = {
  monday: [['13:30', '17:30']],
  tuesday: [
    ['14:00', '17:00'],
    ['09:00', '12:00'],
  ],
  wednesday: [],
  thursday: [['09:00', '17:00']],
  friday: [['09:00', '12:30']],
  saturday: [['08:00', '13:30']],
  sunday: [],
};

describe('dayHours', () => {
  it('gives the intervals of the day in order, or of its morning or afternoon', () => {
    expect(dayHours(week, 'tuesday').open).toEqual([
      ['09:00', '12:00'],
      ['14:00', '17:00'],
    ]);
    expect(dayHours(week, 'tuesday', 'morning').open).toEqual([['09:00', '12:00']]);
    expect(dayHours(week, 'thursday', 'afternoon').open).toEqual([['09:00', '17:00']]);
  });

  it('counts a morning that runs past noon as no afternoon', () => {
    expect(dayHours(week, 'friday', 'afternoon').open).toEqual([]);
    expect(dayHours(week, 'saturday', 'afternoon').open).toEqual([]);
  });

  it('gives the same afternoon as the next opening of a morning closed, else the following days', () => {
    expect(dayHours(week, 'monday', 'morning').next).toEqual({ day: 'monday', time: '13:30' });
    expect(dayHours(week, 'wednesday').next).toEqual({ day: 'thursday', time: '09:00' });
    expect(dayHours(week, 'saturday', 'afternoon').next).toEqual({ day: 'monday', time: '13:30' });
  });

  it('has no next opening for a site that never opens', () => {
    const never = Object.fromEntries(Object.keys(week).map((d) => [d, []])) as unknown as WeeklyHours;
    expect(dayHours(never, 'monday')).toMatchObject({ open: [], next: null });
  });
});
