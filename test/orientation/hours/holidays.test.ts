import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { isPublicHoliday } from '../../../src/orientation/hours/holidays.js';

describe('French public holidays', () => {
  it.each([2024, 2026, 2027, 2038])('are the days date-holidays gives for France in %i', (year) => {
    const expected = new Holidays('FR', { types: ['public'] })
      .getHolidays(year)
      .filter((h) => h.type === 'public')
      .map((h) => h.date.slice(0, 10));
    const days = Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(year, 0, 1 + i)).toISOString().slice(0, 10)).filter((d) => d.startsWith(String(year)));
    expect(days.filter(isPublicHoliday)).toEqual([...new Set(expected)].sort());
  });
});
