/**
 * Page-only wording of the printable fiche. Section titles the bot also uses come from
 * knowledge/messages.yaml (`answer`, `location`), so the chat and the paper say the same thing.
 */
export const ficheLabels = {
  brand: "France services de l'Oise · Fiche pratique",
  titleSuffix: "Fiche France services de l'Oise",
  print: 'Imprimer cette fiche',
  checklistHint: "Cochez chaque papier quand vous l'avez. Apportez les originaux.",
  contacts: 'Contacts',
  localOffice: "Dans l'Oise",
  noAppointment: 'Sans rendez-vous',
  hours: 'Horaires',
  closures: 'Fermetures',
  unknownSituation: "Cette situation n'existe pas pour cette démarche. Voici les papiers pour toutes les situations.",
  otherSources: 'Pour en savoir plus',
  sitesSource: "Horaires publiés par l'État (ANCT), données du {date}. Vérifiez-les avant de vous déplacer.",
  reviewed: 'Informations vérifiées le {date}.',
  disclaimer: "Cette fiche vous aide à préparer votre visite. En cas de doute, la fiche officielle fait foi. N'écrivez jamais votre numéro de sécurité sociale ni vos coordonnées bancaires sur cette feuille.",
  notFoundTitle: 'Fiche introuvable',
  notFoundText: "Aucune fiche ne correspond à cette adresse. Le lien est peut-être incomplet ou trop ancien.",
  home: "Revenir à l'accueil de l'assistant",
} as const;

const longDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });

/** "2026-11-26" → "26 novembre 2026". */
export function frenchDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : longDate.format(date);
}
