import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { createOrientation } from '../../src/orientation/index.js';

const knowledge = loadKnowledge();
const core = createOrientation(knowledge);

describe('the readings of short parts of messages, kept', () => {
  it.each(['Bonjour', 'comment faire ?', "merci d'avance", 'carte vitale'])('reads « %s » as a fresh core does, and keeps that reading', (text) => {
    const first = core.understand(text);
    expect(first).toEqual(createOrientation(knowledge).understand(text));
    expect(core.understand(text)).toBe(first);
  });

  it('keeps no reading of a longer part, nor of a part with a digit or an "@"', () => {
    for (const text of ["j'ai perdu ma carte vitale", 'mon 06 ?', 'moi@exemple.fr']) expect(core.understand(text)).not.toBe(core.understand(text));
  });
});
