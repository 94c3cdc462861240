/** A problem found while reading one day of opening hours. */
export interface HoursIssue {
  kind: 'hours-zero-length' | 'hours-overlap' | 'hours-odd-minutes' | 'hours-unparsable' | 'hours-reversed';
  detail: string;
}

export type Interval = [string, string];

export interface ParsedDay {
  intervals: Interval[];
  issues: HoursIssue[];
}

// "09:00", "9h", "09h00", "9 h 30", "9.30": hours, then optional minutes.
const time = String.raw`(\d{1,2})\s*(?:[:hH.]\s*(\d{2})?)?`;
const intervalPattern = new RegExp(String.raw`^${time}\s*(?:-|–|—|à|a)\s*${time}$`);

function clock(hours: string, minutes = '00'): string | undefined {
  const h = Number(hours);
  const m = Number(minutes);
  if (h > 24 || m > 59 || (h === 24 && m > 0)) return undefined;
  // 24:00 is the end of the day; the schema's clock stops at 23:59.
  return h === 24 ? '23:59' : `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * Parses one day, e.g. "09:00 - 12:00 / 13:30 - 17:00"; empty = closed.
 * Bad parts are dropped, overlapping parts merged, and every such change is reported.
 */
export function parseDay(raw: string): ParsedDay {
  const text = raw.replace(/\s+/g, ' ').trim();
  const issues: HoursIssue[] = [];
  if (!text || /^ferm[ée]e?s?$/i.test(text)) return { intervals: [], issues };
  const found: Interval[] = [];
  for (const part of text.split(/\s*(?:\/|;|,|\bet\b|\+)\s*/i).filter(Boolean)) {
    const m = intervalPattern.exec(part);
    const start = m && clock(m[1]!, m[2]);
    const end = m && clock(m[3]!, m[4]);
    if (!start || !end) {
      issues.push({ kind: 'hours-unparsable', detail: `« ${part} » n'est pas une plage horaire lisible : ignorée` });
    } else if (start === end) {
      issues.push({ kind: 'hours-zero-length', detail: `« ${part} » dure zéro minute : ignorée (probablement « fermé »)` });
    } else if (start > end) {
      issues.push({ kind: 'hours-reversed', detail: `« ${part} » finit avant de commencer : ignorée` });
    } else {
      found.push([start, end]);
    }
  }
  const odd = found.flat().filter((t) => Number(t.slice(3)) % 5 !== 0);
  if (odd.length) issues.push({ kind: 'hours-odd-minutes', detail: `minutes inhabituelles : ${odd.join(', ')}` });
  const intervals = mergeOverlaps(found, issues);
  return { intervals, issues };
}

/** Sorts intervals and merges those that overlap, reporting the merge. */
function mergeOverlaps(intervals: Interval[], issues: HoursIssue[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
  const merged: Interval[] = [];
  for (const current of sorted) {
    const last = merged.at(-1);
    if (last && current[0] < last[1]) {
      issues.push({ kind: 'hours-overlap', detail: `${last.join('-')} et ${current.join('-')} se chevauchent : fusionnées` });
      if (current[1] > last[1]) last[1] = current[1];
    } else {
      merged.push([current[0], current[1]]);
    }
  }
  return merged;
}
