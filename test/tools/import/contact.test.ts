import { describe, expect, it } from 'vitest';
import { normalizeEmail, normalizePhone } from '../../../tools/import/contact.js';

describe('contacts', () => {
  it('formats French phone numbers as "03 44 …"', () => {
    expect(normalizePhone('03.44.46.75.41')).toEqual({ value: '03 44 46 75 41' });
    expect(normalizePhone('+33 3 44 10 82 35')).toEqual({ value: '03 44 10 82 35' });
  });

  it('flags a phone cell that is not a single valid number', () => {
    expect(normalizePhone('12 34').issue?.kind).toBe('phone-malformed');
    expect(normalizePhone('12 34').value).toBeUndefined();
    expect(normalizePhone('0344108235 ou 0611223344')).toMatchObject({ value: '03 44 10 82 35', issue: { kind: 'phone-malformed' } });
  });

  it('flags the misspelt France services domain and malformed addresses', () => {
    expect(normalizeEmail('mobile-du-valois@franceserivces.gouv.fr').issue?.kind).toBe('email-domain-typo');
    expect(normalizeEmail('montataire@france-services.gouv.fr')).toEqual({ value: 'montataire@france-services.gouv.fr' });
    expect(normalizeEmail('pas une adresse')).toMatchObject({ issue: { kind: 'email-malformed' } });
    expect(normalizeEmail('a@x.fr - b@x.fr')).toMatchObject({ value: 'a@x.fr', issue: { kind: 'email-malformed' } });
  });
});
