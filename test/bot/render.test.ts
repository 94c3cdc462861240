import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { procedureView } from '../../src/orientation/procedures/view.js';
import { answerCard, answerText } from '../../src/bot/render/answer.js';
import { answerView, type AnswerView } from '../../src/orientation/procedures/answerView.js';
import { adaptiveCard, submit, text } from '../../src/bot/render/card.js';
import { channelStyle } from '../../src/bot/render/channel.js';
import { questionActivity } from '../../src/bot/render/question.js';
import { sitesCard, sitesText } from '../../src/bot/render/sites.js';
import { mapUrl, nearbyView } from '../../src/orientation/location/siteView.js';
import type { NearbyServices, NearbySite } from '../../src/orientation/types.js';
import { cardProblems } from './adaptiveCards.js';

const knowledge = loadKnowledge();
const m = knowledge.messages;
const now = new Date('2026-11-26T09:00:00Z');

function viewOf(id: string, situation = 0): AnswerView {
  const procedure = procedureView(
    knowledge.procedures.find((p) => p.id === id)!,
    knowledge.messages.figures,
    { now },
  );
  return answerView(
    {
      procedure,
      partner: knowledge.partners.find((p) => p.id === procedure.partner),
      msa: false,
      situation: procedure.situations[situation] ?? null,
      printableUrl: `https://assistant.example.fr/fiches/${id}`,
    },
    m,
  );
}

function nearby(index: number, extra: Partial<NearbySite> = {}): NearbySite {
  const site = knowledge.sites.sites[index]!;
  return {
    site,
    distanceKm: 4.26,
    travelMinutes: 9.4,
    within30: true,
    mobile: site.mobile,
    opening: { openNow: true, closesAt: '12:00', nextOpening: null, holidayToday: false },
    ...extra,
  };
}

describe('answer cards', () => {
  it('start short: partner, cost and papers shown; the rest behind toggle buttons that name each hidden part', () => {
    const view = viewOf('passeport');
    const card = answerCard(view, m.answer, m.figures);
    expect(cardProblems(card)).toEqual([]);
    const hidden = card.body.filter((e) => e.type === 'Container' && e.isVisible === false).map((e) => e.id as string);
    const toggles = card.body
      .flatMap((e) => (e.type === 'ActionSet' ? (e.actions as Array<Record<string, unknown>>) : []))
      .filter((a) => a.type === 'Action.ToggleVisibility');
    expect(hidden.length).toBeGreaterThan(0);
    expect(toggles.flatMap((t) => t.targetElements as string[]).sort()).toEqual([...hidden].sort());
    expect(toggles.map((t) => t.title)).toEqual(expect.arrayContaining([m.answer.online, m.answer.agentCan]));
    const visible = JSON.stringify(card.body.filter((e) => e.type !== 'Container'));
    for (const title of [m.answer.partner, m.answer.costs]) expect(visible).toContain(title);
    expect(visible).toContain(view.situation!.documents[0]!.replace(/"/g, '\\"'));
  });

  it.each(knowledge.procedures.map((p) => p.id))('%s: every situation gives a valid Adaptive Card 1.5', (id) => {
    const procedure = knowledge.procedures.find((p) => p.id === id)!;
    procedure.situations.forEach((_, i) => expect(cardProblems(answerCard(viewOf(id, i), m.answer, m.figures))).toEqual([]));
  });

  it('shows partner, documents of the chosen situation, costs, agent help and both fiches', () => {
    const view = viewOf('carte-vitale', 1);
    const textAnswer = answerText(view, m.answer, m.figures);
    expect(textAnswer).toContain('Assurance Maladie');
    expect(textAnswer).toContain('3646');
    expect(textAnswer).toContain(`Papiers à apporter (${view.situation!.label})`);
    for (const document of view.situation!.documents) expect(textAnswer).toContain(document);
    expect(textAnswer).toContain('Gratuit');
    expect(textAnswer).toContain('https://www.service-public.gouv.fr/particuliers/vosdroits/F265');
    expect(textAnswer).toContain('Fiche à imprimer : https://assistant.example.fr/fiches/carte-vitale');
    const card = JSON.stringify(answerCard(view, m.answer, m.figures));
    expect(card).toContain('"type":"Action.OpenUrl","title":"Fiche officielle"');
  });

  it('never lets text become markdown or a template: it goes into TextRuns, cleaned of {{…}}', () => {
    const card = adaptiveCard([text('**gras** [lien](https://evil.example) {{DATE(2026-01-01)}}')]);
    expect(cardProblems(card)).toEqual([]);
    const run = (card.body[0] as { inlines: { type: string; text: string }[] }).inlines[0]!;
    expect(run.type).toBe('TextRun');
    expect(run.text).not.toContain('{{');
  });
});

describe('site cards', () => {
  const view = (sites: NearbyServices) => nearbyView('Beauvais', sites, m, { now });
  const mobileIndex = knowledge.sites.sites.findIndex((s) => s.mobile);
  const fixedIndex = knowledge.sites.sites.findIndex((s) => !s.mobile && s.appointment);
  const walkInIndex = knowledge.sites.sites.findIndex((s) => !s.mobile && !s.appointment);

  it('are valid and give address, distance, time, opening, map link; buses apart as mobile services', () => {
    const sites = { fixed: [nearby(fixedIndex)], mobile: [nearby(mobileIndex)] };
    expect(cardProblems(sitesCard(view(sites)))).toEqual([]);
    const shown = sitesText(view(sites));
    const fixed = knowledge.sites.sites[fixedIndex]!;
    expect(shown).toContain(fixed.name);
    expect(shown).toContain(fixed.address);
    expect(shown).toContain('À 4,3 km, environ 9 min en voiture');
    expect(shown).toContain("Ouvert maintenant, jusqu'à 12 h");
    expect(shown).toContain('Sur rendez-vous');
    expect(shown).toContain(mapUrl(fixed.lat, fixed.lon));
    expect(shown).toContain('Service itinérant (bus) : consultez son planning');
    expect(shown.indexOf(m.location.mobileHeader)).toBeGreaterThan(shown.indexOf(fixed.name));
    expect(shown).not.toContain(knowledge.sites.sites[mobileIndex]!.address);
  });

  it('says when no appointment is needed, and shows no bus section when none is near', () => {
    const shown = sitesText(view({ fixed: [nearby(walkInIndex)], mobile: [] }));
    expect(shown).toContain('Sans rendez-vous');
    expect(shown).not.toContain(m.location.mobileHeader);
  });
});

describe('questions per channel', () => {
  const choices = ['Oui', 'Non'];

  it('webchat: text with suggested actions', () => {
    const activity = questionActivity(channelStyle('webchat'), 'Êtes-vous affilié(e) ?', choices, m.input.numberHint);
    expect(activity.suggestedActions?.actions.map((a) => a.title)).toEqual(choices);
    expect(activity.text).toBe('Êtes-vous affilié(e) ?');
  });

  it('sms: a numbered list in plain text, no buttons', () => {
    const activity = questionActivity(channelStyle('sms'), 'Êtes-vous affilié(e) ?', choices, m.input.numberHint);
    expect(activity.suggestedActions).toBeUndefined();
    expect(activity.text).toBe(`Êtes-vous affilié(e) ?\n\n1. Oui\n2. Non\n\n${m.input.numberHint}`);
    expect(activity.textFormat).toBe('plain');
  });

  it('Teams: a valid card with messageBack buttons, no suggested actions', () => {
    const activity = questionActivity(channelStyle('msteams'), 'Êtes-vous affilié(e) ?', choices, m.input.numberHint);
    expect(activity.suggestedActions).toBeUndefined();
    const card = activity.attachments?.[0]?.content;
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain(JSON.stringify(submit('Oui')));
    expect(submit('Oui')).toMatchObject({ data: { msteams: { type: 'messageBack', text: 'Oui' } } });
  });
});
