import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCommunes } from '../../../tools/import/communes.js';
import type { CogCommune } from '../../../tools/import/decoupage.js';
import type { PostalRow } from '../../../tools/import/laposte.js';
import { loadCommunes } from '../../../src/knowledge/load.js';

// The real 2020/2026 situation: La Poste lists Les Hauts-Talican under its old code 60054,
// which the COG has since given back to Beaumont-les-Nonains.
const cog: CogCommune[] = [
  { code: '60054', nom: 'Beaumont-les-Nonains', type: 'commune-actuelle', departement: '60', codesPostaux: ['60390'], anciensCodes: ['60455'] },
  { code: '60694', nom: 'Les Hauts-Talican', type: 'commune-actuelle', departement: '60', codesPostaux: ['60390'] },
  { code: '60694', nom: 'Villotran', type: 'commune-deleguee', departement: '60', chefLieu: '60694' },
  { code: '60455', nom: 'La Neuville-Garnier', type: 'commune-deleguee', departement: '60', chefLieu: '60694' },
];
const poste = (locality: string): PostalRow => ({ insee: '60054', name: 'LES HAUTS TALICAN', postalCode: '60390', locality, lat: 49.3255, lon: 2.0036 });
const postal = [poste('VILLOTRAN'), poste('LA NEUVILLE GARNIER'), poste('BEAUMONT LES NONAINS')];

describe('commune import', () => {
  const { communes, missing } = buildCommunes(cog, postal);
  const talican = communes.find((c) => c.insee === '60694');

  it('finds coordinates for a merged commune listed by La Poste under its former code', () => {
    expect(talican).toMatchObject({ name: 'Les Hauts-Talican', lat: 49.3255, lon: 2.0036, postalCodes: ['60390'] });
    expect(missing).toEqual([]);
  });

  it('lists delegated communes with their official spelling, not a commune that regained independence', () => {
    expect(talican?.localities).toEqual(['La Neuville-Garnier', 'Villotran']);
  });

  it.skipIf(!existsSync('knowledge/communes.json'))('gives every current Oise commune coordinates in knowledge/communes.json', () => {
    const oise = loadCommunes('knowledge').communes.filter((c) => c.departement === '60');
    expect(oise).toHaveLength(680);
    expect(oise.find((c) => c.insee === '60694')?.lat).toBeGreaterThan(49);
    expect(oise.find((c) => c.insee === '60209')?.localities).toContain('Boissy-le-Bois');
  });
});
