/**
 * A procedure view (dated figures, and the MSA's own version for an MSA member: procedures/view.ts) as one
 * person should read it: an MSA member never sees the general partner's website or phone line (ameli.fr,
 * caf.fr, 3646, 3230…), even where a procedure has no MSA version yet; sentences and lines naming them are
 * left out. (A person who said they are not at the MSA gets the view without its MSA mentions, `[[msa: …]]`
 * in knowledge: procedures/view.ts.)
 */
import type { Partner } from '../../knowledge/schemas/partner.js';
import type { Procedure } from '../../knowledge/schemas/procedure.js';
import { handledByMsa } from '../msa.js';
import type { ProcedureView } from '../procedures/view.js';

export type Regime = 'msa' | 'no' | 'unknown';

function host(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** True when the procedure is handled by the MSA for this person. */
export function isMsaFor(procedure: Procedure, regime: Regime): boolean {
  return handledByMsa(procedure, regime === 'msa');
}

/** The markers (website hosts, phone numbers) a person of this regime must not be sent to. */
export function forbiddenMarkers(procedure: Pick<Procedure, 'msaAlternative' | 'phone'>, regime: Regime, general: Partner | undefined): string[] {
  if (!procedure.msaAlternative || regime !== 'msa') return [];
  return [general ? host(general.website) : null, general?.phone?.number ?? null, procedure.phone?.number ?? null].filter((m): m is string => !!m);
}

const mentionsAny = (text: string, markers: readonly string[]) => {
  const lower = text.toLowerCase();
  return markers.some((m) => (/^\d[\d ]*$/.test(m) ? new RegExp(`(^|\\D)${m.replace(/ /g, ' ?')}(\\D|$)`).test(lower) : lower.includes(m.toLowerCase())));
};

/** Keeps the sentences of a text that name none of the markers. */
function withoutSentences(text: string, markers: readonly string[]): string {
  if (!mentionsAny(text, markers)) return text;
  return text
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !mentionsAny(sentence, markers))
    .join(' ');
}

export function regimeView(procedure: ProcedureView & Pick<Procedure, 'msaAlternative'>, regime: Regime, general: Partner | undefined): ProcedureView {
  const markers = forbiddenMarkers(procedure, regime, general);
  if (markers.length === 0) return procedure;
  const keep = (line: string) => !mentionsAny(line, markers);
  return {
    ...procedure,
    summary: withoutSentences(procedure.summary, markers) || procedure.title,
    phone: undefined,
    online: procedure.online.filter((o) => keep(o.url) && keep(o.label)),
    situations: procedure.situations.map((s) => ({
      ...s,
      documents: s.documents.filter(keep),
      note: s.note ? withoutSentences(s.note, markers) || undefined : undefined,
    })),
    agentCan: procedure.agentCan.filter(keep),
    elsewhere: procedure.elsewhere.filter(keep),
  };
}
