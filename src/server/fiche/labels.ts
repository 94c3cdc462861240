/** Dates on the printable fiche; its wording is in knowledge/messages.yaml (`fiche`). */

const longDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });

/** "2026-11-26" → "26 novembre 2026". */
export function frenchDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : longDate.format(date);
}
