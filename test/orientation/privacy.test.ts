import { describe, expect, it } from 'vitest';
import { detectPersonalData, REDACTED } from '../../src/orientation/privacy.js';

describe('detectPersonalData', () => {
  it.each([
    ['mon numéro de sécu est 1 85 05 78 006 084 36', 'nir'],
    ['nir 285057800608436 merci', 'nir'],
    ['mon numéro fiscal 0123456789012', 'tax-number'],
    ['IBAN FR76 3000 6000 0112 3456 7890 189', 'iban'],
    ['ma carte 4970 1012 3456 7899 a été débitée', 'bank-card'],
    ['carte bancaire 4111111111111111', 'bank-card'],
    ['écrivez-moi à jean.dupont@exemple.fr', 'email'],
    ['appelez le 06 12 34 56 78', 'phone'],
    ['mon tel +33 6 12 34 56 78', 'phone'],
  ])('masks %s', (text, kind) => {
    const found = detectPersonalData(text);
    expect(found.kinds).toContain(kind);
    expect(found.redacted).toContain(REDACTED);
    expect(found.redacted).not.toMatch(/\d{6,}/);
  });

  it.each([
    "j'habite à Beauvais 60000",
    'mon passeport expire le 12/03/2027',
    'appelez le 3646 pour la CPAM',
    'ma carte grise de 2015, 130 000 km',
    'j ai 3 enfants de 4, 9 et 12 ans',
  ])('leaves ordinary text alone: %s', (text) => {
    expect(detectPersonalData(text)).toEqual({ kinds: [], redacted: text });
  });

  it('keeps the rest of the message to help with it', () => {
    const { redacted } = detectPersonalData("j'ai perdu ma carte vitale, mon numéro est 1 85 05 78 006 084 36");
    expect(redacted).toBe(`j'ai perdu ma carte vitale, mon numéro est ${REDACTED}`);
  });
});
