import { describe, expect, it } from 'vitest';
import { wholeWordTest } from '../../../src/orientation/text/wordFinder.js';

/** The regular expression the fast test stands for. */
const byExpression = (words: string[]) => {
  const any = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  return (text: string) => any.test(text);
};

describe('a whole word is found as the regular expression finds it', () => {
  const words = ['pa', 'perdu', 'lost', 'a bit', 'ss'];
  const texts = [
    'pa',
    'PA perdu',
    'jai pa recu',
    'passeport perdue',
    'je suis perdu.',
    'éperdu',
    'perdué',
    'perdu2',
    '2perdu',
    'perdu😀',
    '😀perdu',
    '𝐀perdu',
    'perdu𝐀',
    'ſs',
    'Perdu',
    'PERDU!',
    'i am a bit lost',
    'abit',
    'apa pa',
    'papa pa',
    'pap',
    '\ud800pa',
    'pa\udc00',
    '',
    'rien du tout',
    'ǅpa',
    'pa\u0301',
  ];
  it.each(texts)('« %s »', (text) => {
    expect(wholeWordTest(words)(text)).toBe(byExpression(words)(text));
    for (const word of words) expect(wholeWordTest([word])(text)).toBe(byExpression([word])(text));
  });

  it('words written as expressions are looked for as expressions', () => {
    expect(wholeWordTest(['perdu(?:e|es)?'])('je suis perdues')).toBe(true);
    expect(wholeWordTest(['perdu(?:e|es)?'])('éperdues')).toBe(false);
  });
});
