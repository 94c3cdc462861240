import { z } from 'zod';

/** Languages the assistant answers in; French is the default and the reference of every text. */
export const languages = ['fr', 'en'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;
/** BCP 47 tag of each language: dates and weekday names (Intl), the `locale` of outgoing activities, `lang` of pages. */
export const locales: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

const phrase = z.string().trim().min(1, 'ne doit pas être vide');

/** knowledge/languages.yaml: what a user writes to ask for a language. */
export const languagesFileSchema = z.object({
  /** Phrases asking for each language ("in English please", "en français svp"). */
  switchTo: z.object({ fr: z.array(phrase).min(1), en: z.array(phrase).min(1) }),
});

export type LanguagesFile = z.infer<typeof languagesFileSchema>;
