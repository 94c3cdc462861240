import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { createOrientation } from '../../../src/orientation/index.js';
import { procedureView } from '../../../src/orientation/procedures/view.js';
import { dialogClient } from '../../dialogs/dialogHarness.js';
import { orientation as sharedOrientation, THURSDAY_MORNING } from '../../bot/harness.js';

const knowledge = loadKnowledge();
const core = createOrientation(knowledge);
const monday = new Date('2026-11-30T09:00:00Z');
const procedure = (id: string) => knowledge.procedures.find((p) => p.id === id)!;

describe('the procedure views of the day, built once and shared by every turn', () => {
  it('gives the view a fresh build gives, for each regime, language and MSA mentions', () => {
    for (const regime of ['general', 'msa'] as const)
      for (const msaMentions of [true, false]) {
        const options = { regime, msaMentions, now: monday };
        expect(core.procedureView('carte-vitale', options)).toEqual(
          procedureView(procedure('carte-vitale'), knowledge.messages.figures, { ...options, language: 'fr' }),
        );
        expect(core.procedureView('carte-vitale', options)).toBe(core.procedureView('carte-vitale', options));
      }
    expect(core.procedureView('carte-vitale', { language: 'en', now: monday })).not.toBe(core.procedureView('carte-vitale', { now: monday }));
  });

  it('is built again on another day (dated figures)', () => {
    const before = core.procedureView('passeport', { now: monday });
    expect(core.procedureView('passeport', { now: new Date('2026-12-01T09:00:00Z') })).not.toBe(before);
  });

  it('knows no view of an unknown procedure', () => {
    expect(core.procedureView('no-such-procedure', { now: monday })).toBeUndefined();
  });

  it('is left as it was by a conversation that shows it, its papers, costs and situations', async () => {
    const options = { regime: 'general' as const, msaMentions: true, now: THURSDAY_MORNING, language: 'fr' as const };
    const view = sharedOrientation().procedureView('passeport', options);
    const before = JSON.stringify(view);
    const { send } = dialogClient();
    for (const said of ['je dois refaire mon passeport', '1', "c'est combien ?", 'quels papiers ?', 'et pour un enfant ?']) await send(said);
    expect(sharedOrientation().procedureView('passeport', options)).toBe(view);
    expect(JSON.stringify(view)).toBe(before);
  });
});
