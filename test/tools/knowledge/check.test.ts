import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkKnowledge } from '../../../tools/knowledge/check.js';

/** A tiny knowledge folder in a temp dir, with one broken procedure and one bad override. */
function brokenKnowledge(): string {
  const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
  mkdirSync(join(dir, 'procedures'));
  writeFileSync(join(dir, 'taxonomy.yaml'), 'partners: [caf]\nprocedures:\n  - { id: rsa, partner: caf, msa_alternative: true }\n  - { id: passeport, partner: interieur }\n');
  writeFileSync(
    join(dir, 'partners.yaml'),
    'partners:\n  - { id: caf, name: "Caisse d\'allocations familiales", shortName: CAF, website: "https://www.caf.fr", handles: "Les aides de la CAF." }\n',
  );
  writeFileSync(join(dir, 'procedures', 'rsa.yaml'), 'id: rsa\ntitle: RSA\npartner: caf\nsummary: ""\n');
  writeFileSync(join(dir, 'site-overrides.yaml'), 'overrides:\n  - { id: "404", field: phone, value: "03 44 00 00 00", reason: "Numéro vérifié par téléphone." }\n');
  writeFileSync(join(dir, 'sites.json'), JSON.stringify({ source: { file: 'x.csv', date: '2024-08-01', publisher: 'ANCT', licence: 'LO' }, sites: [], anomalies: [] }));
  cpSync('knowledge/communes.json', join(dir, 'communes.json'));
  return dir;
}

describe('knowledge check', () => {
  const result = checkKnowledge(brokenKnowledge());

  it('names file › entry › field for schema errors', () => {
    expect(result.errors).toContainEqual(expect.stringMatching(/procedures[\\/]rsa\.yaml › rsa › summary : /));
    expect(result.errors).toContainEqual(expect.stringMatching(/procedures[\\/]rsa\.yaml › rsa › keywords : /));
  });

  it('reports a taxonomy id without a procedure file', () => {
    expect(result.errors).toContainEqual(expect.stringMatching(/procedures[\\/]passeport\.yaml › passeport : fichier manquant/));
  });

  it('reports an override that targets an unknown site', () => {
    expect(result.errors).toContainEqual(expect.stringMatching(/site-overrides\.yaml › overrides\[0\] › id : site « 404 » inconnu/));
  });
});
