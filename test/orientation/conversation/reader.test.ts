/** Conversation-level reading: pure functions over knowledge/conversation.yaml. */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { createCommunePrefixFinder } from '../../../src/orientation/conversation/communePrefix.js';
import { createConversationReader } from '../../../src/orientation/conversation/reader.js';

const knowledge = loadKnowledge();
const reader = createConversationReader(knowledge.conversation, knowledge.lexicon);
const situations = (id: string) => knowledge.procedures.find((p) => p.id === id)!.situations;

describe('conversation reader', () => {
  it.each([
    ['Estrées-Saint-Denis ou Compiègne Puy du Roy ?', ['Estrées-Saint-Denis', 'Compiègne Puy du Roy']],
    ['Clermont, Breteuil', ['Clermont', 'Breteuil']],
    ['Noyon or Montataire', ['Noyon', 'Montataire']],
    ['Orry-la-Ville', ['Orry-la-Ville']],
  ])('list parts: %s → %j (list words of the knowledge, whole words only)', (text, expected) => {
    expect(reader.listParts(text).map((part) => part.trim())).toEqual(expected);
  });

  it.each([
    ['oui', 'yes'],
    ['ouais je suis agriculteur', 'yes'],
    ['nan', 'no'],
    ['non salarié normal', 'no'],
    ['pas du tout', 'no'],
    ['je sais pas', null],
  ])('yes/no: %s → %s', (text, expected) => {
    expect(reader.yesNo(text)).toBe(expected);
  });

  it.each([
    ["bah je viens de l'acheter d'occas", 'carte-grise', 'achat'],
    ['je la vends', 'carte-grise', 'vente'],
    ['il a 9 ans', 'passeport', 'mineur'],
    ['pour un mineur de 16 ans', 'passeport', 'mineur'],
    ["j'ai 40 ans", 'passeport', null],
    ['mon ex me harcèle et me menace par sms', 'victime', 'violences-conjugales'],
  ])('situation in free words: « %s » (%s) → %s', (text, procedure, expected) => {
    expect(reader.situation(text, situations(procedure))).toBe(expected);
  });

  it('reads follow-up topics, the longer phrase winning ("combien de temps" is a delay, not a cost)', () => {
    expect(reader.topics('ça coûte combien ?')).toEqual(['cost']);
    expect(reader.topics('je le reçois en combien de temps ?')).toContain('delay');
    expect(reader.topics('je le reçois en combien de temps ?')).not.toContain('cost');
    expect(reader.topics('faut prendre rdv ?')).toEqual(['appointment']);
    expect(reader.topics("je veux parler à quelqu'un")).toContain('human');
  });

  it('reads days, half-days, ages and elliptic questions', () => {
    expect(reader.weekday('c ouvert le samedi ?')).toBe('saturday');
    expect(reader.halfDay('mercredi aprem')).toBe('afternoon');
    expect(reader.age('elle a 13 ans')).toBe(13);
    expect(reader.elliptic('et la carte vitale ?')).toBe(true);
    expect(reader.elliptic('et maintenant je voudrais savoir comment on fait pour demander une aide au logement')).toBe(false);
  });

  it('sees health questions', () => {
    expect(reader.medical("j'ai de la fièvre, je prends quoi ?")).toBe(true);
  });

  // An emergency: a whole phrase, or a vital sign with a word of distress near it, in French, English, SMS spellings.
  it.each([
    'I have a strong pain in my chest',
    "I can't breathe",
    'my husband is struggling to breathe',
    'she is short of breath and her chest feels tight',
    'il ne respire plus',
    'jarrive pa a respirer',
    'elle respire pu',
    "j'ai une grosse douleur dans la poitrine",
    'mal a la poitrine depuis ce matin',
    'ma mère est tombée, elle répond plus',
    'mon père est inconscient',
    'he collapsed and is unresponsive',
  ])('« %s » is an emergency', (text) => {
    expect(reader.emergency(text)).toBe(true);
    expect(reader.medical(text)).toBe(true);
  });

  it.each([
    "j'ai de la fièvre, je prends quoi ?",
    'je suis en arrêt maladie, mes indemnités ?',
    'la CAF ne répond pas à mes mails',
    'mon dossier ne bouge plus depuis des mois',
    "j'ai perdu ma carte vitale",
    'I need to renew my passport',
    'mon coeur de métier c est la vente',
  ])('« %s » is no emergency', (text) => expect(reader.emergency(text)).toBe(false));

  it.each([
    ['nan jsuis pas agriculteur jsuis au chomage depuis 2 ans', true, false],
    ["j'étais maçon toute ma vie dans le bâtiment", true, false],
    ["je suis au chômage, je voudrais aussi la prime d'activité", true, true],
    ['je suis complètement paumée', false, false],
    ["c'est pour ma carte grise", false, false],
    ['I was a nurse, how do I apply?', true, true],
  ])('« %s » tells of the person: %s; asks: %s', (text, tells, asks) => {
    expect(reader.tellsSelf(text)).toBe(tells);
    expect(reader.asks(text)).toBe(asks);
  });
});

describe('communes typed short', () => {
  const find = createCommunePrefixFinder(knowledge.communes.communes, '60');
  it.each([
    ['beauvai', 'Beauvais'],
    ['pont ste max', 'Pont-Sainte-Maxence'],
    ['grandviliers', 'Grandvilliers'],
  ])('%s → %s', (typed, name) => {
    expect(find(typed)?.name).toBe(name);
  });

  it('an ordinary word is not a commune', () => {
    expect(find('aprem')).toBeNull();
    expect(find('le')).toBeNull();
    expect(find('vendredi')).toBeNull();
    expect(find('horaires')).toBeNull();
  });

  it('reads a message within one turn as it reads it alone, however often the turn asks', () => {
    const turn = reader.forTurn();
    for (const text of ["c'est combien et c'est ouvert le mardi matin ?", 'oui', 'il a 9 ans', 'je suis perdue, ma carte grise']) {
      for (let i = 0; i < 2; i++) {
        expect(turn.simple(text)).toBe(reader.simple(text));
        expect(turn.topics(text)).toEqual(reader.topics(text));
        expect(turn.yesNo(text)).toBe(reader.yesNo(text));
        expect(turn.weekday(text)).toBe(reader.weekday(text));
        expect(turn.feeling(text)).toBe(reader.feeling(text));
        expect(turn.situation(text, situations('passeport'))).toBe(reader.situation(text, situations('passeport')));
      }
    }
    // A list given out is the caller's: changing it changes nothing of what the turn read.
    turn.topics('combien ça coûte ?').push('hours');
    expect(turn.topics('combien ça coûte ?')).toEqual(reader.topics('combien ça coûte ?'));
  });
});
