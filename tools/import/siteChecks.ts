import { editDistance } from './distance.js';
import { placeKey } from '../../src/orientation/text/normalize.js';

/** The words of `text` that spell the official name differently, or undefined when they match (or it is not named). */
export function nameSpellingDiffers(text: string, official: string): string | undefined {
  if (text.includes(official)) return undefined;
  const words = placeKey(text).split(' ');
  const target = placeKey(official);
  const size = target.split(' ').length;
  for (let length = Math.max(1, size - 1); length <= size + 1; length++) {
    for (let i = 0; i + length <= words.length; i++) {
      const window = words.slice(i, i + length).join(' ');
      if (window === target || (target.length >= 8 && editDistance(window, target) <= 2)) {
        return window;
      }
    }
  }
  return undefined;
}

const scheduleWords =
  /\b(lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?|ferm[ée]e?s?|planning|permanences?|vacances)\b|\b\d{1,2} ?h ?\d{0,2}\b|\b\d{1,2}:\d{2}\b/i;

/** The comment holds opening days, closures or places that the hours columns cannot express. */
export function commentCarriesSchedule(comment: string): boolean {
  return scheduleWords.test(comment);
}

/** Text left from a form template, e.g. "Commentaire de la structure 1". */
export function commentIsPlaceholder(comment: string): boolean {
  return /^(commentaire de la structure\b.*|test|x+|n[ée]ant|ras|-+|\.+)$/i.test(comment.trim());
}

/** The comment says appointments are required while prise_rdv says "Non". */
export function commentRequiresAppointment(comment: string): boolean {
  return /\bsur (rendez[- ]vous|rdv)\b/i.test(comment) && !/pr[ée]f[ée]rence|conseill|possib|recommand|ou sans|sans rendez/i.test(comment);
}
