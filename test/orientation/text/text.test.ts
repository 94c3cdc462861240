import { describe, expect, it } from 'vitest';
import { loadIntents, loadLexicon, loadProcedures, defaultKnowledgeDir } from '../../../src/knowledge/load.js';
import { normalizeChars, placeKey, simplify } from '../../../src/orientation/text/normalize.js';
import { createTextPipeline } from '../../../src/orientation/text/pipeline.js';
import { stem } from '../../../src/orientation/text/stem.js';
import { smsMap, tokenize } from '../../../src/orientation/text/tokenize.js';

describe('normalizeChars', () => {
  it.each([
    ['Carte d’Identité', "carte d'identite"],
    ['CŒUR Æsthète', 'coeur aesthete'],
    ['bonjouuur', 'bonjour'],
    ['Crèvecœur-le-Grand', 'crevecoeur-le-grand'],
    ['plain `ascii` text...', "plain 'ascii' text..."],
    ['trèèès 111 ...', 'tres 111 ...'],
    ['ééé', 'e'],
    ['𝒜𝒜𝒜 ok', '𝒜 ok'],
  ])('%s → %s', (input, expected) => expect(normalizeChars(input)).toBe(expected));
});

describe('simplify (typed commands and choices)', () => {
  it.each([
    ['  Aide ! ', 'aide'],
    ['?', '?'],
    ['RÉCAPITULATIF   de  l’agent.', "recapitulatif de l'agent"],
    ['Cœur', 'coeur'],
  ])('%s → %s', (input, expected) => expect(simplify(input)).toBe(expected));
});

describe('placeKey (place names across sources)', () => {
  it.each([
    ['Saint-Just-en-Chaussée', 'ST JUST EN CHAUSSEE'],
    ["L'Isle-Adam", 'L ISLE ADAM'],
    ['Sainte-Geneviève', 'STE GENEVIEVE'],
    ['CRÈVECŒUR-LE-GRAND', 'CREVECOEUR LE GRAND'],
  ])('%s → %s', (input, expected) => expect(placeKey(input)).toBe(expected));
});

describe('tokenize', () => {
  const sms = smsMap({ jai: "j'ai", slt: 'salut', c: "c'est", '1ere': 'premiere' });
  it('removes elisions, quotes and punctuation', () => {
    expect(tokenize("J'ai perdu l'APL d’identité « vite » !")).toEqual(['ai', 'perdu', 'apl', 'identite', 'vite']);
  });
  it('expands SMS spellings', () => {
    expect(tokenize('slt jai 1ere demande, c combien', sms)).toEqual(['salut', 'ai', 'premiere', 'demande', 'est', 'combien']);
  });
  it('drops one- and two-digit numbers but keeps form numbers', () => {
    expect(tokenize('formulaire 2042 pour 3 enfants de 12 ans')).toEqual(['formulaire', '2042', 'pour', 'enfants', 'de', 'ans']);
  });
});

describe('stem', () => {
  it('merges plural, feminine and verb forms', () => {
    expect(new Set(['declarer', 'declaree', 'declarees', 'declarez'].map(stem))).toEqual(new Set(['declar']));
    expect(stem('impots')).toBe(stem('impot'));
    expect(stem('cartes')).toBe(stem('carte'));
  });
  it('meets common misspellings with doubled letters', () => {
    expect(stem('adrese')).toBe(stem('adresse'));
    expect(stem('pasport')).not.toBe(stem('passeport'));
  });
});

describe('text pipeline with the real lexicon', () => {
  const lexicon = loadLexicon(defaultKnowledgeDir, loadProcedures(defaultKnowledgeDir));
  const pipeline = createTextPipeline(lexicon);
  const same = (a: string, b: string) => expect(pipeline.terms(a)).toEqual(pipeline.terms(b));

  it('rewrites abbreviations to their canonical term', () => {
    same('ma CNI', "ma carte d'identité");
    same("l'APL", 'aide au logement');
    same('la CMU', 'complémentaire santé solidaire');
    same('pôle emploi', 'France Travail');
    same('cart vital', 'carte Vitale');
  });
  it('translates common English phrasings', () => {
    same('residence permit', 'titre de séjour');
    same('driving licence', 'permis de conduire');
  });
  it('keeps the words of a phrase variant in knowledge texts, so part of the phrase still matches', () => {
    const terms = pipeline.documentTerms('indemnités journalières');
    expect(terms).toEqual(expect.arrayContaining([...pipeline.terms('indemnités'), ...pipeline.terms('arrêt maladie')]));
    expect(pipeline.terms('indemnités journalières')).toEqual(pipeline.terms('arrêt maladie'));
  });
  it('drops words with no meaning', () => {
    expect(pipeline.terms('Bonjour, est-ce que je peux avoir le RSA svp ?')).toEqual(['rsa']);
  });
  it('reads an SMS spelling that is also an abbreviation by its context', () => {
    // "pa" for "pas" is no prime d'activité…
    same('jai pa recu mon virement', "j'ai pas reçu mon virement");
    same('chomage pa tombé ce mois', 'chômage pas tombé ce mois');
    // …while after a determiner, or in capitals among lower-case words, it is the abbreviation.
    same('la pa a baissé', "la prime d'activité a baissé");
    same('la secu ma pa rembourser', "la sécu m'a pas remboursé");
    same('simulation PA couple', "simulation prime d'activité couple");
    same('JAI PA RECU', "j'ai pas reçu");
  });
  it('loads intents too', () => {
    expect(loadIntents(defaultKnowledgeDir).greeting).toContain('bonjour');
  });
});
