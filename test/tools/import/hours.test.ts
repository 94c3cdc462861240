import { describe, expect, it } from 'vitest';
import { parseDay } from '../../../tools/import/hours.js';

const kinds = (raw: string) => parseDay(raw).issues.map((i) => i.kind);

describe('parseDay', () => {
  it('reads the ANCT format into sorted intervals', () => {
    expect(parseDay('13:30 - 17:00 / 09:00 - 12:00').intervals).toEqual([
      ['09:00', '12:00'],
      ['13:30', '17:00'],
    ]);
  });

  it('treats an empty cell or "fermé" as closed, without complaint', () => {
    expect(parseDay('')).toEqual({ intervals: [], issues: [] });
    expect(parseDay(' Fermé ')).toEqual({ intervals: [], issues: [] });
  });

  it('tolerates "9h-12h", "09h00", en dashes and extra spaces', () => {
    expect(parseDay('9h-12h').intervals).toEqual([['09:00', '12:00']]);
    expect(parseDay(' 09h00  –  12h30 /14h-17h ').intervals).toEqual([
      ['09:00', '12:30'],
      ['14:00', '17:00'],
    ]);
    expect(parseDay('9h30 à 12h et 14h à 17h').intervals).toEqual([
      ['09:30', '12:00'],
      ['14:00', '17:00'],
    ]);
  });

  it('drops a zero-length interval such as Montataire\'s "00:00 - 00:00" and reports it', () => {
    expect(parseDay('00:00 - 00:00').intervals).toEqual([]);
    expect(kinds('00:00 - 00:00')).toEqual(['hours-zero-length']);
  });

  it('merges and reports overlapping intervals (Compiègne Puy du Roy)', () => {
    const day = parseDay('09:00 - 16:30 / 09:00 - 11:30');
    expect(day.intervals).toEqual([['09:00', '16:30']]);
    expect(kinds('09:00 - 16:30 / 09:00 - 11:30')).toEqual(['hours-overlap']);
  });

  it('keeps but reports minutes that are not a multiple of five (Vexin-Thelle)', () => {
    const day = parseDay('10:00 - 12:00 / 13:30 - 16:34');
    expect(day.intervals).toEqual([
      ['10:00', '12:00'],
      ['13:30', '16:34'],
    ]);
    expect(kinds('10:00 - 12:00 / 13:30 - 16:34')).toEqual(['hours-odd-minutes']);
  });

  it('reports unreadable and reversed text instead of inventing hours', () => {
    expect(parseDay('matin seulement').intervals).toEqual([]);
    expect(kinds('matin seulement')).toEqual(['hours-unparsable']);
    expect(kinds('17:00 - 09:00')).toEqual(['hours-reversed']);
    expect(kinds('25:00 - 26:00')).toEqual(['hours-unparsable']);
  });
});
