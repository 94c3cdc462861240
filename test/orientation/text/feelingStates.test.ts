import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { createFeelingStateReader } from '../../../src/orientation/text/feelingStates.js';

const feelingFree = createFeelingStateReader(loadKnowledge().lexicon);

describe('how the person feels is not read as a request', () => {
  it.each([
    ['je suis perdue', 'perdue'],
    ['Jsuis complètement paumée avec tout ça', 'paumée'],
    ["I'm lost, what do I do", 'lost'],
    ['je me sens un peu perdu depuis le décès', 'perdu'],
  ])('« %s » loses « %s », the rest stays in place', (text, word) => {
    const read = feelingFree(text);
    expect(read).not.toContain(word);
    expect(read).toHaveLength(text.length);
  });

  it.each(["j'ai perdu ma carte vitale", 'mon passeport est perdu', 'I lost my passport', 'carte grise perdue'])('« %s » keeps its loss', (text) => {
    expect(feelingFree(text)).toBe(text);
  });
});
