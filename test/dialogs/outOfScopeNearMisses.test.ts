/**
 * Near misses in the real dialog: a private bank product, a club fee, a pet's papers or a car repair get the
 * polite out-of-scope reply; the same words about a real procedure get that procedure. Texts from the knowledge.
 */
import { describe, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { dialogClient, type Turn } from './dialogHarness.js';

const knowledge = loadKnowledge();
const m = knowledge.messages;
const title = (id: string) => knowledge.procedures.find((p) => p.id === id)!.title;

describe('out-of-scope near misses in the dialog', () => {
  it.each<[string, Turn[]]>([
    [
      'a refused bank overdraft → out of scope',
      [['ma banque ne veut pas me donner de découvert, je fais comment ?', [m.replies.outOfScope], [title('droit-au-compte')]]],
    ],
    ['contactless payment → out of scope', [['le sans contact de ma carte bleue ne marche plus', [m.replies.outOfScope], [title('carte-vitale')]]]],
    ['a sports club fee in instalments → out of scope', [["l'inscription au club de judo en plusieurs fois c'est possible ?", [m.replies.outOfScope]]]],
    ['a pet registry → out of scope', [["comment déclarer mon chat perdu à l'I-CAD", [m.replies.outOfScope], [title('perte-vol-papiers')]]]],
    [
      'a passport for a dog → out of scope, not the passport',
      [['il faut un passeport pour emmener mon chien en Italie ?', [m.replies.outOfScope], [title('passeport')]]],
    ],
    ['a clutch repair → out of scope', [['devis embrayage trop cher au garage', [m.replies.outOfScope], [title('carte-grise')]]]],
    ['a bank that refuses any account → droit au compte', [["aucune banque ne veut m'ouvrir un compte", [title('droit-au-compte')], [m.replies.outOfScope]]]],
    ['too many loans, in SMS → surendettement', [['jai trop de credit jarrive plu a payer', [title('surendettement')], [m.replies.outOfScope]]]],
    ['a barking dog and a conciliator → conciliation', [['le chien du voisin aboie sans arrêt, je veux voir un conciliateur', [title('litige-conciliation')]]]],
  ])('%s', async (_name, turns) => {
    await dialogClient().play(turns);
  });
});
