/**
 * Dated figures (amounts, ceilings, delays, rates): whether one applies on a given day, and how it
 * is said. Pure functions over the date: an expired figure is never presented as current.
 */
import type { Messages } from '../../knowledge/schemas/messages.js';
import type { Figure } from '../../knowledge/schemas/figure.js';
import { figurePlaceholder } from '../../knowledge/schemas/figure.js';
import { fill } from '../../knowledge/fill.js';
import { parisMoment } from '../hours/parisClock.js';
import { locales, type Language } from '../../knowledge/schemas/languages.js';

/** current: applies today; past: its validity is over (or it is kept as history); future: not yet. */
export type FigureStatus = 'current' | 'past' | 'future';

/** `day` is an ISO date (YYYY-MM-DD) in Paris. */
export function figureStatus(figure: Figure, day: string): FigureStatus {
  if (figure.historical || (figure.until !== undefined && figure.until < day)) return 'past';
  return figure.from > day ? 'future' : 'current';
}

/** Today's date in Paris, the day figures are judged on. */
export function parisDay(now: Date): string {
  return parisMoment(now).date;
}

export interface FigureView {
  id: string;
  label: string;
  value: string;
  status: FigureStatus;
  /** The figure as written inside a sentence: the value, with its dates when it is not current. */
  inline: string;
  /** One line for the "Montants et dates" section: value, validity, check date and, if past, where to check. */
  line: string;
  source: string;
  checked: string;
}

const longDates = Object.fromEntries(
  Object.entries(locales).map(([language, locale]) => [language, new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })]),
) as Record<Language, Intl.DateTimeFormat>;

/** "2026-04-01" → "1er avril 2026" (French writes the first of the month "1er"), "1 April 2026" in English. */
export function dayInWords(iso: string, language: Language = 'fr'): string {
  const text = longDates[language].format(new Date(`${iso}T00:00:00Z`));
  return language === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

/** "2026-04-01" → "1er avril 2026". */
export function frenchDay(iso: string): string {
  return dayInWords(iso, 'fr');
}

/** A readable host for "vérifiez sur …": "https://www.caf.fr/x" → "caf.fr". */
function siteOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

export function viewFigure(figure: Figure, day: string, t: Messages['figures'], language: Language = 'fr'): FigureView {
  const status = figureStatus(figure, day);
  const values = {
    label: figure.label,
    value: figure.value,
    from: dayInWords(figure.from, language),
    until: figure.until ? dayInWords(figure.until, language) : '',
    checked: dayInWords(figure.checked, language),
    source: figure.source,
    site: siteOf(figure.source),
  };
  const inline = status === 'current' ? figure.value : fill(status === 'past' ? t.inlinePast : t.inlineFuture, values);
  const line = fill(status === 'past' ? t.past : status === 'future' ? t.future : figure.until ? t.currentUntil : t.current, values);
  return { id: figure.id, label: figure.label, value: figure.value, status, inline, line, source: figure.source, checked: figure.checked };
}

/** Replaces `{{id}}` placeholders by the figures as they stand on `day`; unknown ids stay visible. */
export function fillFigures(text: string, figures: ReadonlyMap<string, FigureView>): string {
  return text.replace(figurePlaceholder, (whole, id: string) => figures.get(id)?.inline ?? whole);
}
