/**
 * A generated month of usage events, the same on every run (seeded), with its expected totals
 * counted independently of the report code, for the report, CSV and dashboard tests.
 */
import type { UsageEvent } from '../../src/usage/events.js';

/** mulberry32: a tiny seeded generator, so that the month is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROCEDURES: [string, string][] = [
  ['carte-grise', 'interieur'],
  ['aide-logement', 'caf'],
  ['carte-vitale', 'assurance-maladie'],
  ['declaration-revenus', 'dgfip'],
  ['actualisation', 'france-travail'],
  ['demande-retraite', 'assurance-retraite'],
  ['rsa', 'msa'],
  ['passeport', 'interieur'],
];
const CHANNELS = ['webchat', 'webchat', 'webchat', 'msteams', 'sms'];
const COMMUNES = ['60057', '60175', '60159', '60395', '60471', null];
const SITES = ['12345', '23456', '34567', '45678'];

export interface GeneratedMonth {
  events: UsageEvent[];
  expected: {
    questions: number;
    answers: number;
    clarifications: number;
    outOfScope: number;
    handovers: number;
    helpful: number;
    notHelpful: number;
    byPartner: Record<string, number>;
    byChannel: Record<string, number>;
  };
}

export function generateMonth(month = '2026-11', count = 600, seed = 42, sites: readonly string[] = SITES): GeneratedMonth {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const events: UsageEvent[] = [];
  const expected: GeneratedMonth['expected'] = {
    questions: 0,
    answers: 0,
    clarifications: 0,
    outOfScope: 0,
    handovers: 0,
    helpful: 0,
    notHelpful: 0,
    byPartner: {},
    byChannel: {},
  };
  for (let i = 0; i < count; i++) {
    const day = `${month}-${String(1 + Math.floor(next() * 30)).padStart(2, '0')}`;
    const roll = next();
    const [procedure, partner] = pick(PROCEDURES);
    const channel = pick(CHANNELS);
    const base = {
      v: 2 as const,
      day,
      channel,
      procedure,
      partner,
      confidence: 'high' as const,
      commune: pick(COMMUNES),
      sites: [] as string[],
      helpful: null,
      conversation: Math.floor(next() * 1e12)
        .toString(16)
        .padStart(16, '0')
        .slice(0, 16),
    };
    let event: UsageEvent;
    if (roll < 0.6) {
      event = { ...base, kind: 'answer', sites: next() < 0.5 ? [pick(sites), pick(sites)].filter((s, j, all) => all.indexOf(s) === j) : [] };
      expected.answers++;
      expected.byPartner[partner] = (expected.byPartner[partner] ?? 0) + 1;
    } else if (roll < 0.7) {
      event = { ...base, kind: 'clarify', confidence: 'low' };
      expected.clarifications++;
    } else if (roll < 0.8) {
      event = {
        ...base,
        kind: 'out_of_scope',
        procedure: null,
        partner: null,
        confidence: null,
        commune: null,
        text: pick(['quel temps demain', 'recette de crêpes', 'un crédit pour ma voiture']),
      };
      expected.outOfScope++;
    } else if (roll < 0.85) {
      event = { ...base, kind: 'handover' };
      expected.handovers++;
    } else {
      const helpful = next() < 0.7;
      event = { ...base, kind: 'feedback', helpful, confidence: null, ...(helpful ? {} : { text: 'la réponse ne parle pas de mon cas' }) };
      if (helpful) expected.helpful++;
      else expected.notHelpful++;
    }
    if (event.kind === 'answer' || event.kind === 'clarify' || event.kind === 'out_of_scope') {
      expected.questions++;
      expected.byChannel[channel] = (expected.byChannel[channel] ?? 0) + 1;
    }
    events.push(event);
  }
  return { events, expected };
}
