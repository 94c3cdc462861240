const smallWords = new Set(['le', 'la', 'les', 'de', 'du', 'des', 'en', 'sur', 'sous', 'aux', 'au', 'et', 'lès', 'les']);
const expansions: Record<string, string> = { st: 'Saint', ste: 'Sainte' };

/** "LA NEUVILLE D AUMONT" → "La Neuville d'Aumont", "ST AUBIN" → "Saint Aubin". */
export function titleCase(upper: string): string {
  const words = upper.toLowerCase().trim().split(/\s+/).filter(Boolean);
  return words
    .map((word, i) => {
      if (expansions[word]) return expansions[word];
      if (i > 0 && smallWords.has(word)) return word;
      if ((word === 'd' || word === 'l') && i < words.length - 1) return i > 0 ? `${word}'` : `${word.toUpperCase()}'`;
      return word.charAt(0).toUpperCase() + word.slice(1);
    })
    .join(' ')
    .replace(/' /g, "'");
}
