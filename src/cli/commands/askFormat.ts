/** Output of `orientation ask`: the JSON contract and the short answer an agent reads at the desk. */
import type { Commune } from '../../knowledge/schemas/commune.js';
import { fill } from '../../knowledge/fill.js';
import { nearbySiteJson } from '../siteJson.js';
import { answerView } from '../../orientation/procedures/answerView.js';
import type { NearbySiteView } from '../../orientation/location/siteView.js';
import type { Analysis, Orientation } from '../../orientation/types.js';

export interface AskAnswer {
  analysis: Analysis;
  commune: Commune | null;
  /** The nearest France services, as the core's view shows them. */
  sites: NearbySiteView[];
}

export function answerJson({ analysis, commune, sites }: AskAnswer) {
  return {
    text: analysis.text,
    procedure: analysis.procedure ? { id: analysis.procedure.id, title: analysis.procedure.title, partner: analysis.procedure.partner } : null,
    partner: analysis.partner,
    confidence: analysis.confidence,
    clarify: analysis.clarify,
    alternatives: analysis.alternatives,
    intent: analysis.intent,
    location: commune ? { insee: commune.insee, name: commune.name } : null,
    sites: sites.map(nearbySiteJson),
  };
}

/** A few plain French lines: who handles it, what to bring, where to go. */
export function answerText({ analysis, commune, sites }: AskAnswer, orientation: Orientation): string {
  const { replies, privacy, orientation: asks, cli } = orientation.knowledge.messages;
  const lines: string[] = [];
  if (analysis.intent === 'greeting') lines.push(replies.greeting);
  else if (analysis.intent === 'thanks') lines.push(replies.thanks);
  else if (analysis.intent === 'help') lines.push(replies.help);
  else if (analysis.intent === 'out_of_scope') lines.push(replies.outOfScope);
  else if (analysis.clarify) {
    lines.push(asks.clarify);
    for (const alt of analysis.alternatives) lines.push(`  - ${orientation.procedure(alt.id)?.title ?? alt.id}`);
  } else lines.push(...procedureLines(analysis, orientation));
  if (analysis.personalData.length > 0) {
    const found = analysis.personalData.map((kind) => privacy.kinds[kind]).join(', ');
    lines.push('', privacy.warning.replace('{found}', found));
  }
  const nearest = sites[0];
  if (commune && nearest) {
    lines.push('', fill(cli.nearestOne, { commune: commune.name, name: nearest.name, address: nearest.address }));
    lines.push(`  ${fill(cli.travel, { minutes: nearest.distance.minutes })} ${nearest.opening.text}.`);
  }
  return lines.join('\n');
}

function procedureLines(analysis: Analysis, orientation: Orientation): string[] {
  const regime = analysis.partner === 'msa' ? 'msa' : 'general';
  // "je suis caissière chez Leclerc": not at the MSA, so not sent there.
  const msaMentions = !analysis.regimeDenied;
  const procedure = analysis.procedure ? orientation.procedureView(analysis.procedure.id, { regime, msaMentions }) : undefined;
  if (!procedure) return [];
  const partner = orientation.partner(analysis.partner ?? procedure.partner);
  const msa = analysis.partner === 'msa' && procedure.partner !== 'msa';
  // The first situation's papers: the CLI gives one short answer, like the desk.
  const answer = answerView({ procedure, partner, msa, situation: procedure.situations[0] ?? null, printableUrl: null }, orientation.knowledge.messages);
  return [
    procedure.title,
    `${orientation.knowledge.messages.answer.partner} : ${answer.partnerName}`,
    ...(answer.msaNote ? [answer.msaNote] : []),
    `${answer.documents.title} :`,
    ...answer.documents.lines.map((d) => `  - ${d}`),
  ];
}
