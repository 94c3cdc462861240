/**
 * French public holidays (jours fériés), from the date-holidays library. Its rules for France are read by
 * its parser (date-holidays-parser) from France's part of its data, as its "custom builds" do
 * (holidays2json --pick): the package's data for 200 countries is a 1.5 MB module that would take some
 * 4 MB of memory and tens of milliseconds at every start. That part is taken from the installed
 * date-holidays once and saved under dist/ (the build writes it); the rules and dates are the library's.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type HolidaysParser from 'date-holidays-parser';
import { projectRoot } from '../../knowledge/projectRoot.js';

interface HolidaysData {
  version: string;
  license: string;
  holidays: Record<string, unknown>;
  names: unknown;
}

const COUNTRY = 'FR';

/** France's rules and the shared holiday names, as date-holidays' data holds them. */
function franceData(): HolidaysData {
  const require = createRequire(import.meta.url);
  const { version } = require('date-holidays/package.json') as { version: string };
  const file = join(projectRoot, 'dist', 'holidays', `date-holidays-${version}-${COUNTRY}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as HolidaysData;
  } catch {
    const { data } = require('date-holidays/data') as { data: HolidaysData };
    const france: HolidaysData = { version: data.version, license: data.license, holidays: { [COUNTRY]: data.holidays[COUNTRY] }, names: data.names };
    const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(temporary, JSON.stringify(france));
      renameSync(temporary, file);
    } catch {
      // A read-only install takes it from the package at every start.
    }
    return france;
  }
}

/**
 * The parser and France's rules, loaded on first use: date-holidays-parser and its calendars (moment-timezone,
 * astronomia…) are some 5 MB of memory and 100 ms of start-up that only an answer with opening hours needs.
 */
let parser: HolidaysParser | undefined;
function france(): HolidaysParser {
  if (!parser) {
    // The package's CommonJS build (its `require` entry), the same rules as its ES module.
    const { default: Parser } = createRequire(import.meta.url)('date-holidays-parser') as { default: typeof HolidaysParser };
    parser = new Parser(franceData(), COUNTRY, { types: ['public'] });
  }
  return parser;
}
const byYear = new Map<number, Set<string>>();

function holidaysOf(year: number): Set<string> {
  let dates = byYear.get(year);
  if (!dates) {
    // `date` is the local start date, "YYYY-MM-DD 00:00:00".
    dates = new Set(
      france()
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    byYear.set(year, dates);
  }
  return dates;
}

/** True when the YYYY-MM-DD date is a public holiday in metropolitan France. */
export function isPublicHoliday(date: string): boolean {
  return holidaysOf(Number(date.slice(0, 4))).has(date);
}
