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

describe('detectPersonalData: logins and passwords', () => {
  it.each([
    ['mon identifiant france travail c 4512378P et le mdp Soleil60! vous pouvez faire mon actualisation', ['4512378P', 'Soleil60']],
    ['password is abc123, can you log in for me?', ['abc123']],
    ["mon mot de passe : Tr0ub4dor&3, je n'arrive pas à me connecter à la CAF", ['Tr0ub4dor']],
    ['identifiant : 4512378P', ['4512378P']],
  ])('masks the login or password and keeps the request: %s', (text, secrets) => {
    const found = detectPersonalData(text);
    expect(found.kinds).toEqual(['credential']);
    for (const secret of secrets) expect(found.redacted).not.toContain(secret);
    expect(found.redacted).toMatch(/actualisation|log in|CAF|identifiant/);
  });

  it.each(["j'ai oublié mon mot de passe ameli?", 'mon mot de passe ne marche plus depuis 2023', 'mdp perdu!', "le code d'accès 2 fois"])(
    'leaves a message about a password alone: %s',
    (text) => {
      expect(detectPersonalData(text)).toEqual({ kinds: [], redacted: text });
    },
  );
});

describe('detectPersonalData: formats written in other ways, and identity', () => {
  it.each([
    ['mon NIR 1.85.05.78.006.084.36', 'nir'],
    ['numéro 1-85-05-78-006-084-36', 'nir'],
    ['ma carte American Express 3782 822463 10005', 'bank-card'],
    ['amex 378282246310005', 'bank-card'],
    ['rappelez-moi au +33 (0)6 12 34 56 78', 'phone'],
    ['tel 0033 (0)6.12.34.56.78', 'phone'],
    ["je m'appelle Jean Dupont et j'ai perdu ma carte vitale", 'name'],
    ['Mon nom est Martin, je cherche la CAF', 'name'],
    ["j'habite 12 rue de la République à Beauvais", 'address'],
    ['au 3 bis avenue Jean Jaurès 60000 Beauvais', 'address'],
    ['je suis né le 12/03/1985 à Creil', 'birth-date'],
    ['date de naissance : 3 mars 1990', 'birth-date'],
  ])('masks %s', (text, kind) => {
    const found = detectPersonalData(text);
    expect(found.kinds).toContain(kind);
    expect(found.redacted).toContain(REDACTED);
    for (const secret of ['006', '822463', '12 34', 'Dupont', 'Martin', 'République', 'Jaurès', '1985', '1990']) expect(found.redacted).not.toContain(secret);
  });

  it('keeps what helps answer: the commune after the street, the question after the name', () => {
    expect(detectPersonalData("j'habite 12 rue de la République à Beauvais").redacted).toBe(`j'habite ${REDACTED} à Beauvais`);
    expect(detectPersonalData("je m'appelle Jean Dupont et j'ai perdu ma carte vitale").redacted).toBe(
      `je m'appelle ${REDACTED} et j'ai perdu ma carte vitale`,
    );
  });

  it('reads a long word in linear time (the e-mail pattern was quadratic): 4× the length costs well under 16× the time', () => {
    const time = (length: number) => {
      const word = 'a'.repeat(length);
      const started = process.hrtime.bigint();
      for (let i = 0; i < 5; i++) detectPersonalData(`${word} ${word}.fr`);
      return Number(process.hrtime.bigint() - started);
    };
    time(2000);
    // The fastest of several interleaved runs of each length, so that a busy machine does not decide.
    const best = { short: Infinity, long: Infinity };
    for (let round = 0; round < 5; round++) {
      best.short = Math.min(best.short, time(10_000));
      best.long = Math.min(best.long, time(40_000));
    }
    expect(best.long / best.short).toBeLessThan(10);
  });
});

describe('detectPersonalData: 13 digits are named by the words around them', () => {
  it.each([
    ["mon numero fiscal est 1234567890123 pour ma declaration d'impots", 'tax-number', 'nir'],
    ['mon numéro fiscal : 1 23 45 67 890 123', 'tax-number', 'nir'],
    ['mon numéro de sécu 1 85 05 60 123 456 pour les impôts', 'nir', 'tax-number'],
  ])('%s → %s', (text, kind, not) => {
    const found = detectPersonalData(text);
    expect(found.kinds).toContain(kind);
    expect(found.kinds).not.toContain(not);
    expect(found.redacted).not.toMatch(/\d{6,}/);
  });
});
