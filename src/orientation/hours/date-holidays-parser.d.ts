// date-holidays-parser ships declarations that its package.json "exports" does not point to: the subset used here.
declare module 'date-holidays-parser' {
  export interface Holiday {
    /** Local start, "YYYY-MM-DD 00:00:00". */
    date: string;
    type: string;
    name: string;
  }

  export default class HolidaysParser {
    constructor(data: object, country: string, opts?: { types?: string[] });
    getHolidays(year?: number): Holiday[];
  }
}
