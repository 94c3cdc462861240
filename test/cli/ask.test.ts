import { describe, expect, it } from 'vitest';
import { ask } from '../../src/cli/commands/ask.js';
import { captureIo, nearbySiteJsonKeys, thursdayMorning } from './captureIo.js';
import { main } from '../../src/cli/main.js';

describe('orientation ask', () => {
  it('answers in JSON with the procedure, partner and the 3 nearest sites', async () => {
    const { io, out } = captureIo();
    expect(await ask(['--json', '--commune', 'insee:60471', 'je dois refaire ma carte grise'], io, thursdayMorning)).toBe(0);
    const answer = JSON.parse(out.join('\n'));
    expect(Object.keys(answer).sort()).toEqual(['alternatives', 'clarify', 'confidence', 'intent', 'location', 'partner', 'procedure', 'sites', 'text'].sort());
    expect(answer.procedure).toMatchObject({ id: 'carte-grise', partner: 'interieur' });
    expect(answer).toMatchObject({ partner: 'interieur', intent: 'procedure', clarify: false, location: { insee: '60471', name: 'Noyon' } });
    expect(answer.sites).toHaveLength(3);
    expect(Object.keys(answer.sites[0]).sort()).toEqual([...nearbySiteJsonKeys].sort());
  });

  it('uses the commune named in the message when no --commune is given', async () => {
    const { io, out } = captureIo();
    expect(await ask(['--json', "j'habite à Clermont et je suis agriculteur, je veux le RSA"], io, thursdayMorning)).toBe(0);
    const answer = JSON.parse(out.join('\n'));
    expect(answer.partner).toBe('msa');
    expect(answer.location?.name).toMatch(/Clermont/);
    expect(answer.sites.length).toBeGreaterThan(0);
  });

  it('gives a short French answer without --json', async () => {
    const { io, out } = captureIo();
    expect(await ask(['--commune', 'Beauvais', 'renouveler mon passeport'], io, thursdayMorning)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('Passeport');
    expect(text).toContain('France services la plus proche de Beauvais');
  });

  it('answers one JSON line per piped message', async () => {
    const { io, out } = captureIo(['bonjour', '', 'la météo de demain', 'ma carte vitale est cassée']);
    expect(await ask(['--json'], io, thursdayMorning)).toBe(0);
    const answers = out.map((line) => JSON.parse(line));
    expect(answers.map((a) => a.intent)).toEqual(['greeting', 'out_of_scope', 'procedure']);
    expect(answers[2].procedure.id).toBe('carte-vitale');
    expect(answers[0].procedure).toBeNull();
  });

  it('exits 2 with one line for an unknown commune', async () => {
    const { io, out, err } = captureIo();
    expect(await main(['ask', '--commune', 'Zzyzx-sur-Rien', 'carte grise'], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain('Zzyzx-sur-Rien');
  });

  it('exits 2 when there is no message at all', async () => {
    const { io, err } = captureIo(null);
    expect(await main(['ask'], io)).toBe(2);
    expect(err[0]).toContain('Usage');
  });
});
