import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KnowledgeError } from '../../../src/knowledge/errors.js';
import { loadProcedures } from '../../../src/knowledge/load.js';
import { loadEnglishProcedure } from '../../../src/knowledge/loadEnglish.js';
import { checkKnowledge } from '../../../tools/knowledge/check.js';

/** A copy of the real knowledge folder with one file edited. */
function knowledgeWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'knowledge-en-'));
  cpSync('knowledge', dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

describe('knowledge check of the English texts', () => {
  it('fails on an English procedure missing a field of the French one', () => {
    const dir = knowledgeWith('procedures-en/passeport.yaml', (text) => text.replace(/^ {4}note: "A child's passport.*\n/m, ''));
    expect(checkKnowledge(dir).errors).toContainEqual(expect.stringMatching(/procedures-en[\\/]passeport\.yaml › passeport › situations\[2\]\.note : traduction manquante/));
  });

  it('passes on the real knowledge: every message key and every procedure field exists in English', () => {
    const errors = checkKnowledge('knowledge').errors.filter((e) => /messages\.en\.yaml|partners\.en\.yaml|procedures-en/.test(e));
    expect(errors).toEqual([]);
  });

  it('fails on a message key missing in English', () => {
    const dir = knowledgeWith('messages.en.yaml', (text) => text.replace(/^ {2}greeting: .*\n/m, ''));
    expect(checkKnowledge(dir).errors).toContainEqual(expect.stringMatching(/messages\.en\.yaml › replies\.greeting : traduction manquante/));
  });

  it('fails on an English message key that French does not have', () => {
    const dir = knowledgeWith('messages.en.yaml', (text) => text.replace(/^ {2}greeting: (.*)\n/m, '  greeting: $1\n  greetings: $1\n'));
    expect(checkKnowledge(dir).errors).toContainEqual(expect.stringMatching(/messages\.en\.yaml › replies\.greetings : n'existe pas en français/));
  });

  it('fails on a partner field missing in English', () => {
    const dir = knowledgeWith('partners.en.yaml', (text) => text.replace(/^ {4}handles: Housing benefit.*\n/m, ''));
    expect(checkKnowledge(dir).errors).toContainEqual(expect.stringMatching(/partners\.en\.yaml › caf › handles : traduction manquante/));
  });

  it('fails on a French partner without an English entry, and on an English entry without a French partner', () => {
    const dir = knowledgeWith('partners.en.yaml', (text) => text.replace('- id: justice', '- id: justise'));
    const errors = checkKnowledge(dir).errors;
    expect(errors).toContainEqual(expect.stringMatching(/partners\.en\.yaml › justice : traduction manquante/));
    expect(errors).toContainEqual(expect.stringMatching(/partners\.en\.yaml › partners\[\d+\] : aucun partenaire français « justise »/));
  });
});

describe('English procedures', () => {
  const french = new Map(loadProcedures('knowledge').map((p) => [p.id, p]));
  /** The real English passport file, edited, in a temp folder under the given name. */
  const englishFile = (name: string, edit: (text: string) => string = (text) => text) => {
    const file = join(mkdtempSync(join(tmpdir(), 'procedures-en-')), name);
    writeFileSync(file, edit(readFileSync('knowledge/procedures-en/passeport.yaml', 'utf8')));
    return file;
  };
  const problems = (file: string) => {
    try {
      const loaded = loadEnglishProcedure(file, french);
      return 'outdated' in loaded ? [loaded.outdated] : [];
    } catch (err) {
      return (err as KnowledgeError).problems;
    }
  };

  it('puts the English texts on the French procedure: links, phone number and ids stay', () => {
    const loaded = loadEnglishProcedure(englishFile('passeport.yaml'), french);
    if (!('procedure' in loaded)) throw new Error(loaded.outdated);
    const english = loaded.procedure;
    const original = french.get('passeport')!;
    expect(english.situations[2]?.documents).toContain('A timbre fiscal (tax stamp): {{passeport-15-17}} from 15 to 17 years old, {{passeport-moins-15}} under 15');
    expect(english.online.map((o) => o.url)).toEqual(original.online.map((o) => o.url));
    expect(english.phone?.number).toBe(original.phone?.number);
    expect(english.figures.map((f) => [f.id, f.value, f.from])).toEqual(original.figures.map((f) => [f.id, f.value.replace(/^(\d+) €$/, '€$1'), f.from]));
    expect(english.situations.map((s) => s.id)).toEqual(original.situations.map((s) => s.id));
  });

  it('refuses fewer documents than in French', () => {
    const file = englishFile('passeport.yaml', (text) => text.replace(/^ {6}- "Your old passport"\n/m, ''));
    expect(problems(file)).toContainEqual(expect.stringMatching(/passeport › situations\[1\]\.documents : 4 élément\(s\) au lieu de 5/));
  });

  it('refuses situations in another order than in French', () => {
    const file = englishFile('passeport.yaml', (text) => text.replace('- id: renouvellement', '- id: mineur'));
    expect(problems(file)).toContainEqual(expect.stringMatching(/situations\[1\]\.id : « mineur » devrait être « renouvellement »/));
  });

  it('sets aside a translation of an older French version, without an error', () => {
    const file = englishFile('passeport.yaml', (text) => text.replace(/^translatedFrom: .*$/m, 'translatedFrom: 2025-01-31'));
    expect(problems(file)).toEqual([expect.stringMatching(/traduit de la version française du 2025-01-31.*réponses en français/)]);
  });

  it('refuses an English procedure without a French one', () => {
    expect(problems(englishFile('passport.yaml'))).toContainEqual(expect.stringMatching(/passport : aucune démarche française/));
  });
});
