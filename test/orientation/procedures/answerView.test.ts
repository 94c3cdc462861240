import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { fill } from '../../../src/knowledge/fill.js';
import { procedureView } from '../../../src/orientation/procedures/view.js';
import { answerView, type AnswerViewInput } from '../../../src/orientation/procedures/answerView.js';
import { answerText } from '../../../src/bot/render/answer.js';
import { deskAnswerText } from '../../../src/bot/render/deskAnswer.js';
import { renderPrintableFiche } from '../../../src/server/printableFiche/render.js';
import { escapeHtml } from '../../../src/server/html.js';

const knowledge = loadKnowledge();
const m = knowledge.messages;
const now = new Date('2026-12-01T09:00:00Z');
const procedure = (id: string) =>
  procedureView(
    knowledge.procedures.find((p) => p.id === id)!,
    m.figures,
    { now },
  );
const partner = (id: string) => knowledge.partners.find((p) => p.id === id);
const input = (id: string, situation: string | null, extra: Partial<AnswerViewInput> = {}): AnswerViewInput => {
  const p = procedure(id);
  return {
    procedure: p,
    partner: partner(p.partner),
    msa: false,
    situation: p.situations.find((s) => s.id === situation) ?? null,
    printableUrl: null,
    ...extra,
  };
};

describe('the view of one answer, shown as is by the card, the text, the desk answer and the printable fiche', () => {
  it("keeps only the chosen situation's costs: a child's passport is not the adult's", () => {
    const child = answerView(input('passeport', 'mineur'), m);
    const adult = answerView(input('passeport', 'renouvellement'), m);
    expect(child.costs.some((c) => c.startsWith("Passeport d'un enfant"))).toBe(true);
    expect(child.costs.some((c) => c.startsWith('Passeport adulte'))).toBe(false);
    expect(adult.costs.some((c) => c.startsWith('Passeport adulte'))).toBe(true);
    expect(answerView(input('passeport', null), m).costs).toHaveLength(procedure('passeport').costs.length);
  });

  it('says "free" from the knowledge when nothing is paid, and titles the papers with the situation', () => {
    const some = input('carte-vitale', null);
    const free = { ...some, procedure: { ...some.procedure, costs: [] }, situation: some.procedure.situations[0]! };
    const view = answerView(free, m);
    expect(view.costs).toEqual([m.answer.free]);
    expect(view.documents.title).toBe(fill(m.answer.documents, { situation: free.situation.label }));
  });

  it("gives the procedure's own phone line before the partner's, worded once", () => {
    const withOwn = knowledge.procedures.find((p) => p.phone)!;
    const view = answerView(input(withOwn.id, null), m);
    expect(view.phone?.number).toBe(withOwn.phone!.number);
    expect(view.phone?.text).toContain(`${m.answer.phone} : ${withOwn.phone!.number}`);
  });

  it('names the MSA for its members, and its alternative only while the regime is unknown', () => {
    const id = knowledge.procedures.find((p) => p.msaAlternative)!.id;
    expect(answerView(input(id, null, { msa: true }), m).msaNote).toBe(m.answer.msaNote);
    expect(answerView(input(id, null), m).msaAlternative).toBe(m.desk.msa);
    expect(answerView(input(id, null, { regimeKnown: true }), m).msaAlternative).toBeNull();
  });

  it('the text, the desk answer and the printable fiche show the same costs and phone', () => {
    const view = answerView(input('passeport', 'mineur', { printableUrl: 'https://assistant.example.fr/fiches/passeport' }), m);
    const text = answerText(view, m.answer, m.figures);
    const desk = deskAnswerText(view, m.desk);
    const fiche = renderPrintableFiche({ answer: view, notices: [], nearest: null, messages: m });
    for (const cost of view.costs) {
      expect(text).toContain(cost);
      expect(desk).toContain(cost);
      expect(fiche).toContain(escapeHtml(cost));
    }
    if (view.phone) {
      expect(text).toContain(view.phone.text);
      expect(desk).toContain(view.phone.number);
      expect(fiche).toContain(escapeHtml(view.phone.text));
    }
  });
});
