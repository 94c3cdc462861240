/**
 * The MSA partner rule, written once: farm workers and farmers go to the MSA, not the general partner
 * (CAF, Assurance Maladie, Assurance retraite), for the procedures the MSA also handles.
 */
import type { Procedure } from '../knowledge/schemas/procedure.js';

/** True when the MSA handles this procedure for a person affiliated to it. */
export function handledByMsa(procedure: Pick<Procedure, 'msaAlternative'>, msaMember: boolean): boolean {
  return procedure.msaAlternative && msaMember;
}

/** The partner id that handles the procedure for this person. */
export function partnerFor(procedure: Pick<Procedure, 'msaAlternative' | 'partner'>, msaMember: boolean): string {
  return handledByMsa(procedure, msaMember) ? 'msa' : procedure.partner;
}
