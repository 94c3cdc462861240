import { editDistance } from './distance.js';

export interface ContactResult {
  value?: string;
  issue?: { kind: 'phone-malformed' | 'email-malformed' | 'email-domain-typo'; detail: string };
}

/** "0344108235", "03.44.10.82.35", "+33 3 44 10 82 35" → "03 44 10 82 35". */
export function normalizePhone(raw: string): ContactResult {
  const text = raw.trim();
  if (!text) return {};
  const candidates = text.match(/(?:\+33\s*\(?0?\)?\s*|0)[1-9](?:[\s.-]*\d){8}/g) ?? [];
  const digits = candidates.map((c) => c.replace(/\D/g, '').replace(/^33/, '0'));
  const first = digits[0];
  if (!first) return { issue: { kind: 'phone-malformed', detail: `« ${text} » n'est pas un numéro français : retiré` } };
  const value = first.replace(/(\d\d)(?=\d)/g, '$1 ');
  const onlyThatNumber = text.replace(/[\s.+()-]/g, '').replace(/^33/, '0') === first;
  if (onlyThatNumber) return { value };
  return { value, issue: { kind: 'phone-malformed', detail: `« ${text} » contient autre chose qu'un numéro : ${value} retenu` } };
}

const emailPattern = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const wellKnownDomains = ['france-services.gouv.fr', 'gmail.com', 'orange.fr', 'wanadoo.fr', 'laposte.net', 'hotmail.fr', 'outlook.fr', 'yahoo.fr', 'free.fr'];

/** Keeps the first valid e-mail address, and flags domains one slip away from a well-known one. */
export function normalizeEmail(raw: string): ContactResult {
  const text = raw.trim();
  if (!text) return {};
  const found = text.match(emailPattern) ?? [];
  const value = found[0]?.toLowerCase();
  if (!value) return { issue: { kind: 'email-malformed', detail: `« ${text} » n'est pas une adresse e-mail : retirée` } };
  const domain = value.split('@')[1]!;
  const near = wellKnownDomains.find((known) => known !== domain && editDistance(domain, known) <= (known.length > 15 ? 3 : 1));
  if (near) return { value, issue: { kind: 'email-domain-typo', detail: `domaine « ${domain} » : faute de frappe probable pour « ${near} »` } };
  if (found.length > 1 || value !== text.toLowerCase()) {
    return { value, issue: { kind: 'email-malformed', detail: `« ${text} » contient plusieurs adresses ou du texte : ${value} retenue` } };
  }
  return { value };
}
