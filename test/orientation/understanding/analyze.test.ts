import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { createOrientation } from '../../../src/orientation/index.js';
import type { Orientation } from '../../../src/orientation/types.js';

let orientation: Orientation;
beforeAll(() => {
  orientation = createOrientation(loadKnowledge());
});
const analyze = (text: string, context?: { regime?: 'msa' | 'general' }) => orientation.analyze(text, context);

describe('procedure matching', () => {
  it.each([
    ['il me faut une nouvelle carte grise pour ma moto', 'carte-grise'],
    ['ma carte vitale ne marche plus du tout', 'carte-vitale'],
    ['refaire ma CNI qui expire', 'carte-identite'],
    ['combien de points il me reste sur mon permis', 'permis-conduire'],
    ["c'est quand le versement de l'APL ce mois ci", 'aide-logement'],
    ['je dois m actualiser sur le site de pole emploi', 'actualisation'],
    ['mutuelle gratuite pour petit budget', 'complementaire-sante-solidaire'],
    ['minimum vieillesse pour ma grand-mère', 'aspa'],
    ['besoin du B3 pour un emploi', 'casier-judiciaire'],
  ])('« %s » → %s', (text, id) => {
    const a = analyze(text);
    expect(a.intent).toBe('procedure');
    expect(a.procedure?.id).toBe(id);
    expect(a.alternatives[0]?.id).toBe(id);
  });

  it('lets a whole concept beat an incidental word', () => {
    expect(analyze('changement de titulaire de la carte grise').procedure?.id).toBe('carte-grise');
    expect(analyze('la carte vitale de mon fils').procedure?.id).toBe('carte-vitale');
  });

  it('copes with SMS spellings and typos', () => {
    expect(analyze('slt jsp cmt refaire mon pasport stp').procedure?.id).toBe('passeport');
  });

  it('gives a confidence and ranked alternatives in [0, 1]', () => {
    const a = analyze('déclarer mes revenus en ligne pour la première fois');
    expect(a.procedure?.id).toBe('declaration-revenus');
    expect(a.confidence).toBeGreaterThan(0.5);
    const scores = a.alternatives.map((x) => x.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    for (const s of scores) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });
});

describe('English and mixed messages', () => {
  it.each([
    ['I need renew my titre de séjour', 'titre-sejour'],
    ['my car has german plates', 'carte-grise'],
    ['how do I get a birth certificate', 'acte-etat-civil'],
    ['I lost my driving licence', 'permis-conduire'],
    ['help with my housing benefit please', 'aide-logement'],
  ])('« %s » → %s', (text, id) => expect(analyze(text).procedure?.id).toBe(id));
});

describe('agricultural regime', () => {
  it('sends a farmer to the MSA for a procedure that allows it', () => {
    const a = analyze("je suis éleveur de vaches, j'ai droit à la prime d'activité ?");
    expect(a.regime).toBe('msa');
    expect(a.procedure?.id).toBe('prime-activite');
    expect(a.procedure?.partner).toBe('caf');
    expect(a.partner).toBe('msa');
  });
  it('keeps the usual partner when the procedure has no MSA alternative', () => {
    const a = analyze('je suis viticulteur et je dois refaire mon passeport');
    expect(a.regime).toBe('msa');
    expect(a.partner).toBe('interieur');
  });
  it.each([
    'je travaille dans un élevage de porcs, je voudrais la prime d activité',
    'salariée dans un GAEC, je suis en arrêt maladie',
    'I work on a farm and I need the RSA',
  ])('recognises farm work in « %s »', (text) => {
    expect(analyze(text).partner).toBe('msa');
  });
  it('does not take a closed office (« fermé ») for a farm', () => {
    expect(analyze('le bureau est fermé sur la journée, je suis en arrêt maladie').regime).toBeNull();
  });
  it('does not take the Crédit agricole for a farmer', () => {
    expect(analyze("mon conseiller du Crédit agricole demande mon avis d'imposition").regime).toBeNull();
  });
  it("applies the user's answer to the regime question", () => {
    expect(analyze('demander le RSA', { regime: 'msa' }).partner).toBe('msa');
    expect(analyze('je suis agriculteur, je demande le RSA', { regime: 'general' }).partner).toBe('caf');
    expect(analyze('demander le RSA').partner).toBe('caf');
  });
});

describe('clarification', () => {
  it.each(['carte', 'je veux de l aide', "j'ai un problème avec mon dossier"])('asks which procedure for « %s »', (text) => {
    const a = analyze(text);
    expect(a.intent).toBe('procedure');
    expect(a.clarify).toBe(true);
    expect(a.alternatives.length).toBeGreaterThanOrEqual(2);
    expect(a.alternatives.length).toBeLessThanOrEqual(4);
  });
  it('does not ask when the message is clear', () => {
    expect(analyze('renouveler mon passeport périmé').clarify).toBe(false);
  });
});

describe('intents', () => {
  it.each([
    ['Bonjour !', 'greeting'],
    ['bonsoir madame', 'greeting'],
    ['merci beaucoup pour votre aide', 'thanks'],
    ['aide', 'help'],
    ['menu', 'help'],
    ['que sais-tu faire ?', 'help'],
  ])('« %s » is %s', (text, intent) => {
    const a = analyze(text);
    expect(a.intent).toBe(intent);
    expect(a.procedure).toBeNull();
    expect(a.partner).toBeNull();
  });
  it('treats a greeting followed by a question as a procedure', () => {
    const a = analyze('Bonjour, je voudrais demander le RSA');
    expect(a.intent).toBe('procedure');
    expect(a.procedure?.id).toBe('rsa');
  });
  it.each([
    'quel temps fera-t-il demain à Senlis',
    'donne moi une recette de crêpes',
    'qui a gagné le match de foot hier',
    'une blague sur les chats',
    'quel médicament pour la fièvre de mon fils',
  ])('recognises « %s » as out of scope', (text) => {
    const a = analyze(text);
    expect(a.intent).toBe('out_of_scope');
    expect(a.procedure).toBeNull();
    expect(a.partner).toBeNull();
  });
  it('says out of scope when a weak match meets words the knowledge never uses', () => {
    expect(analyze('comment déboucher mes toilettes bouchées').intent).toBe('out_of_scope');
  });
  it('still answers a vague question made only of known words', () => {
    expect(analyze('cumul emploi').intent).toBe('procedure');
  });
});

describe('location and personal data', () => {
  it('extracts the commune mentioned', () => {
    const a = analyze("j'habite à Noyon et je veux refaire ma carte d'identité");
    expect(a.location?.status).toBe('found');
    expect(a.location?.status === 'found' && a.location.commune.name).toBe('Noyon');
  });
  it('locates a message as analyze does, masked personal data included', () => {
    for (const text of ["j'habite à Noyon et je veux refaire ma carte d'identité", 'Beauvais', 'mon mail est noyon@example.fr', 'bonjour']) {
      expect(orientation.locate(text)).toEqual(analyze(text).location);
    }
  });
  it('flags personal data and never returns it', () => {
    const a = analyze('mon mail est jean.dupont@example.fr pour ma carte vitale');
    expect(a.personalData).toContain('email');
    expect(a.text).not.toContain('jean.dupont');
    expect(a.procedure?.id).toBe('carte-vitale');
  });
});

describe('long messages', () => {
  // Stories written for this test: the request sits in one sentence, the rest is life detail,
  // sometimes naming another procedure that is not what the person asks.
  it.each([
    [
      "Nous habitons à la campagne depuis dix ans, mon mari travaille de nuit et je garde les enfants. L'an dernier j'avais refait ma carte d'identité sans problème. Cette fois je voudrais savoir comment demander la prime d'activité, je travaille à mi-temps.",
      'prime-activite',
    ],
    [
      "Je suis en arrêt maladie depuis un mois pour mon genou, tout est réglé de ce côté-là avec la sécu. Mon souci c'est la voiture que j'ai achetée d'occasion à un voisin : comment je fais la carte grise à mon nom ?",
      'carte-grise',
    ],
    [
      "Bonjour, excusez-moi de vous déranger, ma fille m'a conseillé d'écrire ici parce que je ne suis pas à l'aise avec l'ordinateur. J'ai élevé quatre enfants et mon mari est parti il y a longtemps. Surendettement. Merci de votre aide.",
      'surendettement',
    ],
  ])('finds the request among the narrative: %s', (text, id) => {
    const a = analyze(text);
    expect(a.intent).toBe('procedure');
    expect(a.alternatives.slice(0, 3).map((x) => x.id)).toContain(id);
    if (!a.clarify) expect(a.procedure?.id).toBe(id);
  });

  it('is less sure of a long story than of the same request said alone', () => {
    const alone = analyze('comment demander la prime d activite');
    const story = analyze(
      "Ma voisine m'a parlé de vous. On a déménagé l'an dernier avec les enfants et le chien, mon mari a changé de travail et ma mère vit chez nous. Comment demander la prime d'activité ?",
    );
    expect(story.procedure?.id).toBe('prime-activite');
    expect(story.confidence).toBeLessThanOrEqual(alone.confidence);
  });

  it.each(['bonjour', "j'ai perdu ma carte vitale", 'comment faire ?', 'carte grise ou permis', 'mon numéro est 06 12 34 56 78, je suis agriculteur à Méru'])(
    'understands a part « %s » as analyze does, without its place or situation',
    (text) => {
      const { location, situation, ...understood } = orientation.understand(text);
      const { location: _place, situation: _situation, ...analysed } = analyze(text);
      expect(understood).toEqual(analysed);
      expect(location).toBeNull();
      expect(situation).toBeNull();
    },
  );
});
