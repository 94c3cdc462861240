/**
 * What every view of a site (bot, CLI, printable fiche) must say about it: the full address with its
 * complement (the building), whether its phone number is charged, and whether its hours are an inference.
 */
import type { Site } from '../../knowledge/schemas/site.js';

/** 081, 082 and 089 numbers are charged ("services à valeur ajoutée"); 080 numbers are free. */
export function isChargedNumber(phone: string): boolean {
  return /^08[129]/.test(phone.replace(/[^\d+]/g, '').replace(/^\+33/, '0'));
}

export interface SiteFacts {
  /** "Rue de la Mairie, salle polyvalente, 60240 Chaumont-en-Vexin". */
  address: string;
  phone?: { number: string; charged: boolean };
  /** Some hours or closures come from our reading of the data, not from the site: confirm by phone. */
  hoursToConfirm: boolean;
}

const hourFields = /^(hours\.|closures$|weekdayPlaces$)/;

export function siteFacts(site: Site): SiteFacts {
  return {
    address: [site.address, site.addressComplement, `${site.postalCode} ${site.commune}`].filter(Boolean).join(', '),
    ...(site.phone ? { phone: { number: site.phone, charged: isChargedNumber(site.phone) } } : {}),
    hoursToConfirm: (site.toConfirm ?? []).some((field) => hourFields.test(field)),
  };
}
