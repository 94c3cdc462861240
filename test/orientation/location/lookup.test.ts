import { describe, expect, it } from 'vitest';
import { communes, describeLookup, index, sommeIndex } from './communes.js';

const lookup = (query: string) => describeLookup(index.lookup(query));

describe('lookup of an explicit commune query', () => {
  it.each([
    ['Noyon', 'Noyon (60)'],
    ['NOYON', 'Noyon (60)'],
    ['  noyon ', 'Noyon (60)'],
    ['Compiegne', 'Compiègne (60)'],
    ['crevecoeur-le-grand', 'Crèvecœur-le-Grand (60)'],
    ['Crèvecœur le Grand', 'Crèvecœur-le-Grand (60)'],
    ['St Just en Chaussee', 'Saint-Just-en-Chaussée (60)'],
    ['saint just en chaussée', 'Saint-Just-en-Chaussée (60)'],
    ['Ste Geneviève', 'Sainte-Geneviève (60)'],
    ['Margny les Compiegne', 'Margny-lès-Compiègne (60)'],
    ["L'Isle-Adam", "L'Isle-Adam (95)"],
    ['lisle adam', "L'Isle-Adam (95)"],
  ])('%s → %s', (query, expected) => {
    expect(lookup(query)).toBe(expected);
  });

  it('finds a commune by a postal code it alone uses', () => {
    expect(lookup('60200')).toBe('Compiègne (60)');
    expect(lookup('80000')).toBe('Amiens (80)');
  });

  it('lists every commune of a shared postal code, largest first', () => {
    const result = index.lookup('60600');
    expect(result.status).toBe('ambiguous');
    const names = result.status === 'ambiguous' ? result.candidates.map((c) => c.name) : [];
    expect(names[0]).toBe('Clermont');
    expect(names).toEqual(expect.arrayContaining(['Agnetz', 'Fitz-James', 'Breuil-le-Vert']));
    expect(names).toHaveLength(communes.filter((c) => c.postalCodes.includes('60600')).length);
  });

  it('narrows a postal code with the name given with it', () => {
    expect(lookup('60600 Agnetz')).toBe('Agnetz (60)');
    expect(lookup('Noyon (60400)')).toBe('Noyon (60)');
  });

  it('finds a commune by INSEE code, also by a former code of a merged commune', () => {
    expect(lookup('insee:60057')).toBe('Beauvais (60)');
    expect(lookup('INSEE: 60471')).toBe('Noyon (60)');
    expect(lookup('insee:60246')).toBe('Bornel (60)'); // Fosseuse, merged into Bornel
    expect(lookup('insee:99999')).toBe('unknown');
  });

  it('finds a merged commune by the name of a former commune', () => {
    expect(lookup('Villotran')).toBe('Les Hauts-Talican (60)');
    expect(lookup('Fosseuse')).toBe('Bornel (60)');
  });

  it('prefers the Oise when the same name exists in several départements', () => {
    expect(lookup('Ville')).toBe('Ville (60)');
    expect(lookup('Bulles')).toBe('Bulles (60)');
  });

  it('says ambiguous, largest first, when the name exists in several départements but not in the Oise', () => {
    const result = index.lookup('Saint-Denis');
    expect(result.status).toBe('ambiguous');
    if (result.status !== 'ambiguous') return;
    const populations = result.candidates.map((c) => c.population ?? 0);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    expect(result.candidates.map((c) => c.departement)).toEqual(expect.arrayContaining(['93', '974']));
  });

  it('takes a département given with the name', () => {
    expect(lookup('Saint-Denis (93)')).toBe('Saint-Denis (93)');
    expect(lookup('Beaulieu, 34')).toBe('Beaulieu (34)');
  });

  it('understands the short name of an Oise commune', () => {
    expect(lookup('Crèvecœur')).toBe('Crèvecœur-le-Grand (60)'); // le-Petit has 159 inhabitants
    expect(lookup('la neuville')).toMatch(/^ambiguous: La Neuville-/);
    expect(lookup('Chaumont')).toMatch(/^ambiguous: Chaumont-en-Vexin \(60\), Chaumont \(52\)/);
  });

  it('says unknown for a name or code that is no commune', () => {
    expect(lookup('Trifouillis-les-Oies')).toBe('unknown');
    expect(lookup('99999')).toBe('unknown');
    expect(lookup('')).toBe('unknown');
  });
});

describe('the département served (DEFAULT_DEPARTEMENT)', () => {
  it('decides between homonyms: Oise by default, the Somme when the service is configured for it', () => {
    const names = new Map<string, Set<string>>();
    for (const c of communes) names.set(c.name, (names.get(c.name) ?? new Set()).add(c.departement));
    const homonym = [...names].find(([, deps]) => deps.size === 2 && deps.has('60') && deps.has('80'))?.[0];
    expect(homonym).toBeDefined();
    expect(describeLookup(index.lookup(homonym!))).toBe(`${homonym} (60)`);
    expect(describeLookup(sommeIndex.lookup(homonym!))).toBe(`${homonym} (80)`);
  });
});
