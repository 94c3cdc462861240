import { describe, expect, it } from 'vitest';
import { ficheUrl } from '../../src/bot/ficheUrl.js';

/** The address as the URL parser writes it (how it was built before). */
function parsed(base: string, id: string, params: [string, string][]): string {
  const url = new URL(`fiches/${encodeURIComponent(id)}`, `${base.replace(/\/+$/, '')}/`);
  for (const [key, value] of params) url.searchParams.set(key, value);
  return url.toString();
}

const bases = [
  'https://assistant.example.fr',
  'https://assistant.example.fr/',
  'http://localhost:3978',
  'https://example.fr/oise//',
  'https://example.fr/a/b?x=1#top',
];
const ids = ['carte-vitale', 'passeport', 'avis_imposition', '.', '..', '.x', 'a b', 'é', 'a/b', 'a?b', '%2e', ''];
const params: [string, string][][] = [
  [],
  [['commune', '60057']],
  [
    ['lang', 'en'],
    ['situation', 'perte'],
    ['regime', 'msa'],
    ['commune', '2A004'],
  ],
  [['situation', 'a b&c=d']],
  [['situation', 'é+ü']],
];

describe('the address of a printable fiche in an answer', () => {
  it('is the address the URL parser writes, for every base, id and query', () => {
    for (const base of bases) for (const id of ids) for (const query of params) expect(ficheUrl(base, id, query)).toBe(parsed(base, id, query));
  });
});
