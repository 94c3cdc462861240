/**
 * A person who is not at the MSA is never sent there: the texts of knowledge marked `[[msa: …]]` (the
 * lines for farmers and farm employees) are shown while the regime is unknown, left out once the person
 * says a job outside farming (even after a farm childhood), and an MSA member gets the MSA's version. Per
 * channel; every expected text is read from the knowledge through the procedure's view.
 */
import { describe, expect, it } from 'vitest';
import { allText, orientation, THURSDAY_MORNING } from '../bot/harness.js';
import { dialogClient } from './dialogHarness.js';

const core = orientation();
const m = core.knowledge.messages;
const id = 'prime-activite';
const unknown = core.procedureView(id, { now: THURSDAY_MORNING })!;
const notMsa = core.procedureView(id, { now: THURSDAY_MORNING, msaMentions: false })!;
const member = core.procedureView(id, { now: THURSDAY_MORNING, regime: 'msa' })!;
/** The MSA links of the general version: only in it while the regime is unknown. */
const msaLinks = unknown.online.filter((o) => !notMsa.online.some((n) => n.url === o.url)).map((o) => o.url);
/** Its "ce qui se fait ailleurs" lines for farmers. */
const msaLines = unknown.elsewhere.filter((line) => !notMsa.elsewhere.includes(line));

const ask = "je voudrais la prime d'activité";
const farmChildhood = "j'ai grandi dans une ferme mais moi je suis caissière chez Leclerc, je voudrais la prime d'activité";

describe('the MSA mentions of an answer follow what the person said of their regime', () => {
  it('the knowledge marks the MSA alternative of the general version', () => {
    expect(msaLinks).toEqual(['https://www.msa.fr']);
    expect(msaLines.length).toBeGreaterThan(0);
    expect(notMsa.summary.length).toBeGreaterThan(0);
    expect(unknown.summary).toContain(notMsa.summary.replace(/\.$/, ''));
    expect(notMsa.summary).not.toMatch(/msa/i);
    expect(notMsa.summary).toContain('caf.fr');
  });

  // The web chat shows the "ce qui se fait ailleurs" lines; the plain-text channels keep the answer short without them.
  describe.each([
    ['webchat', msaLines],
    ['sms', []],
  ])('on %s', (channelId, shownLines) => {
    it('regime unknown: the answer keeps the MSA alternative', async () => {
      await dialogClient({ channelId }).play([[ask, [unknown.summary, ...shownLines, ...msaLinks]]]);
    });

    it('a job outside farming said outright, after a farm childhood: no MSA line, the CAF steps kept', async () => {
      await dialogClient({ channelId }).play([[farmChildhood, [m.conversation.regimeNo, notMsa.summary], ['msa.fr', ...msaLines]]]);
    });

    it('the same said in answer to the question: the answer again, without the MSA lines', async () => {
      await dialogClient({ channelId }).play([
        [ask, [...shownLines, ...msaLinks]],
        ['non je suis caissière chez Leclerc', [m.conversation.regimeNo, notMsa.summary], ['msa.fr', ...msaLines]],
      ]);
    });

    it('an MSA member gets the MSA version', async () => {
      await dialogClient({ channelId }).play([["je suis agriculteur, je voudrais la prime d'activité", [member.summary, 'https://www.msa.fr'], ['caf.fr']]]);
    });
  });

  describe('on Teams (desk answer)', () => {
    const channelId = 'msteams';
    it('regime unknown: the MSA line and link', async () => {
      await dialogClient({ channelId }).play([[ask, [m.desk.msa, ...msaLinks]]]);
    });

    it('a job outside farming said outright: neither (the regime said of the file, not "vous")', async () => {
      await dialogClient({ channelId }).play([[farmChildhood, [m.conversation.regimeNoDesk], [m.conversation.regimeNo, m.desk.msa, 'msa.fr']]]);
    });
  });

  it.each(['webchat', 'msteams', 'sms'])("on %s, a job named after a procedure's word answers the question, it asks for nothing else", async (channelId) => {
    const apl = core.knowledge.procedures.find((p) => p.id === 'aide-logement')!;
    const apa = core.knowledge.procedures.find((p) => p.id === 'apa')!;
    await dialogClient({ channelId }).play([
      ["je loue un studio, j'ai droit à l'apl ?", [apl.title]],
      // At the desk, the regime is the usager's: said of the file (regimeNoDesk), not "vous".
      [
        'non je suis pas agricultrice, je suis aide soignante en ehpad',
        [channelId === 'msteams' ? m.conversation.regimeNoDesk : m.conversation.regimeNo, apl.title],
        [apa.title, 'msa.fr'],
      ],
    ]);
  });

  it('the printable fiche of a person not at the MSA has no MSA line', async () => {
    const { send } = dialogClient();
    const text = allText(await send(farmChildhood));
    expect(text).toContain(`fiches/${id}?regime=no`);
  });
});
